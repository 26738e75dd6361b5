// Reads the answer to "In which language should the letter be written?": a language named in any
// of the six languages, alone or in a short sentence ("in english please", "en français",
// "по-русски", "بالعربية", "用中文"). A language that is ruled out ("not in French") does not
// count; naming two leaves it open.
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import type { FlowContext } from '../types.js';
import {
  PhraseIndex,
  listed,
  memo,
  phraseIndex,
  phraseWords,
  sanitize,
  separated,
  tokenize,
  type PhraseMatch,
} from './text.js';

// An answer to this question is a few words; a long message that mentions a language is not one.
const MAX_WORDS = 14;
const MAX_CHARS = 400;
// Tokens between a negation and the name it rules out ("not in French", "pas en anglais").
const NEGATION_REACH = 2;

/** Every language's names in the six languages (ICU's and the listed forms), tagged with its code. */
export const languageNames = (ctx: FlowContext): PhraseIndex<Lang> =>
  memo(ctx, 'language:names', () => {
    const phrases: { words: readonly string[]; value: Lang }[] = [];
    for (const lang of LANGS) {
      // Each language's name in the six languages, from ICU, and the other forms the lists add.
      for (const inLang of LANGS) {
        const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang);
        if (name) phrases.push({ words: phraseWords(name), value: lang });
      }
      for (const text of listed(ctx, `language.names.${lang}`))
        phrases.push({ words: phraseWords(text), value: lang });
    }
    return new PhraseIndex(phrases.filter((p) => p.words.length));
  });
const NEGATIONS = { not: ['language.negations'] };
export const negations = (ctx: FlowContext): PhraseIndex<'not'> => phraseIndex(ctx, NEGATIONS);
const CORRECTIONS = { cue: ['questions:correction.cue'] };
const corrections = (ctx: FlowContext) => phraseIndex(ctx, CORRECTIONS);

export function matchLanguageAnswer(ctx: FlowContext, text: string): Lang | undefined {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return undefined;
  const tokens = tokenize(sanitize(text));
  if (!tokens.length || tokens.length > MAX_WORDS) return undefined;
  // A bare code ("fr", "EN") answers this question; elsewhere "FR" may be France.
  if (tokens.length === 1 && (LANGS as readonly string[]).includes(tokens[0]!.norm))
    return tokens[0]!.norm as Lang;
  const clean = sanitize(text);
  const mentions = languageNames(ctx).all(tokens);
  const cues = corrections(ctx);
  // A negation rules out the first language named after it, if close ("not in French, English");
  // a negation set off by a comma or followed by a correction word ("لا عفوا", "no, sorry")
  // takes back what came before instead, as a correction word does ("不对，其实用英文").
  const ruledOut = new Set<PhraseMatch<Lang>>();
  // "rather than", "plutôt que" are negations, not the correction words they begin with; the
  // "不" of "不好意思" is a correction word, not a negation.
  const found = cues.all(tokens);
  const all = negations(ctx).all(tokens);
  const inCue = (n: PhraseMatch<string>) => found.some((c) => c.from <= n.from && n.to < c.to);
  const negated = all.filter((n) => !inCue(n));
  const takenBack: number[] = found
    .filter((c) => !negated.some((n) => n.from === c.from && n.to >= c.to))
    .map((c) => c.from);
  for (const n of negated) {
    const next = mentions.find((m) => m.from >= n.to);
    if (separated(clean, tokens[n.to - 1]!, tokens[n.to]) || cues.at(tokens, n.to)) takenBack.push(n.from);
    else if (next && next.from - n.to <= NEGATION_REACH) ruledOut.add(next);
  }
  // The language named after the last correction replaces those named before it.
  const last = Math.max(-1, ...takenBack.filter((at) => mentions.some((m) => m.from >= at)));
  for (const m of mentions) if (m.to <= last) ruledOut.add(m);
  const named = new Set<Lang>();
  for (const m of mentions) if (!ruledOut.has(m)) named.add(m.value);
  return named.size === 1 ? [...named][0] : undefined;
}
