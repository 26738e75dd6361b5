// An answer typed where a confirmation was asked: "Senegal — is that right?" answered with "we are
// the IP office". The first answer is taken and what was typed answers the next question; when
// that question cannot take it either, neither is taken and the confirmation is asked again (a
// question typed there is answered first).
import { STEP_BY_ID, type StepDef } from '../../dialogs/steps.js';
import { answerQuestion } from './answers/answer-question.js';
import { runAfter } from './after.js';
import { failed, MAX_FAILURES } from './handoff.js';
import { INPUTS } from './inputs/index.js';
import type { Parsed } from './inputs/types.js';
import { nextStep } from './navigation.js';
import { advance, storeAnswer } from './progress.js';
import { finish, langOf, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext } from './types.js';
import { detectQuestion } from './understand/question.js';
import { answerValues } from './values.js';

type Taken = Extract<Parsed, { ok: true }>;

export function takeWithNext(ctx: FlowContext, t: Turn, step: StepDef, parsed: Taken): InnerResult {
  const then = parsed.then!;
  const saved = { state: t.state, replies: t.replies.length };
  storeAnswer(ctx, t, step, parsed.value, parsed.patch, parsed.note);
  t.replies.push(...(parsed.replies ?? []));
  runAfter(ctx, t, step);
  const took = answerNext(ctx, t, then.text);
  if (took === 'asked') return finish(t);
  if (took || !then.orElse) return advance(ctx, t);
  t.state = { ...saved.state, scratch: then.orElse.scratch };
  t.replies.length = saved.replies;
  const q = detectQuestion(ctx, then.text);
  if (q) t.replies.push(answerQuestion(ctx, t.state, q, langOf(t)));
  else {
    // Not understood: it counts as a failure, and the third brings a person to write to.
    const failures = (t.state.pending?.failures ?? 0) + 1;
    if (failures >= MAX_FAILURES) return failed(ctx, t, step, step.input);
    t.state = { ...t.state, pending: { stepId: step.id, failures } };
  }
  t.replies.push(...then.orElse.replies);
  return finish(t);
}

/** `text` as the answer to the question that comes next: taken, asked about (a read-back), or not. */
function answerNext(ctx: FlowContext, t: Turn, text: string): boolean | 'asked' {
  const next = t.state.goal ? nextStep(ctx, t.state, t.state.goal) : undefined;
  if (!next || next.input === 'review' || next.prefill || !STEP_BY_ID.has(next.id)) return false;
  // "What is IPAS?" answers nothing.
  if (detectQuestion(ctx, text)) return false;
  const ic = { ctx, state: t.state, step: next, lang: langOf(t), values: answerValues(t.state) };
  const parsed = INPUTS[next.input].parse(ic, { text });
  if (parsed.ok === 'ask') {
    t.state = { ...t.state, pending: { stepId: next.id, failures: 0 }, scratch: parsed.scratch };
    t.replies.push(...parsed.replies);
    return 'asked';
  }
  if (parsed.ok !== true) return false;
  storeAnswer(ctx, t, next, parsed.value, parsed.patch, parsed.note);
  t.replies.push(...(parsed.replies ?? []));
  runAfter(ctx, t, next);
  return true;
}
