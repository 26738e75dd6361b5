// Program finder: free text in any of the six languages -> ranked programs with the words that
// matched, or an honest "no good match". Each program is one document holding all six languages,
// so a Spanish need in an English chat still finds it; the concept layer (knowledge/concepts.json)
// links requesters' words to programs whose texts use other words.
import type { AreaId, Concept, Knowledge, Lang, Program } from '../../knowledge/types.js';
import { analyzeQuery } from './analyze.js';
import { explain, type MatchReason } from './explain.js';
import { buildIndex, type FinderIndex } from './index-build.js';
import { rank } from './rank.js';

export type { FinderIndex } from './index-build.js';
export type { MatchReason } from './explain.js';

export interface FinderHit {
  readonly program: Program;
  /** BM25F score, rounded to 3 decimals; comparable within one search only. */
  readonly score: number;
  /**
   * What to show the user, at most four entries: their meaningful words that matched, as typed,
   * and "words → concept" where only the concept layer linked them (labels in `lang`).
   */
  readonly matched: readonly string[];
  /** The same, structured: the words and, for a concept match, the concept's id and label. */
  readonly reasons: readonly MatchReason[];
}

export interface FindOptions {
  /**
   * The chat language. It chooses the language of the explanations and counts as a plausible
   * language of the text; the text may still be in another one (every plausible stemmer is used).
   */
  readonly lang?: Lang;
  /** How many hits at most (default 5). The order never depends on it. */
  readonly limit?: number;
  /** Keep only programs this predicate accepts (e.g. offered to the requester's country). */
  readonly filter?: (p: Program) => boolean;
}

export interface FinderResult {
  readonly hits: readonly FinderHit[];
  /**
   * True when the text is not blank but no program matches it well: the best match is weak or
   * rests on generic words only. Say so and offer to browse the areas or to describe the need
   * differently, instead of listing unrelated programs.
   */
  readonly noGoodMatch: boolean;
}

/** Below this score even a confident match is too thin to offer (a concept alone scores about 4). */
export const MIN_SCORE = 2;
/** Programs scoring under this share of the best one are not worth offering beside it. */
export const RELATIVE_CUTOFF = 0.2;

type FinderKnowledge = Pick<Knowledge, 'programs'> & Partial<Pick<Knowledge, 'concepts'>>;
const cache = new WeakMap<readonly Program[], WeakMap<readonly Concept[], FinderIndex>>();
const NO_CONCEPTS: readonly Concept[] = Object.freeze([]);

/** Builds the index once per knowledge base (cached on its arrays). */
export function buildFinderIndex(k: FinderKnowledge): FinderIndex {
  const concepts = k.concepts ?? NO_CONCEPTS;
  let byConcepts = cache.get(k.programs);
  if (!byConcepts) cache.set(k.programs, (byConcepts = new WeakMap()));
  const cached = byConcepts.get(concepts);
  if (cached) return cached;
  const index = buildIndex(k.programs, concepts);
  byConcepts.set(concepts, index);
  return index;
}

/**
 * Searches the catalogue. The same (text, lang, filter) always gives the same ranking, whoever
 * calls (chat, JSON API, CLI); `limit` only cuts the list. Hits are real matches only: each rests
 * on a concept, on one of the program's keywords typed in full, or on two or more meaningful words
 * (never on generic words or one stray word of a description), scores at least MIN_SCORE and at
 * least RELATIVE_CUTOFF of the best hit. When none qualifies, `hits` is empty and `noGoodMatch`
 * is true.
 */
export function searchPrograms(index: FinderIndex, text: string, options: FindOptions = {}): FinderResult {
  if (!text.trim()) return { hits: [], noGoodMatch: false };
  const analysis = analyzeQuery(text, options.lang);
  if (analysis.groups.length === 0) return { hits: [], noGoodMatch: true };
  const limit = options.limit ?? 5;
  const hits: FinderHit[] = [];
  let best = 0;
  for (const r of rank(index, analysis)) {
    if (hits.length >= limit) break;
    if (!r.confident) continue;
    const program = index.programs[r.doc]!;
    if (options.filter && !options.filter(program)) continue;
    if (hits.length === 0) {
      if (r.score < MIN_SCORE) break;
      best = r.score;
    } else if (r.score < best * RELATIVE_CUTOFF) break;
    const { matched, reasons } = explain(analysis, r.contributions, index.conceptById, analysis.lang);
    hits.push({ program, score: Math.round(r.score * 1000) / 1000, matched, reasons });
  }
  return { hits, noGoodMatch: hits.length === 0 };
}

/**
 * The programs that fit a need, best first; an empty list when the text is blank or nothing fits
 * well (see `searchPrograms` for the flag that tells the two apart).
 */
export function findPrograms(index: FinderIndex, text: string, options: FindOptions = {}): FinderHit[] {
  return [...searchPrograms(index, text, options).hits];
}

/** Browse: the programs of one assistance area, in catalogue order. */
export function programsInArea(
  k: Pick<Knowledge, 'programs'>,
  area: AreaId,
  filter?: (p: Program) => boolean,
): Program[] {
  return k.programs.filter((p) => p.area === area && (!filter || filter(p)));
}
