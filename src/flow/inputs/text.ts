// A free-text field of the letter, checked by the step's validator (length, no control
// characters). For names, titles and institutions the conversational lead-in is dropped
// ("The signatory is Prof. Y" -> "Prof. Y").
import { TEXT_FIELDS, cleanTextAnswer, type TextField } from '../understand/text-answer.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { InputDef } from './types.js';

const isTextField = (id: string): id is TextField => (TEXT_FIELDS as readonly string[]).includes(id);

export const textInput: InputDef = {
  numberIsAnswer: () => true,
  parse({ ctx, step }, { text, value }) {
    if (step.optional && value === 'skip') return { ok: true, value: '' };
    // "None", "no" to an optional field leaves it out.
    if (step.optional && !value && text.length <= 20 && parseYesNo(ctx, text)?.value === 'no')
      return { ok: true, value: '' };
    const cleaned = isTextField(step.id) ? cleanTextAnswer(ctx, step.id, text) : text;
    const checked = step.text!.safeParse(cleaned);
    if (!checked.success)
      return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
    return { ok: true, value: checked.data };
  },
  choices: ({ step, ctx, lang }) =>
    step.optional ? [{ value: 'skip', label: ctx.t(lang)('common:skip') }] : [],
  display: (_ic, v) => (typeof v === 'string' && v ? v : '—'),
};
