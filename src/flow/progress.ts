// Moving through the interview: store an answer, then ask the first step the goal still needs, or
// complete the goal (verdicts, the route, the letter).
import { GOALS, type StepDef } from '../../dialogs/steps.js';
import { requestedByLetter } from '../domain/request-kind.js';
import { askStep } from './ask.js';
import { buildLetterInput } from './letter-input.js';
import { showMenu } from './menu.js';
import { basisOf, nextStep } from './navigation.js';
import { chosenProgram, completionReplies } from './presenters.js';
import { reviewReply } from './review.js';
import { finish, langOf, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext, Goal } from './types.js';
import { answerValues } from './values.js';

export function storeAnswer(
  _ctx: FlowContext,
  t: Turn,
  step: StepDef,
  value: unknown,
  patch?: Record<string, unknown>,
): void {
  const answers = { ...t.state.answers };
  for (const [k, v] of Object.entries(patch ?? {})) answers[k] = { value: v };
  const values = { ...answerValues({ ...t.state, answers }), [step.id]: value };
  const basis = basisOf(step, values);
  answers[step.id] = basis === undefined ? { value } : { value, basis };
  t.state = {
    ...t.state,
    answers,
    history: [...t.state.history.filter((h) => h !== step.id), step.id],
    pending: undefined,
    editing: t.state.editing === step.id ? undefined : t.state.editing,
    scratch: undefined,
  };
}

export function advance(ctx: FlowContext, t: Turn): InnerResult {
  const goal = t.state.goal;
  if (!goal) return showMenu(ctx, t);
  const step = nextStep(ctx, t.state, goal);
  if (step) {
    const failures = t.state.pending?.stepId === step.id ? t.state.pending.failures : 0;
    t.state = { ...t.state, pending: { stepId: step.id, failures } };
    t.replies.push(
      step.input === 'review' ? reviewReply(ctx, t.state, langOf(t)) : askStep(step, ctx, t.state, langOf(t)),
    );
    return finish(t);
  }
  const values = answerValues(t.state);
  const replies = completionReplies(ctx, goal, values, langOf(t));
  const program = chosenProgram(ctx, values);
  if (goal === 'letter' && program && requestedByLetter(program)) {
    t.effects.push({
      kind: 'draft-letter',
      input: buildLetterInput(values),
      ...(t.state.draftId ? { draftId: t.state.draftId } : {}),
    });
  }
  t.state = { ...t.state, goal: undefined, lastGoal: goal, pending: undefined, editing: undefined };
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
  t.state = { ...t.state, goal: goal as Goal, pending: undefined, editing: undefined, scratch: undefined };
  return advance(ctx, t);
}
