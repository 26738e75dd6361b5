// The interview as data. Each step names its question and "why" (locale keys `flow:q.<id>`,
// `flow:why.<id>`, `flow:label.<id>`), its input kind, the goals that need it, `when` predicates
// over the answers, and the letter field it feeds. No logic lives here: the predicates are named in
// dialogs/predicates.ts and decided by src/domain; the input kinds live in src/flow/inputs/.
import { z } from 'zod';
import type { PredicateName } from './predicates.js';

/** The tasks a user can ask for at the menu. */
export type Goal = 'find' | 'check' | 'letter' | 'contact';
export const GOALS: readonly Goal[] = ['find', 'check', 'letter', 'contact'];

export type InputKind =
  'country' | 'choice' | 'program' | 'yes-no-unknown' | 'need' | 'date' | 'text' | 'contact' | 'review';

/** Where a step's answer goes in the letter input (src/domain/letters/input.ts), as a dotted path. */
export type LetterField =
  | 'type'
  | 'lang'
  | 'country'
  | 'programId'
  | 'date'
  | 'city'
  | 'reference'
  | 'onBehalfOf'
  | `sender.${string}`
  | `details.${string}`;

/** What the bot says once a step is answered (src/flow/after.ts). */
export type AfterName =
  'program' | 'leadTime' | 'assessment' | 'countryNotes' | 'routeBeforeLetter' | 'periodCheck';

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
  /** Free text: the validator of what the user typed (length, no control characters, shape). */
  readonly text?: z.ZodType<string>;
  /** The longest free text the step takes (shown as the form field's limit). */
  readonly maxLength?: number;
  /** The user may skip it ("skip" button); the answer is then empty. */
  readonly optional?: boolean;
  /**
   * A yes / no question about something already done ("Has the request been sent?"): a yes that
   * speaks of the future ("yes, we will send it next week") is taken as no, and the bot says so
   * (`flow:yesNo.not-yet.<id>`).
   */
  readonly askedDone?: boolean;
  /**
   * With `askedDone`: the understand.json list of the verbs of what is asked about ("send",
   * "submit"). Only a tense word near one of them counts, so "yes, we hope WIPO will answer soon"
   * stays yes, and a statement with neither yes nor no is read too: "we will send it next week"
   * is a no, said back, and "we sent it in March" a yes. Without it, any future after a yes is a no.
   */
  readonly doneVerbs?: string;
  /** Shown on the review screen, where it can be changed. */
  readonly review?: boolean;
  /** What the bot says once the step is answered, in this order (src/flow/after.ts). */
  readonly after?: readonly AfterName[];
  /** The letter input field this answer fills; the letter's field list is derived from these. */
  readonly letter?: LetterField;
  /** An answer the interview already knows (src/flow/prefill.ts): stored and said, not asked. */
  readonly prefill?: 'programName' | 'letterTypeFromRequest';
  /** Steps with the same form id can be answered together in one form where the channel shows forms. */
  readonly form?: 'letter-details';
}

const ALL = GOALS;
/** The steps up to the program are shared by finding, checking and drafting. */
const UP_TO_PROGRAM: readonly Goal[] = ['find', 'check', 'letter'];
// Control characters (except line feed) cannot go into a letter.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
// Bidi embeddings, overrides and isolates come with pasted text (Word, web pages), but the
// letter's renderers own direction and the letter refuses them: they are taken out, not refused.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
// Line and paragraph separators are line breaks; in a one-line field (a name, a title) every
// line break is a space, as the letter's one-line fields require.
const SEPARATORS = /[\u2028\u2029]/gu;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/gu;
// Something a reader sees: two zero-width spaces are no name.
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;
const typed = (max: number, oneLine = false) =>
  z
    .string()
    .transform((s) => {
      const clean = s.replace(BIDI_CONTROLS, '');
      return oneLine ? clean.replace(LINE_BREAKS, ' ') : clean.replace(SEPARATORS, '\n');
    })
    .pipe(
      z
        .string()
        .trim()
        .min(2, 'too-short')
        .max(max, 'too-long')
        .refine((s) => VISIBLE.test(s), 'too-short')
        .refine((s) => !CONTROL.test(s), 'control-characters'),
    );

/** A step of the letter only, asked when the chosen program is requested by a letter. */
function letterStep(step: Omit<StepDef, 'goals' | 'review'> & { when?: readonly PredicateName[] }): StepDef {
  return { ...step, goals: ['letter'], when: ['needsRequest', ...(step.when ?? [])], review: true };
}

/** A free-text field of the letter, validated for length and characters. */
function letterText(
  id: string,
  max: number,
  letter: LetterField,
  extra: {
    when?: readonly PredicateName[];
    optional?: boolean;
    prefill?: StepDef['prefill'];
    input?: InputKind;
    text?: (max: number) => z.ZodType<string>;
  } = {},
): StepDef {
  // The letter's fields outside its body (names, title, place, reference) are one line.
  const { text = (n: number) => typed(n, !letter.startsWith('details.')), ...rest } = extra;
  return letterStep({
    id,
    input: 'text',
    letter,
    form: 'letter-details',
    ...rest,
    text: text(max),
    maxLength: max,
  });
}

// Contact details the letter prints under the sender: checked for their shape.
// The letter's own rule for an address (zod's), so what the interview accepts the letter takes.
const EMAIL = z.email();
const email = (max: number) => typed(max, true).refine((s) => EMAIL.safeParse(s).success, 'email');
const phone = (max: number) =>
  typed(max, true).refine((s) => /^[+()\d\s./-]+$/.test(s) && (s.match(/\d/g) ?? []).length >= 6, 'phone');

export const STEPS: readonly StepDef[] = [
  { id: 'country', input: 'country', goals: ALL, review: true, after: ['countryNotes'], letter: 'country' },
  { id: 'requester', input: 'choice', choices: 'requesterBodies', goals: UP_TO_PROGRAM, review: true },
  { id: 'need', input: 'need', goals: UP_TO_PROGRAM, text: typed(500), review: true },
  {
    id: 'area',
    input: 'choice',
    choices: 'areas',
    goals: UP_TO_PROGRAM,
    when: ['browsing'],
    dependsOn: ['need'],
  },
  {
    id: 'program',
    input: 'program',
    choices: 'programs',
    goals: UP_TO_PROGRAM,
    dependsOn: ['need', 'area'],
    review: true,
    after: ['program', 'routeBeforeLetter'],
    letter: 'programId',
  },
  {
    id: 'formalRequest',
    input: 'yes-no-unknown',
    goals: ['check'],
    when: ['needsRequest'],
    askedDone: true,
    doneVerbs: 'yesNo.sendVerbs',
  },
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
  { id: 'nationalNeeds', input: 'yes-no-unknown', goals: ['check'], when: ['needsRequest'], askedDone: true },
  {
    id: 'readiness',
    input: 'yes-no-unknown',
    goals: ['check'],
    when: ['needsRequest'],
    after: ['assessment'],
  },
  {
    id: 'start',
    input: 'date',
    goals: ['check', 'letter'],
    when: ['needsRequest'],
    review: true,
    after: ['leadTime', 'routeBeforeLetter', 'periodCheck'],
    letter: 'date',
  },
  {
    id: 'startAccept',
    input: 'choice',
    choices: 'startAccept',
    goals: ['check', 'letter'],
    when: ['needsRequest', 'startTooLate'],
    dependsOn: ['start'],
    after: ['routeBeforeLetter'],
  },
  letterStep({
    id: 'letterType',
    input: 'choice',
    choices: 'letterTypes',
    letter: 'type',
    prefill: 'letterTypeFromRequest',
  }),
  letterStep({ id: 'letterLang', input: 'choice', choices: 'letterLangs', letter: 'lang' }),
  letterText('senderName', 120, 'sender.name'),
  letterText('senderTitle', 160, 'sender.title'),
  letterText('institution', 200, 'sender.institution'),
  letterText('onBehalfOf', 200, 'onBehalfOf', { when: ['noteVerbale'] }),
  letterText('place', 100, 'city', { when: ['signedAtHome'] }),
  letterText('reference', 100, 'reference', { optional: true }),
  letterText('senderEmail', 200, 'sender.email', { optional: true, input: 'contact', text: email }),
  letterText('senderPhone', 60, 'sender.phone', { optional: true, input: 'contact', text: phone }),
  letterText('project', 300, 'details.project', { when: ['joiningProject'], prefill: 'programName' }),
  letterText('purpose', 1500, 'details.purpose'),
  letterText('developmentGoals', 1500, 'details.developmentGoals'),
  letterText('expectedResults', 1500, 'details.expectedResults'),
  letterText('beneficiaries', 600, 'details.beneficiaries'),
  letterText('justification', 1500, 'details.justification', { when: ['joiningProject'] }),
  letterText('partners', 600, 'details.partners', { when: ['joiningProject'], optional: true }),
  letterText('readinessText', 1500, 'details.readiness', { when: ['joiningProject'] }),
  letterText('period', 200, 'details.period'),
  { id: 'review', input: 'review', goals: ['letter'], when: ['needsRequest'] },
];

export const STEP_BY_ID: ReadonlyMap<string, StepDef> = new Map(STEPS.map((s) => [s.id, s]));
