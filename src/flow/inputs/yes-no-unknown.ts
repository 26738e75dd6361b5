// A yes / no / "I don't know" question (the approval criteria, part of a plan), answered in the
// user's own words: "no, not yet — that's why I'm here", "yes, we have a room and 3 librarians"
// (what follows the answer is kept as a note). "No, but it is in our national strategy" names
// what a yes would have named (the question asked only after a yes reads it): the user is asked.
// Asked whether something is already done, "yes, we will send it next week" is a no, said back;
// where the step names its verbs (`doneVerbs`), "we will send it next week" without a yes is too,
// and "we sent it in March" is a yes.
import { STEPS, type StepDef } from '../../../dialogs/steps.js';
import { textDirection } from '../../knowledge/schema.js';
import type { Reply } from '../types.js';
import { firstTense, negated, speaksOfFuture } from '../understand/future-yes.js';
import { sanitize, trimPunctuation } from '../understand/text.js';
import { afterContrast, isQuestion, parseYesNo } from '../understand/yes-no.js';
import { choiceInput } from './choice.js';
import type { InputContext, InputDef, Parsed } from './types.js';

const ANSWERS = ['yes', 'no', 'unknown'] as const;

/** What a "no, but …" named, held while the user is asked whether it answers yes. */
interface Named {
  readonly step: string;
  readonly value: string;
  readonly note: string;
}

/** The choice asked only when this question is answered yes ("which plan?"). */
const askedAfterYes = (step: StepDef) =>
  STEPS.find((s) => s.input === 'choice' && (s.when as readonly string[] | undefined)?.includes(step.id));

function namedAfterBut(ic: InputContext, note: string): (Named & { label: string }) | undefined {
  const part = afterContrast(ic.ctx, note);
  const step = askedAfterYes(ic.step);
  if (!part || !step) return undefined;
  const sic = { ...ic, step };
  const parsed = choiceInput.parse(sic, { text: part });
  if (parsed.ok !== true || typeof parsed.value !== 'string') return undefined;
  return { step: step.id, value: parsed.value, note, label: choiceInput.display(sic, parsed.value) };
}

function heldOf(ic: InputContext): Named | undefined {
  const held = ic.state.scratch?.named as Named | undefined;
  return held && typeof held.step === 'string' && typeof held.note === 'string' ? held : undefined;
}

const saidNotYet = (ic: InputContext): Reply => ({
  text: ic.ctx.t(ic.lang)(`flow:yesNo.not-yet.${ic.step.id}`),
  dir: textDirection(ic.lang),
});

/**
 * "We will send it next week" (a no, said back) or "we sent it in March" (a yes), with neither yes
 * nor no, at a step that names the verbs of what it asks about; a question or a negation ("it has
 * not been sent") is left alone.
 */
function statedDone(ic: InputContext, text: string | undefined): Parsed | undefined {
  const verbs = ic.step.askedDone ? ic.step.doneVerbs : undefined;
  const typed = sanitize(text);
  const note = trimPunctuation(typed);
  if (!verbs || !note || isQuestion(ic.ctx, typed) || negated(ic.ctx, note)) return undefined;
  const tense = firstTense(ic.ctx, note, verbs);
  if (tense === 'future') return { ok: true, value: 'no', note, replies: [saidNotYet(ic)] };
  if (tense === 'done') return { ok: true, value: 'yes', note };
  return undefined;
}

export const yesNoUnknownInput: InputDef = {
  parse(ic, { text, value }) {
    const { ctx, lang } = ic;
    const held = heldOf(ic);
    const a = value === undefined ? parseYesNo(ctx, text) : undefined;
    if (held) {
      const v = value ?? a?.value;
      if (v === 'yes') return { ok: true, value: v, patch: { [held.step]: held.value }, note: held.note };
      if (v === 'no' || v === 'unknown') return { ok: true, value: v, note: held.note };
    }
    if (value !== undefined)
      return (ANSWERS as readonly string[]).includes(value)
        ? { ok: true, value }
        : { ok: false, hint: 'yes-no' };
    if (!a) return statedDone(ic, text) ?? { ok: false, hint: 'yes-no' };
    const named = a.value !== 'yes' && a.note ? namedAfterBut(ic, a.note) : undefined;
    if (named) {
      const tr = ctx.t(lang);
      const reply: Reply = {
        text: tr('flow:yesNo.but-named', { named: named.label }),
        choices: ANSWERS.map((v) => ({ value: v, label: tr(`common:answer.${v}`) })),
        step: ic.step.id,
        dir: textDirection(lang),
      };
      const { label: _label, ...kept } = named;
      return { ok: 'ask', replies: [reply], scratch: { named: kept } };
    }
    if (a.value === 'yes' && a.note && ic.step.askedDone && speaksOfFuture(ctx, a.note, ic.step.doneVerbs))
      return { ok: true, value: 'no', note: a.note, replies: [saidNotYet(ic)] };
    return { ok: true, value: a.value, ...(a.note ? { note: a.note } : {}) };
  },
  choices: ({ ctx, lang }) => ANSWERS.map((v) => ({ value: v, label: ctx.t(lang)(`common:answer.${v}`) })),
  display: ({ ctx, lang }, v) => (typeof v === 'string' ? ctx.t(lang)(`common:answer.${v}`) : ''),
  accepts: (_ic, v) => (ANSWERS as readonly unknown[]).includes(v),
};
