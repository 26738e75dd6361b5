// A re-opened draft: its answers replace the letter's, and the review screen shows them to edit.
import { STEP_BY_ID } from '../../dialogs/steps.js';
import type { Program } from '../knowledge/types.js';
import { basisOf } from './navigation.js';
import { advance } from './progress.js';
import type { InnerResult, Turn } from './turn-state.js';
import type { FlowContext, StoredAnswer, TurnInput } from './types.js';
import { valuesOf } from './values.js';

export function restoreDraft(
  ctx: FlowContext,
  t: Turn,
  restore: NonNullable<TurnInput['restore']>,
): InnerResult {
  const answers: Record<string, StoredAnswer> = { ...t.state.answers };
  for (const [id, value] of Object.entries(restore.answers)) {
    const step = STEP_BY_ID.get(id);
    if (step && step.input !== 'review') answers[id] = { value };
  }
  // A letter does not record how its program was found: present it as picked from its area.
  const program: Program | undefined = restore.answers.program
    ? ctx.knowledge.programById.get(restore.answers.program)
    : undefined;
  if (program && !answers.need) {
    answers.need = { value: 'browse' };
    answers.area = { value: program.area };
  }
  answers.requester ??= { value: 'other' };
  // Answers with a basis are stored against the restored values, as if given now.
  const values = valuesOf(answers);
  for (const [id, stored] of Object.entries(answers)) {
    const step = STEP_BY_ID.get(id);
    const basis = step ? basisOf(step, values) : undefined;
    if (basis !== undefined) answers[id] = { value: stored.value, basis };
  }
  delete answers.review;
  t.state = {
    ...t.state,
    answers,
    draftId: restore.draftId,
    goal: 'letter',
    pending: undefined,
    editing: undefined,
    scratch: undefined,
  };
  return advance(ctx, t);
}
