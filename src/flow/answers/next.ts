// "What happens next?": the steps the task still needs as things stand (dialogs/steps.ts through
// the navigation rules), what the bot does at the end, and what WIPO does once it has the request.
import type { StepDef } from '../../../dialogs/steps.js';
import { formatList } from '../../present/format.js';
import { answerIsValid, stepsFor } from '../navigation.js';
import { answerValues } from '../values.js';
import { labelOf } from '../understand/correction.js';
import { citeIn, type AnswerInput } from './facts.js';

/** How many upcoming questions are named before "(questions left: n)". */
const NAMED = 3;

/** The questions still to come after the pending one, in interview order (the review screen excluded). */
export function remainingSteps(a: AnswerInput): StepDef[] {
  const goal = a.state.goal;
  if (!goal) return [];
  const values = answerValues(a.state);
  return stepsFor(a.ctx, a.state, goal).filter(
    (s) =>
      s.input !== 'review' &&
      s.id !== a.state.pending?.stepId &&
      (a.state.editing === s.id || !answerIsValid(s, a.ctx, a.state, values)),
  );
}

/** A step's review label, or its name among the steps that have none; its id as a last resort. */
export function stepName(a: AnswerInput, id: string): string {
  const names = a.t('questions:steps', { returnObjects: true }) as unknown;
  const name = names && typeof names === 'object' ? (names as Record<string, unknown>)[id] : undefined;
  return labelOf(a.ctx, a.lang, id) ?? (typeof name === 'string' ? name : id);
}

export function nextAnswer(a: AnswerInput): string[] {
  const goal = a.state.goal;
  if (!goal) return [a.t('questions:answer.next.menu')];
  const rest = remainingSteps(a);
  const out: string[] = [];
  if (rest.length)
    out.push(
      a.t('questions:answer.next.steps', {
        list: formatList(
          rest.slice(0, NAMED).map((s) => stepName(a, s.id)),
          a.lang,
        ),
        n: rest.length,
      }),
    );
  out.push(a.t(`questions:answer.next.${goal}`));
  if (goal === 'check' || goal === 'letter') {
    out.push(
      a.t('questions:answer.next.after', { cite: citeIn(a, a.ctx.knowledge.criteria[0]?.source ?? '') }),
    );
  }
  return out;
}
