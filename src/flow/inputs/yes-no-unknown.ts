// A yes / no / "I don't know" question (the approval criteria, part of a plan).
import { matchAnswerWord } from './vocabulary.js';
import type { InputDef } from './types.js';

const ANSWERS = ['yes', 'no', 'unknown'] as const;

export const yesNoUnknownInput: InputDef = {
  parse({ ctx }, { text, value }) {
    const v = value ?? matchAnswerWord(ctx, text);
    return v === 'yes' || v === 'no' || v === 'unknown'
      ? { ok: true, value: v }
      : { ok: false, hint: 'yes-no' };
  },
  choices: ({ ctx, lang }) => ANSWERS.map((v) => ({ value: v, label: ctx.t(lang)(`common:answer.${v}`) })),
  display: ({ ctx, lang }, v) => (typeof v === 'string' ? ctx.t(lang)(`common:answer.${v}`) : ''),
  accepts: (_ic, v) => (ANSWERS as readonly unknown[]).includes(v),
};
