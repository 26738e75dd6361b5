// What a button or a form sends back. The engine reads `choice`, `step` (the question the button
// belongs to, so a tap on an older card is recognised), `form` and the form's field values keyed
// by step id. Nothing else in a submission is the engine's business.
import type { Choice, Form, Reply } from '../../flow/types.js';

export interface ChoiceValue {
  readonly choice: string;
  readonly step?: string;
}

export interface FormValue {
  readonly form: string;
  readonly step?: string;
}

export function choiceValue(reply: Reply, choice: Choice): ChoiceValue {
  return { choice: choice.value, ...(reply.step ? { step: reply.step } : {}) };
}

/** A form's submit; the client adds each input's value under its id (the step it answers). */
export function formValue(reply: Reply, form: Form): FormValue {
  return { form: form.id, ...(reply.step ? { step: reply.step } : {}) };
}

/** A choice input's id: its value arrives as `choice`, exactly as a button's would. */
export const CHOICE_INPUT_ID = 'choice';
