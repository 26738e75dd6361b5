// A question answered by one of a list of choices (requester, area, plan kind, letter type and
// language, what to do about a late start): by button, number, ordinal, label or synonym.
import { choicesFor, choiceAnswer } from '../choices.js';
import { matchChoice } from '../understand/choice-words.js';
import type { InputContext, InputDef } from './types.js';

const choices = ({ step, ctx, values, lang }: InputContext) =>
  step.choices ? choicesFor(step.choices, ctx, values, lang) : [];

export const choiceInput: InputDef = {
  parse(ic, { text, value }) {
    const c = matchChoice(choices(ic), text, value);
    if (!c) return { ok: false, hint: 'choice' };
    return { ok: true, ...choiceAnswer(ic.step.choices, c.value) };
  },
  choices,
  display: (ic, v) => (typeof v === 'string' ? (choices(ic).find((c) => c.value === v)?.label ?? v) : ''),
  accepts: (ic, v) => choices(ic).some((c) => c.value === v),
};
