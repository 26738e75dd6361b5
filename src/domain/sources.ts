// Which facts of a knowledge record are unverified ("U …"), so the bot can say so and ask the
// requester to confirm with the unit instead of stating them as certain.
import { PROGRAM_FACTS } from '../knowledge/schema.js';
import type { Country, Program, ProgramFact } from '../knowledge/types.js';

export const isUnverified = (source: string): boolean => source.startsWith('U ');

export type CountryFact = 'routing' | 'membership';

/**
 * A country's unverified facts. Its source reads "routing [S]: …; membership [U]: …"; a record
 * marked U that does not say which part is unverified counts as unverified routing.
 */
export function unverifiedCountryFacts(c: Pick<Country, 'source'>): CountryFact[] {
  const facts = (['routing', 'membership'] as const).filter((f) => new RegExp(`${f} \\[U\\]`).test(c.source));
  return facts.length || !isUnverified(c.source) ? facts : ['routing'];
}

/** The source of one fact of a program: its own, or the record's. */
export function factSource(p: Pick<Program, 'source' | 'factSources'>, fact: ProgramFact): string {
  return p.factSources?.[fact] ?? p.source;
}

/** The facts of a program that are inferred or unverified (only those the record has). */
export function inferredProgramFacts(p: Program): ProgramFact[] {
  return PROGRAM_FACTS.filter((f) => (f !== 'access' || p.access) && isUnverified(factSource(p, f)));
}
