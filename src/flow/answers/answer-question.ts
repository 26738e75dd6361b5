// Answers a question typed mid-interview from the knowledge and the domain rules, citing the
// manual; the engine then asks its pending question again, unchanged.
import type { Lang } from '../../knowledge/types.js';
import { textDirection } from '../../knowledge/schema.js';
import type { ConversationState, FlowContext, Reply } from '../types.js';
import type { Question, QuestionTopic } from '../understand/question.js';
import { eligibilityAnswer } from './eligibility.js';
import { ldcAnswer } from './ldc.js';
import { answerInput, programOf, type AnswerInput } from './facts.js';
import { nextAnswer } from './next.js';
import { countryPlanAnswer, criteriaAnswer, noteVerbaleAnswer, requestLetterAnswer } from './process.js';
import { costAnswer, programAnswer } from './program.js';
import { durationAnswer, leadTimeAnswer, urgentAnswer } from './timing.js';
import { contactAnswer, unitAnswer } from './units.js';

const ANSWERS: Record<QuestionTopic, (a: AnswerInput) => string[]> = {
  eligibility: eligibilityAnswer,
  ldc: ldcAnswer,
  urgent: urgentAnswer,
  'request-letter': requestLetterAnswer,
  unit: unitAnswer,
  contact: contactAnswer,
  'lead-time': leadTimeAnswer,
  duration: durationAnswer,
  'note-verbale': noteVerbaleAnswer,
  'country-plan': countryPlanAnswer,
  criteria: criteriaAnswer,
  next: nextAnswer,
  cost: (a) => costAnswer(a),
  program: programAnswer,
  // "Why do you need to know this?": what the pending question is for (its "Why?" text).
  'why-asked': (a) => {
    const step = a.state.pending?.stepId;
    return [a.t(step && a.state.goal ? `flow:why.${step}` : 'questions:answer.other')];
  },
  other: (a) => [a.t('questions:answer.other')],
};

export function answerQuestion(ctx: FlowContext, state: ConversationState, q: Question, lang: Lang): Reply {
  const a = answerInput(ctx, state, q, lang);
  const parts = ANSWERS[q.topic](a);
  // "Can Haiti get this for free?": the eligibility, then in a sentence or two what it costs.
  if (q.also?.includes('cost') && q.topic !== 'cost') parts.push(...costAnswer(a, true));
  // "Who decides? And how long does it take?": each question of the message answered in turn.
  for (const topic of q.more ?? []) parts.push(...ANSWERS[topic](a));
  const p = programOf(a);
  const link = q.topic === 'program' && p ? { links: [{ label: a.t('flow:program.link'), url: p.url }] } : {};
  return { text: joinParts(parts.filter(Boolean), lang), dir: textDirection(lang), ...link };
}

/** Sentences run on (Chinese without a space); a list (several lines) stands in its own paragraph. */
function joinParts(parts: readonly string[], lang: Lang): string {
  const sep = lang === 'zh' ? '' : ' ';
  return parts.reduce((text, part, i) => {
    if (i === 0) return part;
    const apart = part.includes('\n') || parts[i - 1]!.includes('\n');
    return `${text}${apart ? '\n\n' : sep}${part}`;
  }, '');
}
