// A program as a requester reads it, in one language, with the facts that are only inferred.
import type { Knowledge, Lang, Program, ProgramFact } from '../knowledge/types.js';
import { inferredProgramFacts } from '../domain/sources.js';

export interface ProgramView {
  readonly id: string;
  readonly area: string;
  readonly areaName: string;
  readonly name: string;
  readonly description: string;
  readonly servedBy: string;
  readonly contact: string;
  readonly url: string;
  /** Where individuals register or apply (the Academy catalogue), when the manual prints it. */
  readonly applyUrl?: string;
  /** Terms of use the manual states. */
  readonly access?: string;
  readonly request: Program['request'];
  readonly audience: Program['audience'];
  readonly expectedResults: readonly { id: string; goal: string; name: string }[];
  readonly source: string;
  /** Facts with a source of their own, and those that are inferred (the bot asks to confirm them). */
  readonly factSources: Partial<Record<ProgramFact, string>>;
  readonly inferred: readonly ProgramFact[];
}

export function programView(k: Pick<Knowledge, 'areaById' | 'goals'>, p: Program, lang: Lang): ProgramView {
  const results = k.goals.flatMap((g) => g.expectedResults.map((r) => ({ goal: g, r })));
  return {
    id: p.id,
    area: p.area,
    areaName: k.areaById.get(p.area)?.name[lang] ?? p.area,
    name: p.name[lang],
    description: p.description[lang],
    servedBy: p.servedBy[lang],
    contact: p.contact[lang],
    url: p.url,
    ...(p.applyUrl ? { applyUrl: p.applyUrl } : {}),
    ...(p.access ? { access: p.access[lang] } : {}),
    request: p.request,
    audience: p.audience,
    expectedResults: p.expectedResults.map((id) => {
      const hit = results.find((x) => x.r.id === id);
      return { id, goal: hit?.goal.name[lang] ?? '', name: hit?.r.name[lang] ?? id };
    }),
    source: p.source,
    factSources: p.factSources ?? {},
    inferred: inferredProgramFacts(p),
  };
}
