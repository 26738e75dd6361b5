// A free-text field of the letter, checked by the step's validator (length, no control
// characters). For names, titles and institutions the conversational lead-in is dropped
// ("The signatory is Prof. Y" -> "Prof. Y"); in every field the field's own name typed before the
// value ("Référence : X"), a remark ("as I said above") and a leading yes are dropped too.
import { fieldPhrases } from '../understand/correction.js';
import { longestAt, words } from '../understand/phrases.js';
import {
  TEXT_FIELDS,
  cleanTextAnswer,
  declinesField,
  isConfirmation,
  nameAndTitle,
  withoutAsides,
  withoutFullStop,
  type TextField,
} from '../understand/text-answer.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { FlowContext } from '../types.js';
import type { InputDef } from './types.js';

const isTextField = (id: string): id is TextField => (TEXT_FIELDS as readonly string[]).includes(id);

/** "Référence : X", "文号：X", "رقم الإشارة: X": the value without the field's name and its colon. */
export function withoutLabel(ctx: FlowContext, stepId: string, text: string): string {
  const ws = words(text);
  const m = longestAt(fieldPhrases(ctx, stepId), ws, 0);
  const next = m && ws[m.end];
  if (!m || !next) return text;
  const from = ws[m.end - 1]!.end;
  // The value may open with a sign no word holds ("Tel: +996 …", "电话：(312) …"); a hyphen with
  // no space before it is the value's own ("REF-2026-3").
  const label = /^[\s.]*(?:[:：=—–]|\s-)[\s"'«“„]*(?=[+(]?$)/u.exec(text.slice(from, next.start));
  return label ? text.slice(from + label[0].length).trim() : text;
}

export const textInput: InputDef = {
  numberIsAnswer: () => true,
  parse({ ctx, step, state }, { text, value }) {
    if (step.optional && value === 'skip') return { ok: true, value: '' };
    if (!value) {
      // "Fine, draft it" to a question asked again: the answer stays as it was, never that text.
      if (isConfirmation(ctx, text)) {
        const kept = state.answers[step.id]?.value;
        return typeof kept === 'string'
          ? { ok: true, value: kept }
          : { ok: false, hint: 'text.confirmation' };
      }
      // "None", "no", "pas de référence pour l'instant" to an optional field leaves it out.
      if (
        step.optional &&
        ((text.length <= 20 && parseYesNo(ctx, text)?.value === 'no') || declinesField(ctx, text))
      )
        return { ok: true, value: '' };
    }
    const typed = withoutLabel(ctx, step.id, withoutAsides(ctx, text));
    const cleaned = isTextField(step.id) ? withoutFullStop(ctx, cleanTextAnswer(ctx, step.id, typed)) : typed;
    // "Asel Bekova, Deputy Minister" typed for the name: the title is the next answer.
    const split = step.id === 'senderName' ? nameAndTitle(ctx, cleaned) : undefined;
    const checked = step.text!.safeParse(split ? split.name : cleaned);
    if (!checked.success)
      return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
    const patch = split && !state.answers.senderTitle?.value ? { senderTitle: split.title } : undefined;
    return { ok: true, value: checked.data, ...(patch ? { patch } : {}) };
  },
  choices: ({ step, ctx, lang }) =>
    step.optional ? [{ value: 'skip', label: ctx.t(lang)('common:skip') }] : [],
  display: (_ic, v) => (typeof v === 'string' && v ? v : '—'),
};
