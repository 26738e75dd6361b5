// Which step comes next: the first step the goal needs whose answer is missing or no longer valid
// (the docassemble / smart-answers model). Back, edit and review fall out of this by construction.
import { createHash } from 'node:crypto';
import { PREDICATES } from '../../dialogs/predicates.js';
import { STEPS, type StepDef } from '../../dialogs/steps.js';
import { INPUTS } from './inputs/index.js';
import type { ConversationState, FlowContext, Goal } from './types.js';
import { answerValues } from './values.js';

/** Every reviewed field with its value, as JSON: what the review was confirmed against. */
function reviewed(values: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(STEPS.filter((s) => s.review).map((s) => [s.id, values[s.id]]));
}

/** A short digest of `text` (112 bits of SHA-256, as 28 hex digits), compared for equality only. */
function digest(text: string): string {
  return `#${createHash('sha256').update(text).digest('hex').slice(0, 28)}`;
}

/**
 * What an answer was given against: the values of the steps it depends on. The review depends on
 * every reviewed field, so its basis is a digest of them (the full text was most of a stored
 * conversation's state).
 */
export function basisOf(step: StepDef, values: Readonly<Record<string, unknown>>): string | undefined {
  return memo(bases, values, step.id, () => {
    if (step.input === 'review') return digest(reviewed(values));
    return step.dependsOn ? JSON.stringify(step.dependsOn.map((d) => values[d] ?? null)) : undefined;
  });
}

// A turn asks the same of one state many times (the next step, the status, the progress line, the
// form, the letter's fields), so each step's basis and conditions are kept per values object.
// Only frozen values (answerValues: one per answers object, values.ts) are kept, and conditions
// per context too (a turn's `today`); values being put together are computed every time.
type Values = Readonly<Record<string, unknown>>;
const bases = new WeakMap<Values, Map<string, string | undefined>>();
const applies = new WeakMap<FlowContext, WeakMap<Values, Map<string, boolean>>>();

function memo<T>(table: WeakMap<Values, Map<string, T>>, values: Values, id: string, compute: () => T): T {
  if (!Object.isFrozen(values)) return compute();
  let byStep = table.get(values);
  if (!byStep) table.set(values, (byStep = new Map()));
  if (byStep.has(id)) return byStep.get(id) as T;
  const value = compute();
  byStep.set(id, value);
  return value;
}

/** Whether a stored basis still holds; a review confirmed before digests kept the full text. */
function basisHolds(stored: string | undefined, step: StepDef, values: Readonly<Record<string, unknown>>) {
  if (stored === basisOf(step, values)) return true;
  return (
    step.input === 'review' && stored !== undefined && !stored.startsWith('#') && stored === reviewed(values)
  );
}

export function stepApplies(
  step: StepDef,
  ctx: FlowContext,
  values: Readonly<Record<string, unknown>>,
): boolean {
  if (!step.when?.length) return true;
  let table = applies.get(ctx);
  if (!table) applies.set(ctx, (table = new WeakMap()));
  return memo(table, values, step.id, () => {
    const input = { answers: values, knowledge: ctx.knowledge, today: ctx.today };
    return (step.when ?? []).every((name) => PREDICATES[name](input));
  });
}

export function answerIsValid(
  step: StepDef,
  ctx: FlowContext,
  state: ConversationState,
  /** answerValues(state), when the caller has it already. */
  values: Readonly<Record<string, unknown>> = answerValues(state),
): boolean {
  const stored = state.answers[step.id];
  if (!stored) return false;
  if (!basisHolds(stored.basis, step, values)) return false;
  const accepts = INPUTS[step.input].accepts;
  return accepts ? accepts({ ctx, state, step, lang: state.lang ?? 'en', values }, stored.value) : true;
}

export function nextStep(ctx: FlowContext, state: ConversationState, goal: Goal): StepDef | undefined {
  const values = answerValues(state);
  for (const step of STEPS) {
    if (!step.goals.includes(goal) || !stepApplies(step, ctx, values)) continue;
    if (state.editing === step.id || !answerIsValid(step, ctx, state, values)) return step;
  }
  return undefined;
}

/** The steps a goal needs as things stand (those whose conditions hold), in interview order. */
export function stepsFor(ctx: FlowContext, state: ConversationState, goal: Goal): StepDef[] {
  const values = answerValues(state);
  return STEPS.filter((s) => s.goals.includes(goal) && stepApplies(s, ctx, values));
}
