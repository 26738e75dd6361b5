// An e-mail address or a telephone number to print under the sender. Both may come in one
// message ("aminata@ucad.sn, +221 33 824 69 81"): what fits the other contact field answers it
// too. Optional: "skip", "none" or "no" leaves it out.
import { STEPS } from '../../../dialogs/steps.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { InputDef } from './types.js';

const EMAIL_IN = /[^\s@,;<>()،，；]+@[^\s@,;<>()،，；]+\.[^\s@,;<>().،，；。]+/u;
const PHONE_IN = /\+?\d[\d\s().-]{4,}\d/u;

/** The step of the letter's other contact field. */
const stepFor = (field: 'sender.email' | 'sender.phone') => STEPS.find((s) => s.letter === field)?.id;

export const contactInput: InputDef = {
  parse({ ctx, step, state }, { text, value }) {
    if (value === 'skip' || (!value && text.length <= 20 && parseYesNo(ctx, text)?.value === 'no'))
      return { ok: true, value: '' };
    const email = EMAIL_IN.exec(text)?.[0];
    const phone = PHONE_IN.exec(text.replace(EMAIL_IN, ' '))?.[0]?.trim();
    const isEmail = step.letter === 'sender.email';
    const mine = (isEmail ? email : phone) ?? text;
    const checked = step.text!.safeParse(mine);
    if (!checked.success)
      return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
    const otherId = stepFor(isEmail ? 'sender.phone' : 'sender.email');
    const other = isEmail ? phone : email;
    // An address given with the other field fills this one unless it already holds one (a skip holds none).
    const patch = other && otherId && !state.answers[otherId]?.value ? { [otherId]: other } : undefined;
    return { ok: true, value: checked.data, ...(patch ? { patch } : {}) };
  },
  choices: ({ ctx, lang }) => [{ value: 'skip', label: ctx.t(lang)('common:skip') }],
  display: (_ic, v) => (typeof v === 'string' && v ? v : '—'),
};
