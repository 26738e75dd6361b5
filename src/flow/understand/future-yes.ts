// "Yes, we will send it next week", "oui, elle sera envoyée bientôt", "是的，下周会发出": to a
// question about something already done ("Has the request been sent?"), a yes whose rest speaks
// of what is still to come is a no. The first tense marker of the rest decides, so "yes, it was
// sent in March, we will follow up" stays a yes. Markers are exact words (Russian "отправим" and
// "отправили" share a stem, so no stemming here); a word written with "*" at its end stands for
// any word it begins (Arabic joins the future "س" and the object to the verb: "سنرسل*" for
// "سنرسلها").
import type { FlowContext } from '../types.js';
import { listed, memo, phraseWords, sanitize, tokenize, type Token } from './text.js';

type Tense = 'future' | 'done';

const LISTS: Record<Tense, string> = { future: 'yesNo.notYetFuture', done: 'yesNo.alreadyDone' };
const BEGINNING = /^(\S+)\*$/u;

interface Markers {
  /** Phrases by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { words: readonly string[]; tense: Tense }[]>;
  readonly beginnings: readonly { start: string; tense: Tense }[];
}

const markers = (ctx: FlowContext): Markers =>
  memo(ctx, 'futureYes', () => {
    const byFirst = new Map<string, { words: readonly string[]; tense: Tense }[]>();
    const beginnings: { start: string; tense: Tense }[] = [];
    for (const tense of ['future', 'done'] as const) {
      for (const text of listed(ctx, LISTS[tense])) {
        const beginning = BEGINNING.exec(text.trim());
        const words = phraseWords(beginning ? beginning[1]! : text);
        if (beginning) {
          if (words.length === 1) beginnings.push({ start: words[0]!, tense });
          continue;
        }
        if (!words.length) continue;
        let list = byFirst.get(words[0]!);
        if (!list) byFirst.set(words[0]!, (list = []));
        list.push({ words, tense });
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return { byFirst, beginnings };
  });

function tenseAt(m: Markers, tokens: readonly Token[], i: number): Tense | undefined {
  const phrase = m.byFirst
    .get(tokens[i]!.norm)
    ?.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w));
  if (phrase) return phrase.tense;
  const word = tokens[i]!.norm;
  return m.beginnings.find((b) => word.startsWith(b.start))?.tense;
}

/** Whether the first tense marker of `text` (a yes's note) speaks of what is still to come. */
export function speaksOfFuture(ctx: FlowContext, text: string): boolean {
  const tokens = tokenize(sanitize(text));
  const m = markers(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const tense = tenseAt(m, tokens, i);
    if (tense) return tense === 'future';
  }
  return false;
}
