// Where the interview stands, in a form clients and tests read without parsing prose.
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { answerIsValid, stepsFor } from './navigation.js';
import type { ConversationState, FlowContext, TurnStatus } from './types.js';
import { answerValues } from './values.js';

/** The pending step (or menu / review / done), and how many of the task's steps are answered. */
export function statusOf(ctx: FlowContext, state: ConversationState, done: boolean): TurnStatus {
  const goal = state.goal ?? (done ? state.lastGoal : undefined);
  if (!goal) return { step: 'menu', progress: { answered: 0, total: 0 } };
  // A step the interview fills in itself (the kind of letter, the project's name) is said, not
  // asked: it is no question to count, unless it has to be asked after all.
  const steps = stepsFor(ctx, state, goal).filter((s) => !s.prefill || state.pending?.stepId === s.id);
  const total = steps.length;
  if (done) return { step: 'done', progress: { answered: total, total } };
  const values = answerValues(state);
  const answered = steps.filter((s) => state.editing !== s.id && answerIsValid(s, ctx, state, values)).length;
  const pending = state.pending ? STEP_BY_ID.get(state.pending.stepId) : undefined;
  const step = !pending ? 'menu' : pending.input === 'review' ? 'review' : pending.id;
  return { step, progress: { answered, total } };
}
