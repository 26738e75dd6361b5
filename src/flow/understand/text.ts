// The common ground of the understanding modules: a tokenizer that keeps each word's place in the
// typed text (so what follows an answer can be handed back as typed), phrase lists from
// locales/<lang>/understand.json in all six languages at once, and whole-word phrase matching.
// Chinese is written without spaces, so each Han character is a token of its own and a Chinese
// phrase is a run of characters; every other script matches whole words only.
import { LANGS } from '../../knowledge/schema.js';
import { stem } from '../../domain/finder/words.js';
import { arabicTerms } from '../../domain/finder/arabic.js';
import { foldText } from '../../domain/finder/normalize.js';
import type { FlowContext } from '../types.js';

export interface Token {
  /** Folded for comparison (case, accents, Arabic letter variants). */
  readonly norm: string;
  /** Where the word stands in the text as typed (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
}

// Marks that change nothing a reader sees (bidi controls, zero-width joiners, the BOM), control
// characters and halves of broken surrogate pairs: each becomes one space so offsets still line up.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this blanks out
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** The text with invisible marks blanked and Arabic-Indic digits made ASCII; same length as typed. */
export function sanitize(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(INVISIBLE, ' ')
    .replace(EASTERN_DIGIT, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));
}

// Apostrophes and hyphens split words ("c'est", "по-русски"): phrases are tokenized the same way,
// so "c'est le" in a list matches "C’est le" as typed.
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;
const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x20-\x7e]*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = ASCII.test(m[0]) ? m[0].toLowerCase() : foldText(m[0]);
    if (norm) tokens.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export const isHan = (token: Token): boolean => HAN.test(token.norm);

// Chinese is written without spaces: ICU's word breaker (Intl.Segmenter, its dictionary for
// Chinese) counts its words as spaces count the others'.
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

// A turn counts the words of the same message in several places (is it a bare confirmation, a
// correction, a question…), and segmenting is the costly part: the last few counts are kept.
const counted = new Map<string, number>();
const COUNTS_KEPT = 4;

/** How many words a message has, in any of the six languages ("起草一份请求信" is three). */
export function wordCount(text: string): number {
  const known = counted.get(text);
  if (known !== undefined) return known;
  let n = 0;
  for (const s of WORDS.segment(text)) if (s.isWordLike) n++;
  if (counted.size >= COUNTS_KEPT) counted.delete(counted.keys().next().value as string);
  counted.set(text, n);
  return n;
}

export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first token and one past the last. */
  readonly from: number;
  readonly to: number;
}

// Russian changes its word endings with the case ("страновой план", "странового плана", "в
// страновом плане"): its words are compared by their Snowball stem, so a list names each phrase
// once. Other scripts compare the folded word.
const CYRILLIC = /\p{Script=Cyrillic}/u;
const keyOf = (word: string): string => (CYRILLIC.test(word) ? stem(word, 'ru') : word);

const ARABIC = /\p{Script=Arabic}/u;
/**
 * Two folded words that are one word in another form ("stratégie" and "stratégies", "стратегия"
 * and "стратегий"): equal, or with the same Snowball stem in a language of their script.
 */
export function sameWordStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (CYRILLIC.test(a)) return stem(a, 'ru') === stem(b, 'ru');
  if (ARABIC.test(a)) {
    // "والتكنولوجيا" and "التكنولوجيا": the attached conjunction and article come off first.
    const terms = new Set(arabicTerms(a).map((t) => t.term));
    return arabicTerms(b).some((t) => terms.has(t.term));
  }
  return (['en', 'fr', 'es'] as const).some((l) => stem(a, l) === stem(b, l));
}

/**
 * In a listed phrase, "*" alone stands for one to three words of any kind, as in phrases.ts: an
 * office's name with the country's adjective inside it ("office * de la propriété industrielle"
 * for "Office burkinabè de la propriété industrielle"). It cannot begin a phrase.
 */
export const GAP = '*';
const MAX_GAP = 3;

/** One past the last token `words[k..]` match from token `i`, or undefined; the shortest gap first. */
function matchEnd(
  words: readonly string[],
  tokens: readonly Token[],
  i: number,
  k: number,
): number | undefined {
  for (; k < words.length; k++, i++) {
    const w = words[k]!;
    if (w === GAP) {
      for (let g = 1; g <= MAX_GAP && i + g <= tokens.length; g++) {
        const end = matchEnd(words, tokens, i + g, k + 1);
        if (end !== undefined) return end;
      }
      return undefined;
    }
    const t = tokens[i];
    if (t === undefined || keyOf(t.norm) !== w) return undefined;
  }
  return i;
}

interface Listed<T> extends Phrase<T> {
  readonly gapped: boolean;
}

/** The phrases that begin with one word, longest first; whether one of them has a gap. */
interface FirstWordList<T> {
  readonly phrases: Listed<T>[];
  gapped: boolean;
}

/** Phrases indexed by their first word, longest first, so "no problem" wins over "no". */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, FirstWordList<T>>();

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const words = phrase.words.map((w) => (w === GAP ? w : keyOf(w)));
      const p = { ...phrase, words, gapped: words.includes(GAP) };
      const first = p.words[0];
      if (first === undefined || first === GAP) continue;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = { phrases: [], gapped: false }));
      if (list.phrases.some((q) => q.value === p.value && same(q.words, p.words))) continue;
      list.phrases.push(p);
      list.gapped ||= p.gapped;
    }
    for (const list of this.byFirst.values()) list.phrases.sort((a, b) => b.words.length - a.words.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /**
   * The longest phrase that starts at token `i` (one with a gap: by the words it spans); of two
   * that span the same words, the one with more words written out ("لم نقرر بعد" over "لم * بعد").
   */
  at(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const first = tokens[i];
    const list = first && this.byFirst.get(keyOf(first.norm));
    if (!list) return undefined;
    let best: PhraseMatch<T> | undefined;
    let bestWritten = 0;
    const consider = (p: Listed<T>, end: number) => {
      const written = p.gapped ? p.words.filter((w) => w !== GAP).length : p.words.length;
      if (best && (end < best.to || (end === best.to && written <= bestWritten))) return;
      best = { value: p.value, from: i, to: end };
      bestWritten = written;
    };
    let plainFound = false;
    for (const p of list.phrases) {
      if (p.gapped) {
        const end = matchEnd(p.words, tokens, i, 0);
        if (end !== undefined) consider(p, end);
        continue;
      }
      // Plain phrases come longest first: the first that matches is the longest of them.
      if (plainFound) continue;
      if (p.words.every((w, k) => tokens[i + k] !== undefined && keyOf(tokens[i + k]!.norm) === w)) {
        plainFound = true;
        consider(p, i + p.words.length);
        if (!list.gapped) return best;
      }
    }
    return best;
  }

  /** Every non-overlapping occurrence, left to right, the longest at each place. */
  all(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to;) {
      const m = this.at(tokens, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** A phrase as the list (or a button label) writes it, cut into the words the tokenizer makes. */
export function phraseWords(phrase: string): readonly string[] {
  let words = wordsCache.get(phrase);
  if (!words) {
    // "*" alone is a gap (PhraseIndex); the tokenizer would drop it.
    words = phrase
      .trim()
      .split(/\s+/)
      .flatMap((chunk) => (chunk === GAP ? [GAP] : tokenize(sanitize(chunk)).map((t) => t.norm)));
    // Labels and list entries are a few thousand strings; the bound only guards odd callers.
    if (wordsCache.size >= WORDS_CACHE_SIZE) wordsCache.clear();
    wordsCache.set(phrase, words);
  }
  return words;
}
const wordsCache = new Map<string, readonly string[]>();
const WORDS_CACHE_SIZE = 20_000;

// Built once per translator (the edge makes one per process): lists are read from i18next only on
// the first call, so a turn pays for lookups, never for loading.
const cache = new WeakMap<FlowContext['t'], Map<string, unknown>>();

// How many word indexes have been built in this process: the start-up warm-up is there so that
// no user's turn builds one (test/flow/understand/any-input.test.ts counts them).
let builds = 0;
export const indexBuilds = (): number => builds;

export function memo<T>(ctx: FlowContext, key: string, build: () => T): T {
  let byKey = cache.get(ctx.t);
  if (!byKey) cache.set(ctx.t, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  builds++;
  const value = build();
  byKey.set(key, value);
  return value;
}

/** The strings listed at `<namespace>:<key>` in all six languages (missing or non-list keys give none). */
export function listed(ctx: FlowContext, key: string, namespace = 'understand'): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    const list = ctx.t(lang)(`${namespace}:${key}`, { returnObjects: true }) as unknown;
    if (Array.isArray(list)) for (const w of list) if (typeof w === 'string' && w.trim()) out.push(w);
  }
  return out;
}

/**
 * Phrases of several keys, each tagged with its value: `{yes: ['yesNo.yes'], …}` (a key may name
 * its namespace: "commands:answer.yes"). Pass a module constant: it is cached by identity.
 */
export function phraseIndex<T extends string>(
  ctx: FlowContext,
  keys: Readonly<Record<T, readonly string[]>>,
): PhraseIndex<T> {
  const byKeys = memo(ctx, 'phraseIndex', () => new WeakMap<object, PhraseIndex<string>>());
  let index = byKeys.get(keys) as PhraseIndex<T> | undefined;
  if (!index) {
    builds++;
    const phrases: Phrase<T>[] = [];
    for (const value of Object.keys(keys) as T[]) {
      for (const key of keys[value]) {
        const [ns, k] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['understand', key];
        for (const text of listed(ctx, k, ns)) {
          const words = phraseWords(text);
          if (words.length) phrases.push({ words, value });
        }
      }
    }
    byKeys.set(keys, (index = new PhraseIndex(phrases)));
  }
  return index;
}

/** Clause punctuation between two tokens (comma, full stop, dash…), in any of the six scripts. */
export function separated(text: string, before: Token, after: Token | undefined): boolean {
  const gap = text.slice(before.end, after ? after.start : text.length);
  return /[,.;:!?،؛؟。，、；：！？—–…]|\s-\s/.test(gap) || after === undefined;
}

/** The text from a token on, without the punctuation and spaces around it; undefined when empty. */
export function restFrom(text: string, tokens: readonly Token[], i: number): string | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const rest = trimPunctuation(text.slice(first.start));
  return rest || undefined;
}

/**
 * Trims spaces and sentence punctuation at both ends (brackets and quotes stay); `keepStop`: a
 * final full stop stays, for the caller to judge (text-answer's withoutFullStop).
 */
export function trimPunctuation(text: string, keepStop = false): string {
  const trimmed = text.replace(EDGE_PUNCTUATION_START, '').replace(EDGE_PUNCTUATION_END, '');
  // A full stop ends the sentence, unless it ends an initial or an abbreviation ("Petrov P. P.", "Jr.").
  return keepStop || /(?:^|[\s.])[\p{L}]{1,2}\.$/u.test(trimmed)
    ? trimmed
    : trimmed.replace(/\.+$/, '').trimEnd();
}
const EDGE_PUNCTUATION_START = /^[\s,.;:!?،؛؟。，、；：！？…\-–—]+/u;
const EDGE_PUNCTUATION_END = /[\s,;:!?،؛؟。，、；：！？…\-–—]+$/u;
