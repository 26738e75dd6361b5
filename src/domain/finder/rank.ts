// Field-weighted BM25 (BM25F) over the user's words and the concepts they name. Each word counts
// once, by its best reading; a word found in many programs ("training", "office", 知识产权) is
// generic and counts for little, so in a long letter the one decisive word still wins; a program
// matched on generic words only is no match at all.
import { AUDIENCES } from '../../knowledge/schema.js';
import type { Program } from '../../knowledge/types.js';
import type { QueryAnalysis } from './analyze.js';
import { conceptToken } from './concepts.js';
import { matchPhrases, type ExpandedGroup, type MatchedWord } from './phrase-matcher.js';
import { langBit, type FinderIndex } from './index-build.js';
import { scriptOf } from './normalize.js';

const K1 = 1.2;
/** Concept matches count less than the user's own words found in a program's text. */
export const CONCEPT_WEIGHT = 0.8;
/** Extra concept weight per further word of the query that names the same concept, up to a cap. */
const WORDS_BONUS = 0.25;
const MAX_WORDS_BONUS = 0.5;
/** A term whose idf is below this occurs in about a fifth of the programs or more. */
export const GENERIC_IDF = 1.6;
/** What a generic word's match is worth, relative to its BM25 score. */
const GENERIC_WEIGHT = 0.3;
/**
 * Typo look-ups, for words neither the catalogue nor the concepts know: one edit for words of 5 to
 * 8 letters, two from 9; the first letter must be right (people rarely mistype it, and "demain"
 * is not "semaine").
 */
const FUZZY_WEIGHT = [1, 0.7, 0.5] as const;
/** Such a word may also be the start of a known one (Russian and Spanish derivations). */
const PREFIX_WEIGHT = 0.5;
const PREFIX_MIN = 6;
const PREFIX_MAX_TERMS = 12;

export interface Contribution {
  /** Index of the query group (a word the user typed), when the match is on a word. */
  readonly group?: number;
  /** The term of that group that matched best. */
  readonly term?: string;
  /** The concept, when the match is through the concept layer. */
  readonly concept?: string;
  /** The query words that named the concept. */
  readonly conceptWords?: readonly MatchedWord[];
  readonly score: number;
  readonly generic: boolean;
}

export interface Ranked {
  readonly doc: number;
  readonly score: number;
  /** True when at least one match is on a word or concept that is not generic. */
  readonly decisive: boolean;
  /**
   * True when the match is more than one stray word: a concept, one of the program's keywords
   * typed in full, or two or more meaningful words.
   */
  readonly confident: boolean;
  readonly contributions: readonly Contribution[];
}

/** The languages a query word may be in, as a bit set (see FinderIndex.vocabulary). */
function langsOf(term: string, analysis: QueryAnalysis): number {
  switch (scriptOf(term)) {
    case 'arabic':
      return langBit('ar');
    case 'cyrillic':
      return langBit('ru');
    case 'latin':
      return analysis.latin.reduce((bits, l) => bits | langBit(l), 0);
    default:
      return ~0;
  }
}

/** Adds close spellings and longer forms for words the index does not know. */
export function expandGroups(index: FinderIndex, analysis: QueryAnalysis): ExpandedGroup[] {
  const known = (t: string) => index.postings.has(t) || index.concepts.byTerm.has(t);
  return analysis.groups.map((g) => {
    const terms = new Map<string, number>();
    for (const a of g.alternatives) terms.set(a.term, Math.max(terms.get(a.term) ?? 0, a.weight));
    if (g.han || g.alternatives.some((a) => known(a.term))) return { terms };
    const add = (term: string, weight: number) => {
      if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    };
    const [word] = g.alternatives;
    if (!word) return { terms };
    // Only words of the languages this one may be in: French "demain" is not English "domain".
    const langs = langsOf(word.term, analysis);
    const tree = index.vocabulary.get(String.fromCodePoint(word.term.codePointAt(0)!));
    if (!tree) return { terms };
    const len = [...word.term].length;
    const distance = len >= 9 ? 2 : len >= 5 ? 1 : 0;
    if (distance > 0) {
      for (const [term, [bits, d]] of tree.fuzzyGet(word.term, distance)) {
        if (bits & langs) add(term, word.weight * FUZZY_WEIGHT[d as 0 | 1 | 2]);
      }
    }
    for (const a of g.alternatives) {
      if (
        [...a.term].length < PREFIX_MIN ||
        !a.term.startsWith(String.fromCodePoint(word.term.codePointAt(0)!))
      ) {
        continue;
      }
      let n = 0;
      for (const [term, bits] of tree.atPrefix(a.term)) {
        if ((bits & langs) === 0) continue;
        if (n++ >= PREFIX_MAX_TERMS) break;
        add(term, a.weight * PREFIX_WEIGHT);
      }
    }
    return { terms };
  });
}

type Best = Map<number, { score: number; idf: number; term: string }>;

function bm25(index: FinderIndex, term: string, weight: number, out: Best) {
  const postings = index.postings.get(term);
  if (!postings) return;
  const idf = index.idf.get(term) ?? 0;
  for (const [doc, tf] of postings) {
    const score = (weight * idf * tf * (K1 + 1)) / (tf + K1);
    const prev = out.get(doc);
    if (!prev || prev.score < score) out.set(doc, { score, idf, term });
  }
}

/**
 * Several programs have a twin for one audience (enforcement, and the enforcement tool for
 * countries in transition). Unless the caller filters by country, the program open to every
 * requester should come first on an equal match; a clear match still wins.
 */
const AUDIENCE_PRIOR = 0.08;
const audiencePrior = (p: Program) => 1 - AUDIENCE_PRIOR * (AUDIENCES.length - p.audience.length);

/** Every program that matched something, best first (ties in catalogue order). */
export function rank(index: FinderIndex, analysis: QueryAnalysis): Ranked[] {
  const expanded = expandGroups(index, analysis);
  const byDoc = new Map<number, Contribution[]>();
  const contribute = (doc: number, c: Contribution) => {
    let list = byDoc.get(doc);
    if (!list) byDoc.set(doc, (list = []));
    list.push(c);
  };
  expanded.forEach((g, group) => {
    const best: Best = new Map();
    for (const [term, weight] of g.terms) bm25(index, term, weight, best);
    for (const [doc, { score, idf, term }] of best) {
      const generic = idf < GENERIC_IDF;
      contribute(doc, { group, term, score: generic ? score * GENERIC_WEIGHT : score, generic });
    }
  });
  for (const hit of matchPhrases(index.concepts, expanded)) {
    const best: Best = new Map();
    // Several of the user's words naming one concept ("fake", "counterfeit", "customs") say more.
    const words = new Set(hit.words.map((w) => w.group)).size;
    const weight = CONCEPT_WEIGHT * hit.weight * (1 + Math.min(MAX_WORDS_BONUS, WORDS_BONUS * (words - 1)));
    bm25(index, conceptToken(hit.owner), weight, best);
    for (const [doc, { score }] of best) {
      contribute(doc, { concept: hit.owner, conceptWords: hit.words, score, generic: false });
    }
  }
  const keywordHits = new Set(
    matchPhrases(index.keywords, expanded)
      .filter((h) => h.words.some((w) => (index.idf.get(w.term) ?? 0) >= GENERIC_IDF))
      .map((h) => h.owner),
  );
  const ranked: Ranked[] = [];
  for (const [doc, contributions] of byDoc) {
    const program = index.programs[doc]!;
    const score = contributions.reduce((s, c) => s + c.score, 0) * audiencePrior(program);
    const words = new Set(
      contributions.filter((c) => !c.generic && c.group !== undefined).map((c) => c.group),
    );
    const confident =
      words.size >= 2 ||
      contributions.some((c) => c.concept !== undefined) ||
      (words.size >= 1 && keywordHits.has(program.id));
    ranked.push({ doc, score, decisive: contributions.some((c) => !c.generic), confident, contributions });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
