// Whole-word phrase matching over the words of a message, for vocabulary kept as data in locales/.
// A message is cut into words (each Chinese character is a word of its own, so a Chinese phrase
// matches anywhere); a phrase matches a run of whole words, never part of a word. In a phrase,
// "*" alone stands for up to three words of any kind ("can * get" matches "can Haiti get") and a
// word ending in "*" for any word it begins ("критери*" matches "критерии", "критериев"). Arabic
// words also match with the proclitics written on them (و، ف، ب، ل، ك، ال).
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { foldText } from '../../domain/finder/normalize.js';
import type { FlowContext } from '../types.js';

export interface Word {
  /** Folded form (case, accents, Arabic letter variants). */
  readonly text: string;
  /** The word as typed, for acronyms that must be typed in capitals. */
  readonly raw: string;
  /** Offsets in the original message, so a value can be cut out as the user typed it. */
  readonly start: number;
  readonly end: number;
}

const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: foldText(m[0]), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

type Part =
  { readonly kind: 'word'; readonly text: string; readonly prefix: boolean } | { readonly kind: 'gap' };

export interface Phrase {
  readonly source: string;
  readonly parts: readonly Part[];
}

const MAX_GAP = 3;

export function compilePhrase(source: string): Phrase {
  const parts: Part[] = [];
  for (const chunk of source.trim().split(/\s+/)) {
    if (chunk === '*') {
      parts.push({ kind: 'gap' });
      continue;
    }
    const ws = words(chunk);
    ws.forEach((w, i) =>
      parts.push({ kind: 'word', text: w.text, prefix: i === ws.length - 1 && chunk.endsWith('*') }),
    );
  }
  return { source, parts };
}

const ARABIC = /\p{Script=Arabic}/u;
// Conjunctions and prepositions written as one word with the next: و ف ب ل ك, and the article.
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'وك', 'ول', 'فل'];

function wordMatches(part: Extract<Part, { kind: 'word' }>, typed: string): boolean {
  const same = (w: string) => (part.prefix ? typed.startsWith(w) : typed === w);
  if (same(part.text)) return true;
  if (!ARABIC.test(part.text)) return false;
  const bare = part.text.startsWith('ال') ? part.text.slice(2) : part.text;
  // Two-letter words ("ما", "من") take only و and ف: "كما" is "as", not "ك" + "ما".
  const short = bare.length <= 2;
  for (const p of short ? ['', 'و', 'ف'] : PROCLITICS) {
    if (short ? same(p + part.text) : same(p + bare) || same(`${p}ال${bare}`)) return true;
    if (short) continue;
    // ل before the article drops its alif: لل + word.
    if (p.endsWith('ل') && same(`${p}ل${bare}`)) return true;
  }
  return false;
}

// Every phrase list is indexed by its first word, so a message is compared only with the phrases
// that can start at each of its words (a few dozen instead of thousands).
/** Keys under which a phrase starting with this word is filed: Arabic words without proclitics. */
function firstKey(part: Part): string | undefined {
  if (part.kind !== 'word' || part.prefix) return undefined;
  return ARABIC.test(part.text) && part.text.startsWith('ال') ? part.text.slice(2) : part.text;
}

/** The keys a typed word may be filed under: itself, and for Arabic every proclitic stripped. */
function typedKeys(typed: string): string[] {
  if (!ARABIC.test(typed)) return [typed];
  const keys = new Set([typed]);
  for (const p of ['', 'و', 'ف'])
    for (const q of ['', 'ب', 'ك', 'ل'])
      for (const r of ['', 'ال', 'ل']) {
        const prefix = p + q + r;
        if (prefix && typed.startsWith(prefix) && typed.length > prefix.length)
          keys.add(typed.slice(prefix.length));
      }
  return [...keys];
}

const NONE: readonly never[] = Object.freeze([]);

export class PhraseList<T extends { readonly phrase: Phrase } = { readonly phrase: Phrase }> {
  private readonly byFirst = new Map<string, T[]>();
  private readonly always: T[] = [];

  constructor(readonly items: readonly T[]) {
    for (const item of items) {
      const key = item.phrase.parts[0] ? firstKey(item.phrase.parts[0]) : undefined;
      if (key === undefined) this.always.push(item);
      else {
        let bucket = this.byFirst.get(key);
        if (!bucket) this.byFirst.set(key, (bucket = []));
        bucket.push(item);
      }
    }
  }

  /** The items whose phrase may start at this word (matchAt decides). */
  at(w: Word): readonly T[] {
    // Most words are not Arabic and most lists have no phrase starting with "*": no copy then.
    if (this.always.length === 0 && !ARABIC.test(w.text)) return this.byFirst.get(w.text) ?? NONE;
    const out = [...this.always];
    for (const key of typedKeys(w.text)) out.push(...(this.byFirst.get(key) ?? []));
    return out;
  }
}

type Phrases = PhraseList | readonly Phrase[];
const listOf = (phrases: Phrases): PhraseList =>
  phrases instanceof PhraseList ? phrases : new PhraseList(phrases.map((phrase) => ({ phrase })));

/** End (exclusive) of a match of parts[k..] starting at word i, or -1. */
function matchFrom(parts: readonly Part[], k: number, ws: readonly Word[], i: number): number {
  if (k === parts.length) return i;
  const part = parts[k]!;
  if (part.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= ws.length; skip++) {
      const end = matchFrom(parts, k + 1, ws, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= ws.length || !wordMatches(part, ws[i]!.text)) return -1;
  return matchFrom(parts, k + 1, ws, i + 1);
}

export interface Match {
  readonly phrase: Phrase;
  /** Word indices: first word matched, and one past the last. */
  readonly start: number;
  readonly end: number;
}

/** The match of one phrase starting exactly at word `at`, if any. */
export function matchAt(phrase: Phrase, ws: readonly Word[], at: number): Match | undefined {
  if (phrase.parts.length === 0 || phrase.parts[0]!.kind === 'gap') return undefined;
  const end = matchFrom(phrase.parts, 0, ws, at);
  return end > at ? { phrase, start: at, end } : undefined;
}

/** Every match of any of the phrases at or after word `from`, earliest first, longest first. */
export function findAll(phrases: Phrases, ws: readonly Word[], from = 0): Match[] {
  const list = listOf(phrases);
  const out: Match[] = [];
  for (let i = from; i < ws.length; i++) {
    for (const { phrase } of list.at(ws[i]!)) {
      const m = matchAt(phrase, ws, i);
      if (m) out.push(m);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The earliest (then longest) match of any of the phrases, at or after word `from`. */
export function findFirst(phrases: Phrases, ws: readonly Word[], from = 0): Match | undefined {
  return findAll(phrases, ws, from)[0];
}

/** The longest match of any phrase starting at word `at`. */
export function longestAt(phrases: Phrases, ws: readonly Word[], at: number): Match | undefined {
  if (at >= ws.length) return undefined;
  let best: Match | undefined;
  for (const { phrase } of listOf(phrases).at(ws[at]!)) {
    const m = matchAt(phrase, ws, at);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** A phrase list ending at the last word (e.g. a Chinese 吗). */
export function matchesAtEnd(phrases: Phrases, ws: readonly Word[]): boolean {
  return listOf(phrases).items.some(({ phrase }) => {
    const n = phrase.parts.length;
    return n > 0 && n <= ws.length && matchAt(phrase, ws, ws.length - n)?.end === ws.length;
  });
}

const cache = new WeakMap<FlowContext['t'], Map<string, PhraseList>>();

/** All phrases of a list key (e.g. `questions:topics.cost`) across the six languages, compiled once. */
export function phrasesFor(ctx: FlowContext, key: string, langs: readonly Lang[] = LANGS): PhraseList {
  let byKey = cache.get(ctx.t);
  if (!byKey) cache.set(ctx.t, (byKey = new Map()));
  const id = `${langs.join(',')}|${key}`;
  let list = byKey.get(id);
  if (!list) {
    const seen = new Set<string>();
    const phrases: { phrase: Phrase }[] = [];
    for (const lang of langs) {
      const value = ctx.t(lang)(key, { returnObjects: true }) as unknown;
      // A missing key comes back as a string (its own name): only lists are phrase lists.
      const items: unknown[] = Array.isArray(value) ? value : [];
      for (const item of items) {
        if (typeof item !== 'string' || seen.has(item)) continue;
        seen.add(item);
        const phrase = compilePhrase(item);
        if (phrase.parts.length) phrases.push({ phrase });
      }
    }
    byKey.set(id, (list = new PhraseList(phrases)));
  }
  return list;
}

const groupCache = new WeakMap<FlowContext['t'], Map<string, ReadonlyMap<string, PhraseList>>>();

/**
 * The phrase lists under an object key (`questions:fields` -> one list per step id), across the
 * six languages; ids a language leaves out simply have fewer phrases. Read as a whole object so
 * that no missing key is ever looked up.
 */
export function phraseGroups(ctx: FlowContext, key: string): ReadonlyMap<string, PhraseList> {
  let byKey = groupCache.get(ctx.t);
  if (!byKey) groupCache.set(ctx.t, (byKey = new Map()));
  let groups = byKey.get(key);
  if (!groups) {
    const sources = new Map<string, Set<string>>();
    for (const lang of LANGS) {
      const value = ctx.t(lang)(key, { returnObjects: true }) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [id, list] of Object.entries(value as Record<string, unknown>)) {
        if (id.startsWith('_') || !Array.isArray(list)) continue;
        let set = sources.get(id);
        if (!set) sources.set(id, (set = new Set()));
        for (const item of list) if (typeof item === 'string') set.add(item);
      }
    }
    const built = new Map<string, PhraseList>();
    for (const [id, set] of sources) {
      const phrases = [...set]
        .map((s) => ({ phrase: compilePhrase(s) }))
        .filter((x) => x.phrase.parts.length);
      built.set(id, new PhraseList(phrases));
    }
    byKey.set(key, (groups = built));
  }
  return groups;
}

/** The original text from word `from` to the end (or to word `to`), as typed. */
export function rawSlice(text: string, ws: readonly Word[], from: number, to = ws.length): string {
  if (from >= ws.length || to <= from) return '';
  return text.slice(ws[from]!.start, to >= ws.length ? text.length : ws[to]!.start);
}
