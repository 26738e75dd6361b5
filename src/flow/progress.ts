// Moving through the interview: store an answer, then ask the first step the goal still needs, or
// complete the goal (verdicts, the route, the letter).
import { GOALS, type StepDef } from '../../dialogs/steps.js';
import { requestedByLetter } from '../domain/request-kind.js';
import { askStep } from './ask.js';
import { buildLetterInput } from './letter-input.js';
import { showMenu } from './menu.js';
import { basisOf, nextStep, stepsFor } from './navigation.js';
import { chosenProgram, completionReplies, routeKey } from './presenters.js';
import { INPUTS } from './inputs/index.js';
import { prefillFor } from './prefill.js';
import { statusOf } from './status.js';
import { reviewReply } from './review.js';
import { finish, langOf, say, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import type { Lang } from '../knowledge/types.js';
import type { ConversationState, FlowContext, Goal, Reply } from './types.js';
import { answerValues, valuesOf } from './values.js';

export function storeAnswer(
  _ctx: FlowContext,
  t: Turn,
  step: StepDef,
  value: unknown,
  patch?: Record<string, unknown>,
  note?: string,
): void {
  const answers = { ...t.state.answers };
  for (const [k, v] of Object.entries(patch ?? {})) answers[k] = { value: v };
  const values = { ...valuesOf(answers), [step.id]: value };
  const basis = basisOf(step, values);
  answers[step.id] = { value, ...(basis !== undefined ? { basis } : {}), ...(note ? { note } : {}) };
  t.state = {
    ...t.state,
    answers,
    history: [...t.state.history.filter((h) => h !== step.id), step.id],
    pending: undefined,
    editing: t.state.editing === step.id ? undefined : t.state.editing,
    scratch: undefined,
  };
}

/** The question for a step: the review screen (with all its buttons), or the step's question. */
export function questionReply(ctx: FlowContext, state: ConversationState, step: StepDef, lang: Lang): Reply {
  return step.input === 'review' ? reviewReply(ctx, state, lang) : askStep(step, ctx, state, lang);
}

/** Steps whose answer is already known are answered now, and the user is told. */
function prefillKnown(ctx: FlowContext, t: Turn, goal: Goal): void {
  const tr = ctx.t(langOf(t));
  for (const step of stepsFor(ctx, t.state, goal)) {
    if (!step.prefill || t.state.answers[step.id]) continue;
    const known = prefillFor(ctx, step, answerValues(t.state));
    if (known === undefined) continue;
    const pending = t.state.pending;
    storeAnswer(ctx, t, step, known);
    t.state = { ...t.state, pending };
    const ic = { ctx, state: t.state, step, lang: langOf(t), values: answerValues(t.state) };
    say(
      t,
      tr('flow:prefilled', {
        field: tr(`flow:label.${step.id}`),
        value: INPUTS[step.input].display(ic, known),
      }),
    );
  }
}

export function advance(ctx: FlowContext, t: Turn): InnerResult {
  const goal = t.state.goal;
  if (!goal) return showMenu(ctx, t);
  prefillKnown(ctx, t, goal);
  const step = nextStep(ctx, t.state, goal);
  if (step) {
    const failures = t.state.pending?.stepId === step.id ? t.state.pending.failures : 0;
    t.state = { ...t.state, pending: { stepId: step.id, failures } };
    t.replies.push(questionReply(ctx, t.state, step, langOf(t)));
    t.state = { ...t.state, progressTotal: statusOf(ctx, t.state, false).progress.total };
    return finish(t);
  }
  const values = answerValues(t.state);
  const key = routeKey(values);
  const replies = completionReplies(ctx, goal, values, langOf(t), t.state.routeShown === key);
  const program = chosenProgram(ctx, values);
  if (goal === 'letter' && program && requestedByLetter(program)) {
    t.effects.push({
      kind: 'draft-letter',
      input: buildLetterInput(values, new Set(stepsFor(ctx, t.state, goal).map((s) => s.id))),
      ...(t.state.draftId ? { draftId: t.state.draftId } : {}),
    });
  }
  const routeShown = goal === 'find' ? t.state.routeShown : key;
  t.state = {
    ...t.state,
    goal: undefined,
    lastGoal: goal,
    pending: undefined,
    editing: undefined,
    routeShown,
  };
  t.replies.push(...replies);
  t.done = true;
  return finish(t);
}

export function reask(ctx: FlowContext, t: Turn): InnerResult {
  return t.state.goal ? advance(ctx, t) : showMenu(ctx, t);
}

export function startGoal(ctx: FlowContext, t: Turn, goal: string): InnerResult {
  if (goal === 'letter-review') {
    t.state = withoutAnswers({ ...t.state, goal: 'letter' }, ['review']);
    return advance(ctx, t);
  }
  if (!(GOALS as readonly string[]).includes(goal)) return showMenu(ctx, t);
  t.state = {
    ...t.state,
    goal: goal as Goal,
    pending: undefined,
    editing: undefined,
    scratch: undefined,
    progressTotal: undefined,
  };
  return advance(ctx, t);
}
