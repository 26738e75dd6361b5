// The interview as data. Each step names its question and "why" (locale keys in `flow`), its input
// kind, the goals that need it, and `when` predicates over the answers. No logic lives here: the
// predicates are named in dialogs/predicates.ts and decided by src/domain.
import { z } from 'zod';
import type { Goal } from '../src/flow/types.js';
import type { PredicateName } from './predicates.js';

export type InputKind = 'country' | 'choice' | 'yes-no-unknown' | 'need' | 'date' | 'text' | 'review';

/** Named providers of choices; the engine asks src/flow/choices.ts for the list. */
export type ChoiceSource =
  'requesterBodies' | 'areas' | 'programs' | 'planKinds' | 'startAccept' | 'letterTypes' | 'letterLangs';

export interface StepDef {
  readonly id: string;
  readonly input: InputKind;
  readonly goals: readonly Goal[];
  readonly when?: readonly PredicateName[];
  readonly choices?: ChoiceSource;
  /** Answers this one was given against; when one of them changes, this answer is asked again. */
  readonly dependsOn?: readonly string[];
  /** Free text: the validator of what the user typed (length, no control characters). */
  readonly text?: z.ZodString;
  /** The user may skip it ("skip" button); the answer is then empty. */
  readonly optional?: boolean;
  /** Shown on the review screen, where it can be changed. */
  readonly review?: boolean;
  /** A presenter run once the step is answered (src/flow/presenters.ts). */
  readonly after?: 'program' | 'leadTime' | 'assessment';
}

const ALL: readonly Goal[] = ['find', 'check', 'letter', 'contact'];
// Control characters (except line feed) cannot go into a letter.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/;
const typed = (max: number) =>
  z
    .string()
    .trim()
    .min(2, 'too-short')
    .max(max, 'too-long')
    .refine((s) => !CONTROL.test(s), 'control-characters');

export const STEPS: readonly StepDef[] = [
  { id: 'country', input: 'country', goals: ALL, review: true },
  {
    id: 'requester',
    input: 'choice',
    choices: 'requesterBodies',
    goals: ['find', 'check', 'letter'],
    review: true,
  },
  { id: 'need', input: 'need', goals: ['find', 'check', 'letter'], text: typed(500), review: true },
  {
    id: 'area',
    input: 'choice',
    choices: 'areas',
    goals: ['find', 'check', 'letter'],
    when: ['browsing'],
    dependsOn: ['need'],
  },
  {
    id: 'program',
    input: 'choice',
    choices: 'programs',
    goals: ['find', 'check', 'letter'],
    dependsOn: ['need', 'area'],
    review: true,
    after: 'program',
  },
  { id: 'formalRequest', input: 'yes-no-unknown', goals: ['check'], when: ['needsRequest'] },
  {
    id: 'partOfPlan',
    input: 'yes-no-unknown',
    goals: ['check', 'letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'planKind',
    input: 'choice',
    choices: 'planKinds',
    goals: ['check', 'letter'],
    when: ['needsRequest', 'partOfPlan'],
    review: true,
  },
  { id: 'nationalNeeds', input: 'yes-no-unknown', goals: ['check'], when: ['needsRequest'] },
  { id: 'readiness', input: 'yes-no-unknown', goals: ['check'], when: ['needsRequest'], after: 'assessment' },
  {
    id: 'start',
    input: 'date',
    goals: ['check', 'letter'],
    when: ['needsRequest'],
    review: true,
    after: 'leadTime',
  },
  {
    id: 'startAccept',
    input: 'choice',
    choices: 'startAccept',
    goals: ['check', 'letter'],
    when: ['needsRequest', 'startTooLate'],
    dependsOn: ['start'],
  },
  {
    id: 'letterType',
    input: 'choice',
    choices: 'letterTypes',
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'letterLang',
    input: 'choice',
    choices: 'letterLangs',
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'senderName',
    input: 'text',
    text: typed(120),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'senderTitle',
    input: 'text',
    text: typed(160),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'institution',
    input: 'text',
    text: typed(200),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'project',
    input: 'text',
    text: typed(300),
    goals: ['letter'],
    when: ['needsRequest', 'joiningProject'],
    review: true,
  },
  {
    id: 'purpose',
    input: 'text',
    text: typed(1500),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'developmentGoals',
    input: 'text',
    text: typed(1500),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'expectedResults',
    input: 'text',
    text: typed(1500),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'beneficiaries',
    input: 'text',
    text: typed(600),
    goals: ['letter'],
    when: ['needsRequest'],
    review: true,
  },
  {
    id: 'justification',
    input: 'text',
    text: typed(1500),
    goals: ['letter'],
    when: ['needsRequest', 'joiningProject'],
    review: true,
  },
  {
    id: 'partners',
    input: 'text',
    text: typed(600),
    goals: ['letter'],
    when: ['needsRequest', 'joiningProject'],
    optional: true,
    review: true,
  },
  {
    id: 'readinessText',
    input: 'text',
    text: typed(1500),
    goals: ['letter'],
    when: ['needsRequest', 'joiningProject'],
    review: true,
  },
  { id: 'period', input: 'text', text: typed(200), goals: ['letter'], when: ['needsRequest'], review: true },
  { id: 'review', input: 'review', goals: ['letter'], when: ['needsRequest'] },
];

export const STEP_BY_ID: ReadonlyMap<string, StepDef> = new Map(STEPS.map((s) => [s.id, s]));
