// The need, described in the user's words (searched by the finder), or "browse the areas".
import { programChoices } from '../choices.js';
import type { InputDef } from './types.js';
import { withoutGreeting } from '../understand/greeting.js';

export const needInput: InputDef = {
  numberIsAnswer: () => true,
  parse({ ctx, step, values, lang }, { text, value }) {
    if (value === 'browse') return { ok: true, value: 'browse' };
    // "Bonjour, nous avons besoin de …": the letter states the need, not the greeting.
    const checked = step.text!.safeParse(withoutGreeting(ctx, text));
    if (!checked.success)
      return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
    // The same search the program question will show, so a need that passes always has choices.
    return programChoices(ctx, { ...values, need: checked.data }, lang).length
      ? { ok: true, value: checked.data }
      : { ok: false, hint: 'no-match' };
  },
  choices: ({ ctx, lang }) => [{ value: 'browse', label: ctx.t(lang)('flow:need.browse') }],
  display: ({ ctx, lang }, v) =>
    v === 'browse' ? ctx.t(lang)('flow:need.browse') : typeof v === 'string' ? v : '',
};
