// Reads which of the offered options a typed message picks, in any of the six languages: by its
// number ("2", "#2", "option 2", "第2个"), its rank ("the first one", "la primera", "второй",
// "الثاني", "the last one"), its label typed whole or in part, or a synonym listed for the option
// ("un ministère", "部委", "Embassy"). Also tells when the message turns an offer down.
import { LANGS } from '../../knowledge/schema.js';
import type { Choice, FlowContext } from '../types.js';
import { answerPhrases, parseYesNo } from './yes-no.js';
import {
  PhraseIndex,
  listed,
  memo,
  phraseIndex,
  phraseWords,
  isHan,
  sameWordStem,
  sanitize,
  tokenize,
  type Token,
} from './text.js';

/** Choice lists whose options have synonyms in `understand:choices.<source>.<value>`. */
export const SYNONYM_SOURCES = ['requesterBodies', 'letterTypes', 'planKinds', 'startAccept'] as const;
export type SynonymSource = (typeof SYNONYM_SOURCES)[number];

/**
 * Synonyms of one choice list, keyed by option value; a key also names every option whose value
 * starts with it and a colon ("take" for "take:2027-06-01").
 */
export interface ChoiceSynonyms {
  readonly source: string;
  readonly index: PhraseIndex<string>;
}

const RANKS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'last'] as const;
type Rank = (typeof RANKS)[number];
// A choice is named in a sentence or two; the rest of a long message is not read.
const MAX_CHARS = 2000;

const RANK_KEYS = Object.fromEntries(RANKS.map((r) => [r, [`choice.ordinals.${r}`]])) as Record<
  Rank,
  string[]
>;
const FILLERS = { filler: ['choice.fillers'] };
const REJECTIONS = { no: ['choice.rejection'] };
const ranks = (ctx: FlowContext) => phraseIndex(ctx, RANK_KEYS);
const fillers = (ctx: FlowContext) => phraseIndex(ctx, FILLERS);
const rejections = (ctx: FlowContext) => phraseIndex(ctx, REJECTIONS);

export function choiceSynonyms(ctx: FlowContext, source: SynonymSource): ChoiceSynonyms {
  return memo(ctx, `synonyms:${source}`, () => {
    const values = new Set<string>();
    for (const lang of LANGS) {
      const group = ctx.t(lang)(`understand:choices.${source}`, { returnObjects: true }) as unknown;
      if (group && typeof group === 'object')
        for (const v of Object.keys(group)) if (!v.startsWith('_')) values.add(v);
    }
    const phrases = [...values].flatMap((value) =>
      listed(ctx, `choices.${source}.${value}`).map((text) => ({ words: phraseWords(text), value })),
    );
    return { source, index: new PhraseIndex(phrases) };
  });
}

export function matchChoice(
  ctx: FlowContext,
  choices: readonly Choice[],
  text: string,
  synonyms?: ChoiceSynonyms,
): Choice | undefined {
  if (!choices.length) return undefined;
  const tokens = tokenize(sanitize(text).slice(0, MAX_CHARS));
  if (!tokens.length) return undefined;
  const typed = tokens.map((t) => t.norm);
  const joined = typed.join(' ');

  const byValue = choices.find((c) => c.value.toLowerCase() === joined);
  if (byValue) return byValue;
  // "-1", "2.5": a number that is not a place in the list picks nothing.
  const ranked = /[-−]\s*\d|\d[.,]\d/u.test(text) ? undefined : byRank(ctx, choices, tokens);
  if (ranked !== undefined) return ranked || undefined;

  const labels = choices.map((c) => phraseWords(c.label));
  const exact = choices.filter((_, i) => sameWords(labels[i]!, typed));
  if (exact.length === 1) return exact[0];
  // Part of one label ("tisc", "ministère", "大学或研究"): long enough to mean something.
  const enough = /\p{Script=Han}/u.test(joined) ? joined.length >= 2 : joined.length >= 3;
  const partial = enough ? choices.filter((_, i) => containsWords(labels[i]!, typed)) : [];
  if (partial.length === 1) return partial[0];
  // A label's words in other order or forms, with a few words around ("نختار المساعدة التشريعية
  // في مجال حق المؤلف"): every word but the fillers is a word of one label only.
  const content = contentTokens(ctx, tokens);
  const loose = content.length >= 2 ? choices.filter((c) => content.every((t) => inLabel(t, c.label))) : [];
  if (loose.length === 1) return loose[0];
  const synonym = synonyms && bySynonym(choices, tokens, synonyms);
  if (synonym) return synonym;
  // A whole label said inside a sentence ("in English please"); after the synonyms, so that
  // "the ministry and other bodies" is the ministry, not "Other".
  const inside = choices.filter((_, i) => labels[i]!.length > 0 && containsWords(typed, labels[i]!));
  return inside.length === 1 ? inside[0] : undefined;
}

/** Whether a rank ("the first", "le deuxième", "第二个") is named anywhere in the text. */
export function namesRank(ctx: FlowContext, text: string): boolean {
  const tokens = tokenize(sanitize(text).slice(0, MAX_CHARS));
  return ranks(ctx).all(tokens).length > 0;
}

/** The option a rank or number names; null when one is named but not offered; undefined when none is. */
function byRank(
  ctx: FlowContext,
  choices: readonly Choice[],
  tokens: readonly Token[],
): Choice | null | undefined {
  const rankIndex = ranks(ctx);
  const fillerIndex = fillers(ctx);
  let named: number | undefined;
  const rest: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const rank = rankIndex.at(tokens, i);
    const digits = /^\d{1,3}$/.test(tokens[i]!.norm) ? Number(tokens[i]!.norm) : undefined;
    const n = rank ? (rank.value === 'last' ? choices.length : Number(rank.value)) : digits;
    if (n !== undefined) {
      if (named !== undefined && named !== n) return undefined; // "the second or the third"
      named = n;
      i = rank ? rank.to : i + 1;
      continue;
    }
    const filler = fillerIndex.at(tokens, i);
    if (filler) i = filler.to;
    else rest.push(tokens[i++]!);
  }
  if (named === undefined) return undefined;
  const named_ = choices[named - 1];
  if (!rest.length) return named_ ?? null;
  // "the first one, appropriate technology", "le 4, la stratégie": the other words must be the
  // named option's own; otherwise the rank is part of something else ("training for 30 examiners").
  return named_ && rest.every((t) => inLabel(t, named_.label)) ? named_ : undefined;
}

/** The typed words without the fillers of a pick ("I'll take", "please", "el de"). */
function contentTokens(ctx: FlowContext, tokens: readonly Token[]): Token[] {
  const fillerIndex = fillers(ctx);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const filler = fillerIndex.at(tokens, i);
    if (filler) i = filler.to;
    else out.push(tokens[i++]!);
  }
  return out;
}

/** Whether the typed word is one of the label's words, or the same word in another form. */
function inLabel(token: Token, label: string): boolean {
  if (isHan(token)) return label.includes(token.norm);
  return phraseWords(label).some((w) => sameWordStem(w, token.norm));
}

function bySynonym(
  choices: readonly Choice[],
  tokens: readonly Token[],
  synonyms: ChoiceSynonyms,
): Choice | undefined {
  // The longest synonym decides ("IP office of the ministry" is an IP office); of two as long,
  // the first said names the body ("the IP office of the ministry"), Chinese puts it last but
  // its names are longer ("商务部知识产权局").
  let best: { choice: Choice; words: number } | undefined;
  for (const m of synonyms.index.all(tokens)) {
    const choice = choices.find((c) => c.value === m.value || c.value.startsWith(`${m.value}:`));
    if (choice && (!best || m.to - m.from > best.words)) best = { choice, words: m.to - m.from };
  }
  return best?.choice;
}

/** The offer turned down in so many words: "no, esa no es", "not that one", "不是这个" (not a bare "no"). */
export function isExplicitRejection(ctx: FlowContext, text: string): boolean {
  const tokens = tokenize(sanitize(text).slice(0, MAX_CHARS));
  if (!tokens.length) return false;
  const index = rejections(ctx);
  if (index.at(tokens, 0)) return true;
  const no = answerPhrases(ctx).at(tokens, 0);
  return no?.value === 'no' && index.at(tokens, no.to) !== undefined;
}

/** The offer is turned down: "no, esa no es", "not that one", "ce n'est pas ça", "不是这个", a bare "no". */
export function isRejection(ctx: FlowContext, text: string): boolean {
  if (isExplicitRejection(ctx, text)) return true;
  const answer = parseYesNo(ctx, text);
  return answer?.value === 'no' && answer.note === undefined;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** `part` occurs in `whole` as a run of whole words. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}
