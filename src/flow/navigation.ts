// Which step comes next: the first step the goal needs whose answer is missing or no longer valid
// (the docassemble / smart-answers model). Back, edit and review fall out of this by construction.
import { createHash } from 'node:crypto';
import { PREDICATES } from '../../dialogs/predicates.js';
import { STEPS, type StepDef } from '../../dialogs/steps.js';
import { INPUTS } from './inputs/index.js';
import type { ConversationState, FlowContext, Goal } from './types.js';
import { answerValues, type Values } from './values.js';

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
// form, the letter's fields), so what follows from the values alone is kept per values object:
// each step's basis, and — per context too (a turn's `today`) — which steps apply and each
// goal's steps. Only frozen values are kept (answerValues: one per answers object, values.ts);
// values being put together are computed every time.
const bases = new WeakMap<Values, Map<string, string | undefined>>();

function memo<T>(table: WeakMap<Values, Map<string, T>>, values: Values, id: string, compute: () => T): T {
  if (!Object.isFrozen(values)) return compute();
  let byStep = table.get(values);
  if (!byStep) table.set(values, (byStep = new Map()));
  if (byStep.has(id)) return byStep.get(id) as T;
  const value = compute();
  byStep.set(id, value);
  return value;
}

interface Applicable {
  readonly ids: ReadonlySet<string>;
  readonly byGoal: Map<Goal, readonly StepDef[]>;
}
const applicableByCtx = new WeakMap<FlowContext, WeakMap<Values, Applicable>>();

function conditionsHold(step: StepDef, ctx: FlowContext, values: Values): boolean {
  if (!step.when?.length) return true;
  const input = { answers: values, knowledge: ctx.knowledge, today: ctx.today };
  return step.when.every((name) => PREDICATES[name](input));
}

/** The steps whose conditions hold, kept for frozen values; undefined for values being put together. */
function applicable(ctx: FlowContext, values: Values): Applicable | undefined {
  if (!Object.isFrozen(values)) return undefined;
  let table = applicableByCtx.get(ctx);
  if (!table) applicableByCtx.set(ctx, (table = new WeakMap()));
  let found = table.get(values);
  if (!found) {
    const ids = new Set(STEPS.filter((s) => conditionsHold(s, ctx, values)).map((s) => s.id));
    table.set(values, (found = { ids, byGoal: new Map() }));
  }
  return found;
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
  return applicable(ctx, values)?.ids.has(step.id) ?? conditionsHold(step, ctx, values);
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
  return stepsFor(ctx, state, goal).find(
    (step) => state.editing === step.id || !answerIsValid(step, ctx, state, values),
  );
}

/** The steps a goal needs as things stand (those whose conditions hold), in interview order. */
export function stepsFor(ctx: FlowContext, state: ConversationState, goal: Goal): readonly StepDef[] {
  const values = answerValues(state);
  const kept = applicable(ctx, values)!; // answerValues are frozen, so always kept
  let steps = kept.byGoal.get(goal);
  if (!steps)
    kept.byGoal.set(goal, (steps = STEPS.filter((s) => s.goals.includes(goal) && kept.ids.has(s.id))));
  return steps;
}
