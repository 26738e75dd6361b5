// A yes / no / "I don't know" question (the approval criteria, part of a plan), answered in the
// user's own words: "no, not yet — that's why I'm here", "yes, we have a room and 3 librarians"
// (what follows the answer is kept as a note).
import { parseYesNo } from '../understand/yes-no.js';
import type { InputDef } from './types.js';

const ANSWERS = ['yes', 'no', 'unknown'] as const;

export const yesNoUnknownInput: InputDef = {
  parse({ ctx }, { text, value }) {
    if (value !== undefined)
      return (ANSWERS as readonly string[]).includes(value)
        ? { ok: true, value }
        : { ok: false, hint: 'yes-no' };
    const a = parseYesNo(ctx, text);
    return a
      ? { ok: true, value: a.value, ...(a.note ? { note: a.note } : {}) }
      : { ok: false, hint: 'yes-no' };
  },
  choices: ({ ctx, lang }) => ANSWERS.map((v) => ({ value: v, label: ctx.t(lang)(`common:answer.${v}`) })),
  display: ({ ctx, lang }, v) => (typeof v === 'string' ? ctx.t(lang)(`common:answer.${v}`) : ''),
  accepts: (_ic, v) => (ANSWERS as readonly unknown[]).includes(v),
};
