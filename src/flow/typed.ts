// What a typed message at a pending question is, when it is not simply the answer: a question to
// answer in place (the pending question is then asked again, unchanged), a correction of an
// earlier answer (applied, then back to where the user was), or "no, not that one" after a
// program was offered (the next matches instead).
import { STEP_BY_ID, type StepDef } from '../../dialogs/steps.js';
import { answerQuestion } from './answers/answer-question.js';
import { rejectedFor } from './choices.js';
import { INPUTS } from './inputs/index.js';
import { runAfter } from './after.js';
import { advance, questionReply, storeAnswer } from './progress.js';
import { finish, langOf, say, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext } from './types.js';
import { isExplicitRejection, isRejection } from './understand/choice.js';
import { detectCorrection, type Correction } from './understand/correction.js';
import { detectQuestion, readsAsQuestion, type Question } from './understand/question.js';
import { answerValues, str } from './values.js';

/** Before the answer is read: things a free-text answer must never swallow. */
export function beforeAnswer(
  ctx: FlowContext,
  t: Turn,
  pending: StepDef,
  text: string,
): InnerResult | undefined {
  // At a yes/no question a bare "no" (or "пока нет") answers it: only "not that one" turns the
  // program just chosen down.
  const rejects = pending.input === 'yes-no-unknown' ? isExplicitRejection : isRejection;
  if (rejectsProgram(t, pending) && rejects(ctx, text)) return rejectProgram(ctx, t);
  const correction = correctionOf(ctx, t, pending, text);
  if (correction) return applyCorrection(ctx, t, correction);
  // At a free-text step only a question about something known is taken for one: "We want X. Is
  // that possible?" may well be the purpose. The program list takes free text too (a new
  // description), so "what does the LDC Division do?" there is a question, not a new search.
  const q = detectQuestion(ctx, text);
  if (pending.input === 'text' || pending.input === 'need' || pending.input === 'program') {
    if (q && q.topic !== 'other') return answerInPlace(ctx, t, pending, q);
    // At the program list a question we cannot answer is said so, the list kept: only a
    // description of a need is a new search.
    if (q && pending.input === 'program' && readsAsQuestion(ctx, text))
      return answerInPlace(ctx, t, pending, q);
  }
  // "Is Afghanistan an LDC?" at the country step asks about the category, and names no answer.
  if (q?.topic === 'ldc') return answerInPlace(ctx, t, pending, q);
  return undefined;
}

/** After the answer was not understood: a question, of any topic, gets an answer in place. */
export function insteadOfAnswer(
  ctx: FlowContext,
  t: Turn,
  pending: StepDef,
  text: string,
): InnerResult | undefined {
  const q = detectQuestion(ctx, text);
  return q ? answerInPlace(ctx, t, pending, q) : undefined;
}

function answerInPlace(ctx: FlowContext, t: Turn, pending: StepDef, q: Question): InnerResult {
  const lang = langOf(t);
  t.replies.push(answerQuestion(ctx, t.state, q, lang));
  t.replies.push(questionReply(ctx, t.state, pending, lang));
  return finish(t);
}

/** The user just saw a program (its card, or the list) and may turn it down. */
function rejectsProgram(t: Turn, pending: StepDef): boolean {
  return pending.id === 'program' || (t.state.history.at(-1) === 'program' && pending.input !== 'text');
}

function rejectProgram(ctx: FlowContext, t: Turn): InnerResult {
  const values = answerValues(t.state);
  const need = str(values.need);
  const tr = ctx.t(langOf(t));
  if (!need) return advance(ctx, t);
  const chosen = str(values.program);
  const shown = chosen ? [chosen] : (t.state.offered ?? []).filter((v) => ctx.knowledge.programById.has(v));
  const ids = [...new Set([...rejectedFor(t.state, values), ...shown])];
  const answers = { ...t.state.answers };
  delete answers.program;
  t.state = {
    ...t.state,
    answers,
    history: t.state.history.filter((h) => h !== 'program'),
    rejectedPrograms: { need, ids },
    pending: undefined,
  };
  const result = advance(ctx, t);
  // No other match for that description: say so, and ask for the need again (or browse).
  if (t.state.pending?.stepId === 'program' && INPUTS.program.choices(icFor(ctx, t, 'program')).length <= 1) {
    t.replies.length = 0;
    const without = { ...t.state.answers };
    delete without.need;
    t.state = { ...t.state, answers: without, history: t.state.history.filter((h) => h !== 'need') };
    say(t, tr('flow:program.no-other'));
    return advance(ctx, t);
  }
  t.replies.unshift({ text: tr('flow:program.other-matches'), dir: t.replies[0]?.dir ?? 'ltr' });
  return result;
}

const icFor = (ctx: FlowContext, t: Turn, id: string) => ({
  ctx,
  state: t.state,
  step: STEP_BY_ID.get(id)!,
  lang: langOf(t),
  values: answerValues(t.state),
});

/** A correction of an answer given earlier (never of the question being asked). */
function correctionOf(ctx: FlowContext, t: Turn, pending: StepDef, text: string): Correction | undefined {
  const answered = t.state.history.filter((id) => id !== pending.id);
  const c = answered.length
    ? detectCorrection(ctx, text, answered, { atReview: pending.input === 'review' })
    : undefined;
  return c && STEP_BY_ID.has(c.stepId) && c.stepId !== pending.id ? c : undefined;
}

function applyCorrection(ctx: FlowContext, t: Turn, c: Correction): InnerResult {
  const step = STEP_BY_ID.get(c.stepId)!;
  const tr = ctx.t(langOf(t));
  if (c.value) {
    const ic = icFor(ctx, t, step.id);
    const parsed = INPUTS[step.input].parse(
      { ...ic, state: { ...t.state, scratch: undefined } },
      { text: c.value },
    );
    if (parsed.ok === true) {
      storeAnswer(ctx, t, step, parsed.value, parsed.patch, parsed.note);
      const shown = INPUTS[step.input].display(icFor(ctx, t, step.id), parsed.value);
      say(t, tr('flow:stale.changed', { field: tr(`flow:label.${step.id}`), value: shown }));
      // What the bot says after that answer (the lead time of a new start…) holds for a change too.
      runAfter(ctx, t, step);
      return advance(ctx, t);
    }
    if (parsed.ok === 'ask') {
      // "Actually we are in Kenya": read back like any typed country.
      t.state = {
        ...t.state,
        pending: { stepId: step.id, failures: 0 },
        editing: step.id,
        scratch: parsed.scratch,
      };
      t.replies.push(...parsed.replies);
      return finish(t);
    }
  }
  // "Change the period": ask that question again; the interview comes back here after it.
  t.state = { ...t.state, editing: step.id, pending: undefined, scratch: undefined };
  return advance(ctx, t);
}
