// Reads knowledge/ once at start-up, validates every file against its zod schema and the
// cross-references between files, and returns frozen, typed data. A bad file stops start-up with
// a message that names the file, the entry and the field.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../paths.js';
import { deepFreeze } from '../deep-freeze.js';
import { z } from 'zod';
import {
  FILES,
  PROGRAMS_DIR,
  ProgramFile,
  type Area,
  type Concept,
  type Country,
  type CountryName,
  type Criterion,
  type IpOffice,
  officeCountryNames,
  officeNameKey,
  type LeadTimeRule,
  type Program,
  type StrategicGoal,
  type Unit,
} from './schema.js';
import type { Knowledge } from './types.js';

export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`knowledge/${file}: ${detail}`);
    this.name = 'KnowledgeError';
  }
}

export const defaultKnowledgeDir = (): string => projectPath('knowledge');

function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (e) {
    throw new KnowledgeError(file, `cannot be read (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KnowledgeError(file, `is not valid JSON (${(e as Error).message})`);
  }
}

/** "entry 3 (id "tisc"), field name.fr: Too small…" for each issue. */
function describeIssues(data: unknown, error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const [first, ...rest] = issue.path;
      let where = '';
      if (typeof first === 'number' && Array.isArray(data)) {
        const entry = data[first] as { id?: unknown; code?: unknown; names?: unknown } | undefined;
        const key = entry?.id ?? entry?.code ?? (Array.isArray(entry?.names) ? entry.names[0] : undefined);
        where = `entry ${first}${typeof key === 'string' ? ` ("${key}")` : ''}, `;
        return `${where}field ${rest.join('.') || '(entry)'}: ${issue.message}`;
      }
      return `field ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const data = readJson(dir, file);
  const result = schema.safeParse(data);
  if (!result.success) throw new KnowledgeError(file, describeIssues(data, result.error));
  return result.data;
}

function uniqueBy<T>(file: string, items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    const k = key(item);
    if (map.has(k)) throw new KnowledgeError(file, `entry ${i} ("${k}"): duplicate id`);
    map.set(k, item);
  });
  return map;
}

/** The UN names of every country alone (validated), for code that needs only them. */
export function loadCountryNames(dir: string = defaultKnowledgeDir()): CountryName[] {
  return parseFile(dir, 'country-names.json', FILES['country-names.json']) as CountryName[];
}

// ---- Finder concept layer -------------------------------------------------------------------
/** knowledge/concepts.json: unique ids, and every linked program exists. */
function loadConcepts(dir: string, programFileOf: ReadonlyMap<string, string>): Concept[] {
  const file = 'concepts.json';
  const concepts = parseFile(dir, file, FILES[file]) as Concept[];
  uniqueBy(file, concepts, (c) => c.id);
  for (const c of concepts) {
    for (const field of ['programs', 'related'] as const) {
      for (const id of c[field]) {
        if (!programFileOf.has(id)) throw new KnowledgeError(file, `concept "${c.id}", field ${field}: unknown program "${id}"`);
      }
    }
  }
  return concepts;
}
// ---- end of the finder concept layer -----------------------------------------------------------

export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const areas = parseFile(dir, 'areas.json', FILES['areas.json']) as Area[];
  const goals = parseFile(dir, 'strategic-goals.json', FILES['strategic-goals.json']) as StrategicGoal[];
  const units = parseFile(dir, 'units.json', FILES['units.json']) as Unit[];
  const countries = parseFile(dir, 'countries.json', FILES['countries.json']) as Country[];
  const criteria = parseFile(dir, 'criteria.json', FILES['criteria.json']) as Criterion[];
  const leadTime = parseFile(dir, 'lead-time.json', FILES['lead-time.json']) as LeadTimeRule;
  const countryNames = loadCountryNames(dir);
  const countryAliases = parseFile(dir, 'country-aliases.json', FILES['country-aliases.json']);
  const ipOffices = parseFile(dir, 'ip-offices.json', FILES['ip-offices.json']) as IpOffice[];

  const programFiles = readdirSync(join(dir, PROGRAMS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const programs: Program[] = [];
  const programFileOf = new Map<string, string>();
  for (const f of programFiles) {
    const file = `${PROGRAMS_DIR}/${f}`;
    for (const p of parseFile(dir, file, ProgramFile)) {
      if (programFileOf.has(p.id)) {
        throw new KnowledgeError(file, `program "${p.id}": duplicate id (also in ${programFileOf.get(p.id)})`);
      }
      programFileOf.set(p.id, file);
      programs.push(p);
    }
  }

  const areaById = uniqueBy('areas.json', areas, (a) => a.id);
  const unitById = uniqueBy('units.json', units, (u) => u.id);
  const countryByCode = uniqueBy('countries.json', countries, (c) => c.code);
  const criterionById = uniqueBy('criteria.json', criteria, (c) => c.id);
  uniqueBy('strategic-goals.json', goals, (g) => g.id);
  const expectedResultIds = new Set(goals.flatMap((g) => g.expectedResults.map((r) => r.id)));

  for (const p of programs) {
    const file = programFileOf.get(p.id)!;
    if (!areaById.has(p.area)) throw new KnowledgeError(file, `program "${p.id}", field area: unknown area "${p.area}"`);
    // An audience narrower than the three groups needs a source for that limit (the manual or a dated page).
    if (p.audience.length < 3 && !/^(M|S) /.test(p.factSources?.audience ?? '')) {
      throw new KnowledgeError(
        file,
        `program "${p.id}", field factSources.audience: a narrower audience needs an "M" or "S" source`,
      );
    }
    for (const r of p.expectedResults) {
      if (!expectedResultIds.has(r)) {
        throw new KnowledgeError(file, `program "${p.id}", field expectedResults: "${r}" is not in strategic-goals.json`);
      }
    }
  }
  const countryNameByCode = uniqueBy('country-names.json', countryNames, (n) => n.code);
  for (const c of countries) {
    if (!countryNameByCode.has(c.code))
      throw new KnowledgeError('country-names.json', `no names for "${c.code}" (it is in countries.json)`);
  }
  countryNames.forEach((n, i) => {
    if (!countryByCode.has(n.code))
      throw new KnowledgeError('country-names.json', `entry ${i} ("${n.code}"), field code: not in countries.json`);
  });
  for (const [alias, codes] of Object.entries(countryAliases)) {
    for (const code of typeof codes === 'string' ? [codes] : codes) {
      if (!countryByCode.has(code))
        throw new KnowledgeError('country-aliases.json', `"${alias}": unknown country "${code}"`);
    }
  }
  ipOffices.forEach((o, i) => {
    if (o.country && !countryByCode.has(o.country))
      throw new KnowledgeError('ip-offices.json', `entry ${i} ("${o.names[0]}"), field country: not in countries.json`);
  });
  // An office's name gives its country from ip-offices.json alone, where it is sourced.
  const officeEntry = new Map(ipOffices.flatMap((o, i) => o.names.map((n) => [officeNameKey(n), i] as const)));
  for (const alias of Object.keys(countryAliases)) {
    const i = officeEntry.get(officeNameKey(alias));
    if (i !== undefined)
      throw new KnowledgeError(
        'country-aliases.json',
        `"${alias}": the name of an IP office; its country comes from ip-offices.json (entry ${i}, field country) alone`,
      );
  }
  for (const c of countries) {
    for (const field of ['unit', 'alsoUnit'] as const) {
      const u = c[field];
      if (u && !unitById.has(u)) {
        throw new KnowledgeError('countries.json', `entry "${c.code}", field ${field}: unknown unit "${u}"`);
      }
    }
  }

  const concepts = loadConcepts(dir, programFileOf);

  return deepFreeze({
    areas,
    goals,
    units,
    countries,
    criteria,
    leadTime,
    countryNames,
    countryNameByCode,
    countryAliases,
    ipOffices,
    officeCountryNames: officeCountryNames(ipOffices),
    programs,
    areaById,
    unitById,
    countryByCode,
    criterionById,
    programById: new Map(programs.map((p) => [p.id, p])),
    concepts,
  }) as Knowledge;
}
