// "Yes, we will send it next week", "oui, elle sera envoyée bientôt", "是的，下周会发出": to a
// question about something already done ("Has the request been sent?"), a yes whose rest speaks
// of what is still to come is a no. The first tense marker of the rest decides, so "yes, it was
// sent in March, we will follow up" stays a yes. Markers are exact words (Russian "отправим" and
// "отправили" share a stem, so no stemming here); a word written with "*" at its end stands for
// any word it begins (Arabic joins the future "س" and the object to the verb: "سنرسل*" for
// "سنرسلها"). Given a list of the verbs of what was asked about ("yesNo.sendVerbs"), a marker
// counts only with one of them in it or a few words from it: "we hope WIPO will answer soon"
// speaks of no sending, and "we will send it next week" can then be read without a yes at all.
import type { FlowContext } from '../types.js';
import { listed, memo, phraseWords, sanitize, tokenize, type Token } from './text.js';

type Tense = 'future' | 'done';

const LISTS: Record<Tense, string> = { future: 'yesNo.notYetFuture', done: 'yesNo.alreadyDone' };
const NEGATIONS = 'yesNo.negations';
const BEGINNING = /^(\S+)\*$/u;
/** How many words may stand between a tense marker and its verb ("it will then be sent"). */
const NEAR = 4;

interface WordList<V> {
  /** Phrases by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { words: readonly string[]; value: V }[]>;
  readonly beginnings: readonly { start: string; value: V }[];
}

function wordList<V>(entries: Iterable<readonly [string, V]>): WordList<V> {
  const byFirst = new Map<string, { words: readonly string[]; value: V }[]>();
  const beginnings: { start: string; value: V }[] = [];
  for (const [text, value] of entries) {
    const beginning = BEGINNING.exec(text.trim());
    const words = phraseWords(beginning ? beginning[1]! : text);
    if (beginning) {
      if (words.length === 1) beginnings.push({ start: words[0]!, value });
      continue;
    }
    if (!words.length) continue;
    let list = byFirst.get(words[0]!);
    if (!list) byFirst.set(words[0]!, (list = []));
    list.push({ words, value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, beginnings };
}

/** The entry of `list` that starts at token `i`, and one past its last token. */
function matchAt<V>(
  list: WordList<V>,
  tokens: readonly Token[],
  i: number,
): { value: V; to: number } | undefined {
  const phrase = list.byFirst
    .get(tokens[i]!.norm)
    ?.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w));
  if (phrase) return { value: phrase.value, to: i + phrase.words.length };
  const word = tokens[i]!.norm;
  const b = list.beginnings.find((e) => word.startsWith(e.start));
  return b && { value: b.value, to: i + 1 };
}

const markers = (ctx: FlowContext): WordList<Tense> =>
  memo(ctx, 'futureYes', () =>
    wordList(
      (['future', 'done'] as const).flatMap((tense) =>
        listed(ctx, LISTS[tense]).map((text) => [text, tense] as const),
      ),
    ),
  );

const wordsOf = (ctx: FlowContext, key: string): WordList<true> =>
  memo(ctx, `futureYes:${key}`, () => wordList(listed(ctx, key).map((text) => [text, true] as const)));

/** Whether a word of `verbs` starts within the marker at [from, to) or up to NEAR words around it. */
function verbNear(verbs: WordList<true>, tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from - NEAR); j < Math.min(tokens.length, to + NEAR); j++) {
    if (matchAt(verbs, tokens, j)) return true;
  }
  return false;
}

/**
 * The tense of the first marker in `text`, or undefined; with `verbs` (an understand.json list),
 * only a marker with one of its verbs in or near it counts.
 */
export function firstTense(ctx: FlowContext, text: string, verbs?: string): Tense | undefined {
  const tokens = tokenize(sanitize(text));
  const m = markers(ctx);
  const v = verbs === undefined ? undefined : wordsOf(ctx, verbs);
  for (let i = 0; i < tokens.length; i++) {
    const found = matchAt(m, tokens, i);
    if (found && (!v || verbNear(v, tokens, i, found.to))) return found.value;
  }
  return undefined;
}

/** Whether the first tense marker of `text` (a yes's note) speaks of what is still to come. */
export function speaksOfFuture(ctx: FlowContext, text: string, verbs?: string): boolean {
  return firstTense(ctx, text, verbs) === 'future';
}

/** Whether `text` holds a negation ("it has not been sent", "не отправлен", "لم يرسل"). */
export function negated(ctx: FlowContext, text: string): boolean {
  const tokens = tokenize(sanitize(text));
  const list = wordsOf(ctx, NEGATIONS);
  return tokens.some((_t, i) => matchAt(list, tokens, i) !== undefined);
}
