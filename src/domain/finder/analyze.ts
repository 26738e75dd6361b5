// Text to search terms, the same way for the index and the query: words found by Intl.Segmenter,
// phrases read as one unit, stop words dropped, then per script — Chinese as words plus character
// bigrams, Arabic folded and its proclitics taken off before stemming, Latin and Cyrillic words
// folded, acronyms unified, and stemmed (on the query side with every plausible language).
//
// A query is a list of groups, one per word the user typed (one per bigram in Chinese). A group
// holds that word's alternative terms (its folded form, its stem in each plausible language, its
// Arabic bases); the ranking counts a group once, by its best alternative, so a word never scores
// twice for having two stems.
import type { Lang } from '../../knowledge/types.js';
import { arabicBases, arabicTerms } from './arabic.js';
import { blankHanNames, hanGroups, hanTerms, type HanWord } from './han.js';
import { plausibleLatinLangs, textLang, type LatinLang } from './language.js';
import { foldText, scriptOf, type Script } from './normalize.js';
import { withoutInstitutionNames } from './institution.js';
import { memo } from './memo.js';
import { applyPhrases, type Token } from './phrases.js';
import { DOMAIN_STOP, RU_DOMAIN_STEMS, STOP } from './stoplist.js';
import { acronymTerm, cleanWord, protectedTerm, spellingVariant, stem } from './words.js';

export interface Alternative {
  readonly term: string;
  /** 1 for the most likely reading; less for a stem in a less plausible language. */
  readonly weight: number;
  /** The part of the group's span this term covers, when narrower (Chinese bigrams). */
  readonly start?: number;
  readonly end?: number;
}

export interface QueryGroup {
  readonly alternatives: readonly Alternative[];
  /** The span of the user's text this group comes from (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  /** Chinese bigrams overlap: matches are shown by merging spans, not word by word. */
  readonly han: boolean;
}

export interface QueryAnalysis {
  readonly text: string;
  readonly groups: readonly QueryGroup[];
  /** The language the text seems to be in (the hint when given). */
  readonly lang: Lang;
  /** The Latin-script languages judged plausible for its Latin words. */
  readonly latin: readonly LatinLang[];
}

/** Weight of a stem in a Latin-script language the text does not seem to be in. */
const IMPLAUSIBLE_STEM_WEIGHT = 0.6;

/** Words recur across the catalogue and the queries: fold each spelling once. */
const fold = memo(foldText);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Runs of Chinese go to the segmenter (it needs its dictionary); everything else is cut into words
// by a plain pattern, which is much faster on the catalogue's six languages. "d'appui" stays one
// word here (the elision is taken off next); hyphens and "&" separate words.
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

interface Words {
  readonly tokens: Token[];
  readonly han: HanWord[];
}

// Keywords, names and concept phrases are analysed for the index and again as phrases: cut each
// short text once.
const splitCache = new Map<string, Words>();
const SPLIT_CACHE_MAX = 20_000;
const SPLIT_CACHE_TEXT = 120;

function split(text: string): Words {
  if (text.length > SPLIT_CACHE_TEXT) return splitText(text);
  let words = splitCache.get(text);
  if (!words) {
    if (splitCache.size >= SPLIT_CACHE_MAX) splitCache.clear();
    splitCache.set(text, (words = splitText(text)));
  }
  return words;
}

function splitText(text: string): Words {
  const tokens: Token[] = [];
  const han: HanWord[] = [];
  const blanked = blankHanNames(text);
  for (const m of blanked.matchAll(HAN_RUN)) {
    for (const seg of segmenter.segment(m[0])) {
      if (seg.isWordLike) han.push({ text: seg.segment, start: m.index + seg.index });
    }
  }
  for (const m of blanked.replace(HAN_RUN, (r) => ' '.repeat(r.length)).matchAll(WORD)) {
    const clean = cleanWord(m[0]);
    if (!clean) continue;
    const start = m.index + Math.max(0, m[0].indexOf(clean));
    tokens.push({ text: clean, folded: fold(clean), start, end: start + clean.length });
  }
  return { tokens: applyPhrases(tokens, text), han };
}

type Stemming = { readonly lang: Lang } | { readonly latin: readonly LatinLang[] };

interface Unit {
  readonly alternatives: Alternative[];
  readonly start: number;
  readonly end: number;
  readonly han: boolean;
}

function push(list: Alternative[], term: string, weight: number): void {
  if (term.length < 2 && !/^\d$/.test(term)) return;
  const existing = list.findIndex((a) => a.term === term);
  if (existing < 0) list.push({ term, weight });
  else if (list[existing]!.weight < weight) list[existing] = { term, weight };
}

const isLatin = (l: Lang): l is LatinLang => l === 'en' || l === 'fr' || l === 'es';

function isStop(folded: string, langs: readonly Lang[]): boolean {
  return langs.some((l) => STOP[l].has(folded));
}

/** The alternatives of one non-Chinese word, or undefined when it is a stop word. */
function wordAlternatives(token: Token, stemming: Stemming): Alternative[] | undefined {
  const out: Alternative[] = [];
  if (token.fixed !== undefined) {
    if (token.fixed === null || isStop(token.fixed, ['en'])) return undefined;
    push(out, token.fixed, 1);
    return out;
  }
  const script: Script = scriptOf(token.text);
  const folded = token.folded;
  if (script === 'digits') {
    push(out, folded, 1);
    return folded.length >= 2 ? out : undefined;
  }
  const acronym = script === 'latin' || script === 'cyrillic' ? acronymTerm(token.text) : undefined;
  if (acronym) {
    // "IT", "US" are names here, not stop words; only the domain's own ("IP", "WIPO") go.
    if (DOMAIN_STOP.has(acronym)) return undefined;
    push(out, acronym, 1);
    return out;
  }
  if (script === 'arabic') {
    if (STOP.ar.has(folded) || arabicBases(folded).some((b) => STOP.ar.has(b.base))) return undefined;
    for (const t of arabicTerms(folded)) push(out, t.term, t.weight);
    return out;
  }
  if (script === 'cyrillic') {
    const s = stem(token.text.toLowerCase(), 'ru');
    if (STOP.ru.has(folded) || RU_DOMAIN_STEMS.has(s)) return undefined;
    push(out, protectedTerm(folded) ?? folded, 1);
    push(out, protectedTerm(folded) ?? s, 1);
    return out;
  }
  if (script !== 'latin') return undefined;
  // In a Chinese, Arabic or Russian text a Latin word is a name or an English term ("PCT", "IP Advantage").
  const known = 'lang' in stemming ? (isLatin(stemming.lang) ? stemming.lang : 'en') : undefined;
  const langs: readonly LatinLang[] = known ? [known] : 'latin' in stemming ? stemming.latin : [];
  if (isStop(folded, langs)) return undefined;
  const kept = protectedTerm(folded);
  if (kept) {
    push(out, kept, 1);
    return out;
  }
  const lower = spellingVariant(token.text.normalize('NFKC').toLowerCase());
  push(out, foldText(lower), 1);
  if (known) {
    push(out, stem(lower, known), 1);
  } else {
    for (const l of ['en', 'fr', 'es'] as const) {
      push(out, stem(lower, l), langs.includes(l) ? 1 : IMPLAUSIBLE_STEM_WEIGHT);
    }
  }
  return out;
}

// The index analyses the same words over and over ("traditional", "patent"): remember each
// word's alternatives per language. Bounded like the other caches.
const indexWordCache = new Map<string, Alternative[] | undefined>();
const INDEX_CACHE_MAX = 50_000;

function cachedAlternatives(token: Token, stemming: Stemming): Alternative[] | undefined {
  if (!('lang' in stemming) || token.fixed !== undefined) return wordAlternatives(token, stemming);
  const key = `${stemming.lang}\u0001${token.text}`;
  if (indexWordCache.has(key)) return indexWordCache.get(key);
  if (indexWordCache.size >= INDEX_CACHE_MAX) indexWordCache.clear();
  const alternatives = wordAlternatives(token, stemming);
  indexWordCache.set(key, alternatives);
  return alternatives;
}

function wordUnits(words: Words, stemming: Stemming): Unit[] {
  const out: Unit[] = [];
  for (const token of words.tokens) {
    const alternatives = cachedAlternatives(token, stemming);
    if (alternatives?.length) out.push({ alternatives, start: token.start, end: token.end, han: false });
  }
  return out;
}

/** Analyses what the user typed. `hint` is the chat language; the text may be in another one. */
export function analyzeQuery(text: string, hint?: Lang): QueryAnalysis {
  // The requester's own name ("Ministerio de Economía") says who asks, not what is needed.
  const words = withoutInstitutionNames(split(text), text);
  const latinWords = words.tokens
    .filter((t) => t.fixed === undefined && scriptOf(t.text) === 'latin')
    .map((t) => t.text);
  const latin = plausibleLatinLangs(latinWords, hint);
  const units: Unit[] = [
    ...wordUnits(words, { latin }),
    ...hanGroups(words.han).map((g) => ({
      alternatives: g.terms.map((t) => ({ term: t.term, weight: t.weight ?? 1, start: t.start, end: t.end })),
      start: g.start,
      end: g.end,
      han: true,
    })),
  ];
  const seen = new Set<string>();
  const groups: QueryGroup[] = [];
  for (const u of units) {
    const key = u.alternatives.map((a) => a.term).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(u);
  }
  return { text, groups, lang: hint ?? textLang(text, latin), latin };
}

/** The terms of a text in a known language, repeated as often as they occur (for term frequency). */
export function indexTerms(text: string, lang: Lang): string[] {
  return analyzeText(text, lang).terms;
}

/**
 * The terms of a text in a known language, and its words' folded forms (the first alternative of
 * each word): typos are looked up among whole words, never among stems, where "gener" would be one
 * letter from "genev".
 */
export function analyzeText(text: string, lang: Lang): { terms: string[]; words: string[] } {
  const split_ = split(text);
  const units = wordUnits(split_, { lang });
  return {
    terms: [
      ...units.flatMap((u) => u.alternatives.map((a) => a.term)),
      ...hanTerms(split_.han).map((t) => t.term),
    ],
    words: units.map((u) => u.alternatives[0]!.term),
  };
}

/**
 * A phrase of a known language as the groups a query must contain for it to match: one group per
 * word (any of its terms will do); in Chinese one per bigram (and per meaningful single
 * character), so the phrase matches wherever its characters occur in that order.
 */
export function phraseGroups(text: string, lang: Lang): string[][] {
  const words = split(text);
  return [
    ...wordUnits(words, { lang }).map((u) => u.alternatives.map((a) => a.term)),
    ...hanTerms(words.han)
      .filter((t) => !t.generic && [...t.term].length <= 2)
      .map((t) => [t.term]),
  ];
}
