// An e-mail address or a telephone number to print under the sender. Both may come in one
// message ("aminata@ucad.sn, +221 33 824 69 81"): what fits the other contact field answers it
// too. Optional: "skip", "none" or "no" leaves it out. A field's name typed before it ("电子邮件：",
// "Courriel :", "الهاتف:") is no part of it.
import { STEPS } from '../../../dialogs/steps.js';
import { declinesField } from '../understand/text-answer.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { FlowContext } from '../types.js';
import { withoutLabel } from './text.js';
import type { InputDef } from './types.js';

// A colon ends a label ("Email:ipd@…", "电子邮件：ipd@…"), never begins an address.
const EMAIL_IN = /[^\s@,;:<>()،，；：]+@[^\s@,;:<>()،，；：]+\.[^\s@,;:<>().،，；：。]+/u;
const PHONE_IN = /\+?\d[\d\s().-]{4,}\d/u;

/** The step of the letter's other contact field. */
const stepFor = (field: 'sender.email' | 'sender.phone') => STEPS.find((s) => s.letter === field)?.id;

/** The text without the name of either contact field before it ("电话：+996 …" at the e-mail). */
function withoutLabels(ctx: FlowContext, text: string): string {
  let out = text.trim();
  for (const id of [stepFor('sender.email'), stepFor('sender.phone')])
    if (id) out = withoutLabel(ctx, id, out);
  return out;
}

export const contactInput: InputDef = {
  parse({ ctx, step, state }, { text: typed, value }) {
    const text = withoutLabels(ctx, typed);
    if (
      value === 'skip' ||
      (!value && ((text.length <= 20 && parseYesNo(ctx, text)?.value === 'no') || declinesField(ctx, text)))
    )
      return { ok: true, value: '' };
    const email = EMAIL_IN.exec(text)?.[0];
    const phone = PHONE_IN.exec(text.replace(EMAIL_IN, ' '))?.[0]?.trim();
    const isEmail = step.letter === 'sender.email';
    const otherId = stepFor(isEmail ? 'sender.phone' : 'sender.email');
    const other = isEmail ? phone : email;
    // Only a telephone number where the e-mail is asked (the question invites both): it is the
    // telephone, and the e-mail is left out.
    if (isEmail && !email && phone && otherId && /^[\s+()\d./-]+$/u.test(text.trim()))
      return { ok: true, value: '', patch: { [otherId]: phone } };
    const mine = (isEmail ? email : phone) ?? text;
    const checked = step.text!.safeParse(mine);
    if (!checked.success) {
      // A long sentence with no address in it is not an address, whatever its length.
      const shape = isEmail ? 'email' : 'phone';
      const found = isEmail ? email : phone;
      return { ok: false, hint: `text.${found ? (checked.error.issues[0]?.message ?? 'too-short') : shape}` };
    }
    // An address given with the other field fills this one unless it already holds one (a skip holds none).
    const patch = other && otherId && !state.answers[otherId]?.value ? { [otherId]: other } : undefined;
    return { ok: true, value: checked.data, ...(patch ? { patch } : {}) };
  },
  choices: ({ ctx, lang }) => [{ value: 'skip', label: ctx.t(lang)('common:skip') }],
  display: (_ic, v) => (typeof v === 'string' && v ? v : '—'),
};
