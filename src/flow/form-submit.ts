// A submitted form, stored field by field through the same validators as typed answers.
import { storeAnswer } from './progress.js';
import { openFields } from './form.js';
import type { Turn } from './turn-state.js';
import type { FlowContext } from './types.js';

/**
 * A submitted form: every valid field is stored as if answered one by one; refused ones are kept
 * with their reason, so the form comes back with the other values and the message by the field.
 * Only the form's own open steps are read: other keys a client sends are ignored.
 */
export function submitForm(
  ctx: FlowContext,
  t: Turn,
  formId: string,
  fields: Readonly<Record<string, string>>,
) {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const step of openFields(ctx, t.state, formId)) {
    // A client may leave an empty optional field out of the submission altogether.
    const raw = fields[step.id] ?? (step.optional ? '' : undefined);
    if (raw === undefined) continue;
    if (step.optional && raw.trim() === '') {
      storeAnswer(ctx, t, step, '');
      continue;
    }
    const checked = step.text!.safeParse(raw);
    if (checked.success) storeAnswer(ctx, t, step, checked.data);
    else {
      values[step.id] = raw;
      errors[step.id] = checked.error.issues[0]?.message ?? 'too-short';
    }
  }
  t.state = { ...t.state, scratch: Object.keys(errors).length ? { form: { values, errors } } : undefined };
}
