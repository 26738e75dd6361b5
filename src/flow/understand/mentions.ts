// Programs and WIPO units named inside a message: "what is TISC?", "что делает Отдел НРС?".
// Names come from the knowledge in all six languages, acronyms from those names (typed in
// capitals, as written: "DAS" is a program, "das" is not), and the short names people type from
// locales/*/questions.json (`programs`, `units`).
import { LANGS } from '../../knowledge/schema.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { FlowContext } from '../types.js';
import {
  PhraseList,
  compilePhrase,
  matchAt,
  phraseGroups,
  words,
  type Phrase,
  type Word,
} from './phrases.js';

interface Entry {
  readonly id: string;
  readonly phrase: Phrase;
  /** Acronyms: the words as they must be typed (capitals). */
  readonly exact?: readonly string[];
}

/** "regional-bureau": the requester's own bureau, decided from the country. */
export const REGIONAL_BUREAU = 'regional-bureau';

// Capitals that name the organisation or a country group, not a program.
const NOT_PROGRAM_ACRONYMS = new Set([
  'WIPO',
  'OMPI',
  'ВОИС',
  'LDC',
  'LDCS',
  'PMA',
  'НРС',
  'SME',
  'SMES',
  'PME',
  'PYME',
  'LLM',
  'WTO',
  'OMC',
  'ВТО',
  'PCT',
  'TK',
  'IP',
  'GR',
  'UN',
]);
const ACRONYM = /^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{2,}$/u;

function acronymsOf(name: string): string[][] {
  const out: string[][] = [];
  // "(IP-TAD)", "(CATI/TISC)", "(TIGAR project)" and capitals anywhere ("PATENTSCOPE", "WIPO GREEN").
  for (const group of name.match(/\(([^)]*)\)|（([^）]*)）/gu) ?? []) {
    for (const piece of group.replace(/[()（）]/gu, '').split(/[/,\s]+/u)) {
      if (/^[A-Z]+(?:-[A-Z]+)+$/.test(piece)) out.push(piece.split('-'));
    }
  }
  for (const w of name.split(/[^\p{L}\p{N}]+/u)) {
    if (ACRONYM.test(w) && !NOT_PROGRAM_ACRONYMS.has(w)) out.push([w]);
  }
  return out;
}

type IndexCache = WeakMap<object, WeakMap<FlowContext['t'], PhraseList<Entry>>>;

/** Built once per knowledge list and translator: the names come from both. */
function cachedIndex(
  cache: IndexCache,
  ctx: FlowContext,
  list: object,
  build: () => Entry[],
): PhraseList<Entry> {
  let byT = cache.get(list);
  if (!byT) cache.set(list, (byT = new WeakMap()));
  let index = byT.get(ctx.t);
  if (!index) byT.set(ctx.t, (index = new PhraseList(build())));
  return index;
}

const programIndexes: IndexCache = new WeakMap();
const programIndex = (ctx: FlowContext) =>
  cachedIndex(programIndexes, ctx, ctx.knowledge.programs, () => programEntries(ctx));

function programEntries(ctx: FlowContext): Entry[] {
  const entries: Entry[] = [];
  for (const p of ctx.knowledge.programs) {
    for (const lang of LANGS) {
      const name = p.name[lang];
      entries.push({ id: p.id, phrase: compilePhrase(name) });
      const before = name.split(/[(（:：—]/u)[0]!.trim();
      if (before !== name && words(before).length >= 2)
        entries.push({ id: p.id, phrase: compilePhrase(before) });
      for (const acronym of acronymsOf(name))
        entries.push({ id: p.id, phrase: compilePhrase(acronym.join(' ')), exact: acronym });
    }
    for (const { phrase } of phraseGroups(ctx, 'questions:programs').get(p.id)?.items ?? [])
      entries.push({ id: p.id, phrase });
  }
  return entries;
}

function unitEntries(ctx: FlowContext, k: Pick<Knowledge, 'units'>): Entry[] {
  const entries: Entry[] = [];
  for (const u of k.units) {
    for (const lang of LANGS) {
      entries.push({ id: u.id, phrase: compilePhrase(u.name[lang]) });
      for (const n of u.currentNames) entries.push({ id: u.id, phrase: compilePhrase(n.name[lang]) });
    }
    for (const { phrase } of phraseGroups(ctx, 'questions:units').get(u.id)?.items ?? [])
      entries.push({ id: u.id, phrase });
  }
  for (const { phrase } of phraseGroups(ctx, 'questions:units').get(REGIONAL_BUREAU)?.items ?? [])
    entries.push({ id: REGIONAL_BUREAU, phrase });
  return entries;
}

const unitIndexes: IndexCache = new WeakMap();
const unitIndex = (ctx: FlowContext) =>
  cachedIndex(unitIndexes, ctx, ctx.knowledge.units, () => unitEntries(ctx, ctx.knowledge));

/** The one id named, longest name first; undefined when none or two different ones are named. */
function mentioned(entries: PhraseList<Entry>, ws: readonly Word[]): string | undefined {
  const hits: { id: string; start: number; end: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const e of entries.at(ws[i]!)) {
      const m = matchAt(e.phrase, ws, i);
      if (!m) continue;
      if (e.exact && e.exact.some((w, j) => ws[i + j]?.raw !== w)) continue;
      hits.push({ id: e.id, start: m.start, end: m.end });
    }
  }
  // A hit inside a longer one is part of that name ("bureau" in "Regional Bureau for Africa").
  const outer = hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const ids = new Set(outer.map((h) => h.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

export function programMention(ctx: FlowContext, ws: readonly Word[]): string | undefined {
  return mentioned(programIndex(ctx), ws);
}

export function unitMention(ctx: FlowContext, ws: readonly Word[]): string | undefined {
  return mentioned(unitIndex(ctx), ws);
}
