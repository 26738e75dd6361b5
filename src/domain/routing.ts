// Routing: (country, program, date) -> the unit to consult first, the units to copy, and why.
// Manual III(b)(iii): developing countries and LDCs consult their regional bureau; LDC-specific
// needs go to the LDC Division; countries in transition to the Department for Transition and
// Developed Countries. Every formal request is addressed to the Director General. A route built on
// an unverified or pending fact says so (`confirm`), as the policy for uncertain facts requires.
import type { Country, Knowledge, Program, ProgramFact, UnitId } from '../knowledge/types.js';
import { parseIsoDate } from './calendar.js';
import { ldcStatusOn, treatedAsLdc, type DeferralInfo, type LdcStatus } from './ldc-status.js';
import type { Result } from './result.js';
import { inferredProgramFacts, unverifiedCountryFacts, type CountryFact } from './sources.js';

/** Why the route is what it is; each code has a locale key `routing:reason.<code>`. */
export type RouteReason =
  | { readonly code: 'regional-bureau'; readonly unit: UnitId }
  | { readonly code: 'ldc'; readonly since: string }
  | {
      readonly code: 'ldc-graduating';
      readonly date: string;
      readonly dateCertain: boolean;
      /** False: a deferral is asked for or the outcome is not confirmed, so it is not presented as settled. */
      readonly settled: boolean;
    }
  | { readonly code: 'ldc-pending'; readonly date: string }
  /** What the country's source says about a deferral of its graduation. */
  | ({ readonly code: 'ldc-deferral' } & DeferralInfo)
  | { readonly code: 'ldc-graduated'; readonly date: string }
  | { readonly code: 'ldc-program'; readonly programId: string }
  | { readonly code: 'program-not-for-country'; readonly programId: string }
  | { readonly code: 'transition' }
  | { readonly code: 'developed' }
  | { readonly code: 'not-member' }
  | { readonly code: 'unit-uncertain'; readonly alsoUnit: UnitId }
  | { readonly code: 'academy-application'; readonly programId: string }
  | { readonly code: 'individual-application'; readonly programId: string }
  | { readonly code: 'open-access'; readonly programId: string; readonly access: boolean }
  /** Facts of the country record that no dated source confirms yet. */
  | { readonly code: 'country-unverified'; readonly facts: readonly CountryFact[] }
  /** Facts of the program record that are inferred, not printed in the manual. */
  | {
      readonly code: 'program-unverified';
      readonly programId: string;
      readonly facts: readonly ProgramFact[];
    };

export interface Route {
  readonly country: string;
  readonly date: string;
  /** The unit to consult informally before the formal request. */
  readonly primary: UnitId;
  /** Units to copy (and to mention in the letter). */
  readonly cc: readonly UnitId[];
  /** Formal requests always go to the Director General. */
  readonly addressee: 'director-general';
  readonly ldc: LdcStatus;
  readonly reasons: readonly RouteReason[];
  /** True when a fact behind the route is unverified or pending: the requester should confirm with the unit. */
  readonly confirm: boolean;
}

export interface RouteInput {
  readonly country: string;
  readonly date: string;
  readonly programId?: string;
}

export type RouteError =
  | { readonly field: 'country'; readonly code: 'unknown-country' }
  | { readonly field: 'date'; readonly code: 'invalid-date' }
  | { readonly field: 'programId'; readonly code: 'unknown-program' };

/** Whether a program is offered to a country with this group and LDC status. */
export function programServesCountry(program: Program, country: Country, ldc: LdcStatus): boolean {
  if (country.group === 'developed') return false;
  return program.audience.some(
    (a) =>
      (a === 'developing' && country.group === 'developing') ||
      (a === 'transition' && country.group === 'transition') ||
      (a === 'ldc' && treatedAsLdc(ldc)),
  );
}

function ldcReasons(ldc: LdcStatus): RouteReason[] {
  switch (ldc.kind) {
    case 'ldc': {
      const g = ldc.graduation;
      if (!g) return [{ code: 'ldc', since: ldc.since }];
      return [
        { code: 'ldc', since: ldc.since },
        { code: 'ldc-graduating', date: g.date, dateCertain: g.dateCertain, settled: g.settled },
        ...(g.deferral ? [{ code: 'ldc-deferral' as const, ...g.deferral }] : []),
      ];
    }
    case 'pending':
      return [
        { code: 'ldc-pending', date: ldc.graduationDate },
        ...(ldc.deferral ? [{ code: 'ldc-deferral' as const, ...ldc.deferral }] : []),
      ];
    case 'graduated':
      return [{ code: 'ldc-graduated', date: ldc.on }];
    case 'not-ldc':
      return [];
  }
}

export function route(
  k: Pick<Knowledge, 'countryByCode' | 'programById'>,
  input: RouteInput,
): Result<Route, RouteError> {
  const country = k.countryByCode.get(input.country.trim().toUpperCase());
  if (!country) return { ok: false, error: { field: 'country', code: 'unknown-country' } };
  const date = parseIsoDate(input.date);
  if (!date) return { ok: false, error: { field: 'date', code: 'invalid-date' } };
  let program: Program | undefined;
  if (input.programId !== undefined) {
    program = k.programById.get(input.programId);
    if (!program) return { ok: false, error: { field: 'programId', code: 'unknown-program' } };
  }

  const ldc = ldcStatusOn(country, date);
  const reasons: RouteReason[] = [];
  const cc: UnitId[] = [];
  let primary: UnitId = country.unit;
  let confirm = false;

  if (!country.wipoMember) {
    reasons.push({ code: 'not-member' });
    confirm = true;
  }
  if (country.group === 'developed') {
    reasons.push({ code: 'developed' });
  } else if (country.group === 'transition') {
    reasons.push({ code: 'transition' });
  } else {
    reasons.push({ code: 'regional-bureau', unit: country.unit });
  }
  reasons.push(...ldcReasons(ldc));
  if (ldc.kind === 'pending' || (ldc.kind === 'ldc' && ldc.graduation && !ldc.graduation.settled))
    confirm = true;
  const countryFacts = unverifiedCountryFacts(country);
  if (countryFacts.length) {
    reasons.push({ code: 'country-unverified', facts: countryFacts });
    confirm = true;
  }

  if (treatedAsLdc(ldc)) {
    if (program?.area === 'ldc') {
      // LDC-specific needs: the LDC Division leads, the bureau is kept informed.
      primary = 'ldc-division';
      cc.push(country.unit);
      reasons.push({ code: 'ldc-program', programId: program.id });
    } else {
      cc.push('ldc-division');
    }
  }
  if (country.alsoUnit && country.alsoUnit !== primary && !cc.includes(country.alsoUnit)) {
    cc.push(country.alsoUnit);
    reasons.push({ code: 'unit-uncertain', alsoUnit: country.alsoUnit });
    confirm = true;
  }
  const served = !program || programServesCountry(program, country, ldc);
  if (program && !served) reasons.push({ code: 'program-not-for-country', programId: program.id });
  if (program?.request === 'academy-application')
    reasons.push({ code: 'academy-application', programId: program.id });
  if (program?.request === 'individual-application')
    reasons.push({ code: 'individual-application', programId: program.id });
  // "Open to everyone" would contradict "not offered to this country".
  if (program?.request === 'open-access' && served)
    reasons.push({ code: 'open-access', programId: program.id, access: program.access !== undefined });
  const programFacts = program ? inferredProgramFacts(program) : [];
  if (program && programFacts.length) {
    reasons.push({ code: 'program-unverified', programId: program.id, facts: programFacts });
    confirm = true;
  }

  return {
    ok: true,
    value: {
      country: country.code,
      date: input.date,
      primary,
      cc,
      addressee: 'director-general',
      ldc,
      reasons,
      confirm,
    },
  };
}

/** The unit the route does not confirm: the other candidate for a country marked unverified. */
export function alsoUnitOf(route: Pick<Route, 'reasons'>): UnitId | undefined {
  for (const r of route.reasons) if (r.code === 'unit-uncertain') return r.alsoUnit;
  return undefined;
}

/** What is unverified or pending behind a route, each with a locale key `letter:doubt.<code>`. */
export type RouteDoubt = 'ldc' | 'unit' | 'routing' | 'membership' | 'program';

export function routeDoubts(route: Pick<Route, 'reasons'>): RouteDoubt[] {
  const out = new Set<RouteDoubt>();
  for (const r of route.reasons) {
    if (r.code === 'ldc-pending' || (r.code === 'ldc-graduating' && !r.settled)) out.add('ldc');
    else if (r.code === 'unit-uncertain') out.add('unit');
    else if (r.code === 'not-member') out.add('membership');
    else if (r.code === 'country-unverified') for (const f of r.facts) out.add(f);
    else if (r.code === 'program-unverified') out.add('program');
  }
  return [...out];
}
