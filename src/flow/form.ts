// The letter details as one form, for channels that show forms (Teams, Web Chat): the steps that
// share a form id and are still unanswered, in interview order. The form is a shortcut, never a
// wall: the first empty field stays the pending question, so typing answers it as usual.
import { STEPS, type StepDef } from '../../dialogs/steps.js';
import type { Lang } from '../knowledge/types.js';
import { answerIsValid, stepApplies } from './navigation.js';
import type { ConversationState, FlowContext, Form, FormField } from './types.js';
import { answerValues } from './values.js';

/** What the last submission left: values refused, with why, to show again in the form. */
export interface FormScratch {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

/** The form's steps still to answer, in order. */
export function openFields(ctx: FlowContext, state: ConversationState, formId: string): StepDef[] {
  const values = answerValues(state);
  return STEPS.filter(
    (s) =>
      s.form === formId &&
      state.goal !== undefined &&
      s.goals.includes(state.goal) &&
      stepApplies(s, ctx, values) &&
      (state.editing === s.id || !answerIsValid(s, ctx, state, values)),
  );
}

function scratchOf(state: ConversationState): FormScratch | undefined {
  const f = state.scratch?.form as FormScratch | undefined;
  return f && typeof f === 'object' && f.values && f.errors ? f : undefined;
}

export function formFor(
  ctx: FlowContext,
  state: ConversationState,
  step: StepDef,
  lang: Lang,
): Form | undefined {
  if (!step.form) return undefined;
  const tr = ctx.t(lang);
  const scratch = scratchOf(state);
  const fields: FormField[] = openFields(ctx, state, step.form).map((s) => {
    const max = s.maxLength ?? 500;
    const value = scratch?.values[s.id];
    const error = scratch?.errors[s.id];
    return {
      id: s.id,
      label: tr(`flow:label.${s.id}`),
      placeholder: tr(`flow:placeholder.${s.id}`),
      maxLength: max,
      required: !s.optional,
      multiline: max > 300,
      ...(value !== undefined ? { value } : {}),
      ...(error ? { error: tr(`flow:hint.text.${error}`) } : {}),
    };
  });
  return fields.length ? { id: step.form, submitLabel: tr('flow:form.submit'), fields } : undefined;
}
