// Program finder: free text in any of the six languages -> ranked programs with the words that
// matched. Each program is one document holding all six languages, so a Spanish query in an
// English chat still finds it. Ranking is BM25 (MiniSearch) over pre-analysed terms.
import MiniSearch from 'minisearch';
import { LANGS } from '../../knowledge/schema.js';
import type { AreaId, Knowledge, Lang, Program } from '../../knowledge/types.js';
import { analyze, analyzeToText } from './analyze.js';

interface Doc {
  id: string;
  name: string;
  keywords: string;
  description: string;
}

export interface FinderIndex {
  readonly search: MiniSearch<Doc>;
  readonly programs: ReadonlyMap<string, Program>;
}

export interface FinderHit {
  readonly program: Program;
  readonly score: number;
  /** The user's words that matched, as typed. */
  readonly matched: readonly string[];
}

export interface FindOptions {
  readonly lang?: Lang;
  readonly limit?: number;
  /** Keep only programs this predicate accepts (e.g. offered to the requester's country). */
  readonly filter?: (p: Program) => boolean;
}

const allLangs = (pick: (l: Lang) => string) => LANGS.map(pick).join(' ');

function toDoc(p: Program): Doc {
  return {
    id: p.id,
    name: LANGS.map((l) => analyzeToText(p.name[l], l)).join(' '),
    keywords: allLangs((l) => p.keywords[l].map((kw) => analyzeToText(kw, l)).join(' ')),
    description: LANGS.map((l) => analyzeToText(p.description[l], l)).join(' '),
  };
}

const cache = new WeakMap<readonly Program[], FinderIndex>();

export function buildFinderIndex(k: Pick<Knowledge, 'programs'>): FinderIndex {
  const cached = cache.get(k.programs);
  if (cached) return cached;
  const search = new MiniSearch<Doc>({
    fields: ['name', 'keywords', 'description'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: {
      boost: { name: 3, keywords: 2.5, description: 1 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  search.addAll(k.programs.map(toDoc));
  const index = { search, programs: new Map(k.programs.map((p) => [p.id, p])) };
  cache.set(k.programs, index);
  return index;
}

export function findPrograms(index: FinderIndex, text: string, options: FindOptions = {}): FinderHit[] {
  const terms = analyze(text, options.lang);
  if (terms.length === 0) return [];
  const wordOf = new Map(terms.map((t) => [t.term, t.word]));
  const results = index.search.search(terms.map((t) => t.term).join(' '));
  const hits: FinderHit[] = [];
  for (const r of results) {
    const program = index.programs.get(String(r.id));
    if (!program || (options.filter && !options.filter(program))) continue;
    const matched = [...new Set(r.queryTerms.map((q) => wordOf.get(q)).filter((w): w is string => !!w))];
    hits.push({ program, score: Math.round(r.score * 1000) / 1000, matched });
    if (hits.length >= (options.limit ?? 5)) break;
  }
  return hits;
}

/** Browse: the programs of one assistance area, in catalogue order. */
export function programsInArea(
  k: Pick<Knowledge, 'programs'>,
  area: AreaId,
  filter?: (p: Program) => boolean,
): Program[] {
  return k.programs.filter((p) => p.area === area && (!filter || filter(p)));
}
