// The finder's index: for every term, how often it occurs in each field of each program, over all
// six languages at once (a program is one document, so a Spanish need in an English chat finds
// it). Concepts are one more field: a program linked to the concept "enforcement" holds its token.
// Built once at start-up; a few milliseconds for the catalogue.
import SearchableMap from 'minisearch/SearchableMap';
import { LANGS } from '../../knowledge/schema.js';
import type { Concept, Lang, Program } from '../../knowledge/types.js';
import { analyzeText } from './analyze.js';
import { buildConceptMatcher, conceptToken } from './concepts.js';
import { buildPhraseMatcher, type PhraseMatcher, type PhraseSource } from './phrase-matcher.js';

export const FIELDS = ['name', 'keywords', 'description', 'concepts'] as const;
export type Field = (typeof FIELDS)[number];

/** How much an occurrence in each field counts (BM25F field weights). */
export const FIELD_WEIGHT: Readonly<Record<Field, number>> = {
  name: 3,
  keywords: 2.5,
  // Descriptions are long and full of incidental words ("market", "whole", "receive").
  description: 0.5,
  // Concept tokens weigh like keywords; the concept layer's own weight (rank.ts) puts them below.
  concepts: 2.5,
};
/** Length normalisation per field: names and keyword lists are short by design. */
const FIELD_B = { name: 0.5, keywords: 0.3, description: 0.75 } as const;
/** A concept's related programs hold its token at this weight. */
export const RELATED_WEIGHT = 0.3;

export interface FinderIndex {
  readonly programs: readonly Program[];
  readonly programById: ReadonlyMap<string, Program>;
  /** term -> program position -> weighted, length-normalised frequency (BM25F's pseudo-tf). */
  readonly postings: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** term -> inverse document frequency. */
  readonly idf: ReadonlyMap<string, number>;
  /**
   * Every word of the catalogue and the concepts, folded as written, for typo and prefix look-ups,
   * one tree per first letter (a typo look-up then searches only words that start like the one
   * typed); the value is a bit set of the languages the word occurs in (bit i for LANGS[i]).
   */
  readonly vocabulary: ReadonlyMap<string, SearchableMap<number>>;
  /** The concepts' phrases (owner: concept id). */
  readonly concepts: PhraseMatcher;
  /** The programs' keywords as phrases (owner: program id): a keyword typed in full is strong evidence. */
  readonly keywords: PhraseMatcher;
  readonly conceptById: ReadonlyMap<string, Concept>;
  /** Time the build took, in milliseconds (reported at start-up and by the bench). */
  readonly buildMs: number;
}

interface DocTerms {
  readonly text: Record<Exclude<Field, 'concepts'>, string[]>;
  /** Concept token -> link weight. */
  readonly concepts: ReadonlyMap<string, number>;
  /** The words as written (folded), with their language, for typo look-ups. */
  readonly words: readonly (readonly [string, Lang])[];
}

function docTerms(p: Program, concepts: ReadonlyMap<string, number>): DocTerms {
  const words: [string, Lang][] = [];
  const terms = (text: string, lang: Lang) => {
    const a = analyzeText(text, lang);
    for (const w of a.words) words.push([w, lang]);
    return a.terms;
  };
  return {
    text: {
      name: LANGS.flatMap((l) => terms(p.name[l], l)),
      keywords: LANGS.flatMap((l) => p.keywords[l].flatMap((kw) => terms(kw, l))),
      description: LANGS.flatMap((l) => terms(p.description[l], l)),
    },
    concepts,
    words,
  };
}

/** Concept tokens of each program, with the link weight (1 for programs, less for related ones). */
function conceptLinks(concepts: readonly Concept[]): Map<string, Map<string, number>> {
  const byProgram = new Map<string, Map<string, number>>();
  const link = (programId: string, token: string, weight: number) => {
    let m = byProgram.get(programId);
    if (!m) byProgram.set(programId, (m = new Map()));
    m.set(token, Math.max(m.get(token) ?? 0, weight));
  };
  for (const c of concepts) {
    for (const id of c.related) link(id, conceptToken(c.id), RELATED_WEIGHT);
    for (const id of c.programs) link(id, conceptToken(c.id), 1);
  }
  return byProgram;
}

function* keywordPhrases(programs: readonly Program[]): Iterable<PhraseSource> {
  for (const p of programs)
    for (const lang of LANGS) for (const text of p.keywords[lang]) yield { owner: p.id, text, lang };
}

/** The bit of a language in the vocabulary's language sets. */
export const langBit = (lang: Lang): number => 1 << LANGS.indexOf(lang);

export function buildIndex(programs: readonly Program[], concepts: readonly Concept[]): FinderIndex {
  const started = performance.now();
  const links = conceptLinks(concepts);
  const docs = programs.map((p) => docTerms(p, links.get(p.id) ?? new Map()));
  const textFields = ['name', 'keywords', 'description'] as const;
  const avg = Object.fromEntries(
    textFields.map((f) => [
      f,
      docs.reduce((n, d) => n + d.text[f].length, 0) / Math.max(1, docs.length) || 1,
    ]),
  ) as Record<(typeof textFields)[number], number>;

  const postings = new Map<string, Map<number, number>>();
  const add = (term: string, doc: number, tf: number) => {
    let m = postings.get(term);
    if (!m) postings.set(term, (m = new Map()));
    m.set(doc, (m.get(doc) ?? 0) + tf);
  };
  docs.forEach((d, doc) => {
    for (const f of textFields) {
      const norm = 1 - FIELD_B[f] + (FIELD_B[f] * d.text[f].length) / avg[f];
      const counts = new Map<string, number>();
      for (const t of d.text[f]) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, n] of counts) add(t, doc, (FIELD_WEIGHT[f] * n) / norm);
    }
    for (const [token, weight] of d.concepts) add(token, doc, FIELD_WEIGHT.concepts * weight);
  });
  const n = programs.length;
  const idf = new Map<string, number>();
  for (const [t, m] of postings) idf.set(t, Math.log(1 + (n - m.size + 0.5) / (m.size + 0.5)));
  const vocabulary = new Map<string, SearchableMap<number>>();
  const addWord = (w: string, lang: Lang) => {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    let tree = vocabulary.get(first);
    if (!tree) vocabulary.set(first, (tree = new SearchableMap()));
    tree.set(w, (tree.get(w) ?? 0) | langBit(lang));
  };
  for (const d of docs) for (const [w, lang] of d.words) addWord(w, lang);
  // Concept words that no program uses still complete a concept's phrase when typed with a typo.
  const matcher = buildConceptMatcher(concepts);
  for (const p of matcher.phrases) for (const slot of p.slots) addWord(slot[0]!, p.lang);
  const keywords = buildPhraseMatcher(keywordPhrases(programs));
  return {
    programs,
    programById: new Map(programs.map((p) => [p.id, p])),
    postings,
    idf,
    vocabulary,
    concepts: matcher,
    keywords,
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    buildMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
