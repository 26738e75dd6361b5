// Named predicates over the answers, the only conditions steps may use (like XState's named guards).
// They ask src/domain for every rule; nothing here decides policy.
import type { Knowledge } from '../src/knowledge/types.js';
import { checkLeadTime } from '../src/domain/lead-time.js';
import { letterFor, requestedByLetter } from '../src/domain/request-kind.js';

export interface PredicateInput {
  readonly answers: Readonly<Record<string, unknown>>;
  readonly knowledge: Knowledge;
  readonly today: string;
}

function chosenProgram({ answers, knowledge }: PredicateInput) {
  return typeof answers.program === 'string' ? knowledge.programById.get(answers.program) : undefined;
}

function programLetter(p: PredicateInput) {
  const program = chosenProgram(p);
  return program ? letterFor(program) : undefined;
}

export const PREDICATES = {
  /** The user chose to browse areas instead of describing the need. */
  browsing: ({ answers }: PredicateInput) => answers.need === 'browse',
  /** No program yet, or the chosen one is requested by a letter (not an Academy application or open access). */
  needsRequest: (p: PredicateInput) => {
    const program = chosenProgram(p);
    return program === undefined || requestedByLetter(program);
  },
  partOfPlan: ({ answers }: PredicateInput) => answers.partOfPlan === 'yes',
  /** A request to join a project: its letter, or a Mission's note verbale for a project. */
  joiningProject: (p: PredicateInput) =>
    p.answers.letterType === 'project' ||
    (p.answers.letterType === 'note-verbale' && programLetter(p) === 'project'),
  /** A Permanent Mission's note verbale, which transmits the request of a national authority. */
  noteVerbale: ({ answers }: PredicateInput) => answers.letterType === 'note-verbale',
  /** A letter (not a Mission's note, dated Geneva) says where it was signed. */
  signedAtHome: ({ answers }: PredicateInput) => answers.letterType !== 'note-verbale',
  /** The intended start leaves less than the manual's minimum lead time. */
  startTooLate: (p: PredicateInput) => {
    if (typeof p.answers.start !== 'string') return false;
    const r = checkLeadTime(p.knowledge.leadTime, {
      today: p.today,
      start: p.answers.start,
      request: chosenProgram(p)?.request,
    });
    return r.ok && r.value.status === 'too-late';
  },
} as const;

export type PredicateName = keyof typeof PREDICATES;
