// The review screen's answer: "Draft the letter" (or a yes), or a line to change.
import { STEP_BY_ID } from '../../../dialogs/steps.js';
import { lineNamed, reviewReply } from '../review.js';
import { isHedge, isHedgedYes, withoutHedges } from '../understand/hedge.js';
import { readsAsQuestion } from '../understand/question.js';
import { isConfirmation } from '../understand/text-answer.js';
import { amendmentAfterYes, parseYesNo } from '../understand/yes-no.js';
import { namedTask, saysPhrase } from './vocabulary.js';
import type { InputDef } from './types.js';

export const reviewInput: InputDef = {
  parse({ ctx, state, lang }, { text, value }) {
    // "Yes, but I need to check first": nothing drafted or changed; the answers are kept.
    // "I need to check first", "je dois vérifier": the same with no yes; "I want to check
    // eligibility" still names that task, and "do I need to ask the ministry?" is a question.
    if (
      !value &&
      (isHedgedYes(ctx, text, state.history) ||
        (isHedge(ctx, text) && !readsAsQuestion(ctx, text) && !namedTask(ctx, withoutHedges(ctx, text))))
    ) {
      const review = reviewReply(ctx, state, lang);
      return { ok: 'ask', replies: [{ text: ctx.t(lang)('flow:review.hedge'), dir: review.dir }, review] };
    }
    // "Yes", "todo está bien", or "redacte la carta" — which names the letter but asks for it,
    // rather than to change its type — is the Draft button typed.
    // "Yes, but …" asks for a change, not for the letter: never drafted.
    const amended = value ? undefined : amendmentAfterYes(ctx, text);
    if (amended && !isConfirmation(ctx, amended)) return { ok: false, hint: 'review' };
    const answer = value ? undefined : parseYesNo(ctx, text)?.value;
    if (
      value === 'draft' ||
      answer === 'yes' ||
      (!value && answer !== 'no' && saysPhrase(ctx, 'review', 'draft', text))
    )
      return { ok: true, value: 'confirmed' };
    const edit = value?.startsWith('edit:')
      ? value.slice(5)
      : value
        ? undefined
        : lineNamed(ctx, state, lang, text)?.id;
    if (edit && STEP_BY_ID.has(edit)) return { ok: 'edit', stepId: edit };
    return { ok: false, hint: 'review' };
  },
  choices: () => [],
  display: () => '',
};
