// How a program is requested decides what the interview asks: a formal letter (new assistance or
// joining a project) goes through the approval criteria and the lead time; an Academy course is an
// individual application and an open-access tool needs no request at all (Manual, III(b)(iii)).
import type { Program } from '../knowledge/types.js';

/** The program is requested by a letter to the Director General. */
export function requestedByLetter(program: Pick<Program, 'request'>): boolean {
  return program.request === 'letter-new' || program.request === 'letter-project';
}

/** The letter a program is requested with: joining a project, or new assistance; none for the rest. */
export function letterFor(program: Pick<Program, 'request'>): 'project' | 'new-assistance' | undefined {
  if (program.request === 'letter-project') return 'project';
  return program.request === 'letter-new' ? 'new-assistance' : undefined;
}
