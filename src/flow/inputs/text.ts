// A free-text field of the letter, checked by the step's validator (length, no control characters).
import type { InputDef } from './types.js';

export const textInput: InputDef = {
  parse({ step }, { text, value }) {
    if (step.optional && value === 'skip') return { ok: true, value: '' };
    const checked = step.text!.safeParse(text);
    if (!checked.success)
      return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
    return { ok: true, value: checked.data };
  },
  choices: ({ step, ctx, lang }) =>
    step.optional ? [{ value: 'skip', label: ctx.t(lang)('common:skip') }] : [],
  display: (_ic, v) => (typeof v === 'string' && v ? v : '—'),
};
