// How requests work: what a note verbale is, what a Country Plan is, and the approval criteria
// of knowledge/criteria.json (with the verdict on the user's own answers when there are some).
import { assess, type EligibilityAnswers } from '../../domain/eligibility.js';
import { describeAssessment } from '../../present/assessment.js';
import {
  MANUAL,
  academyUrl,
  addressOf,
  citeIn,
  countryOf,
  programOf,
  unit,
  type AnswerInput,
} from './facts.js';
import { countryName } from '../../present/format.js';
import { noLetterAnswer } from './units.js';

export function noteVerbaleAnswer(a: AnswerInput): string[] {
  const dg = a.ctx.knowledge.unitById.get('director-general')!;
  return [
    a.t('questions:answer.note-verbale.what'),
    a.t('questions:answer.note-verbale.who', { cite: citeIn(a, dg.source) }),
    a.t('questions:answer.note-verbale.manual'),
  ];
}

export function countryPlanAnswer(a: AnswerInput): string[] {
  const out = [
    a.t('questions:answer.country-plan.what', { cite: citeIn(a, MANUAL.countryPlan) }),
    a.t('questions:answer.country-plan.who', {
      cite: citeIn(a, MANUAL.countryPlanProcess),
      cite2: citeIn(a, MANUAL.template),
    }),
  ];
  const c = countryOf(a);
  // Country Plans are led by the bureau or the transition department, never the LDC Division.
  if (c && c.group !== 'developed')
    out.push(
      a.t('questions:answer.country-plan.yours', {
        country: countryName(c.code, a.lang),
        unit: unit(a, c.unit).view.name,
      }),
    );
  const criterion = a.ctx.knowledge.criterionById.get('part-of-plan');
  if (criterion)
    out.push(a.t('questions:answer.country-plan.criterion', { cite: citeIn(a, criterion.source) }));
  return out;
}

const ASSESSED = ['formalRequest', 'partOfPlan', 'nationalNeeds', 'readiness'] as const;

export function criteriaAnswer(a: AnswerInput): string[] {
  const criteria = a.ctx.knowledge.criteria;
  const sources = criteria.map((c) => c.source);
  const line = (c: (typeof criteria)[number], n: number) =>
    a.t('questions:answer.criteria.line', { n, wording: a.t(`criteria:${c.wordingKey}`) });
  const main = criteria.filter((c) => c.kind === 'main');
  const additional = criteria.filter((c) => c.kind === 'additional');
  const list = [
    a.t('questions:answer.criteria.main', { cite: citeIn(a, sources) }),
    ...main.map((c, i) => line(c, i + 1)),
    a.t('questions:answer.criteria.additional'),
    ...additional.map((c, i) => line(c, main.length + i + 1)),
  ].join('\n');
  const out = [list, a.t('questions:answer.criteria.consult', { cite: citeIn(a, sources) })];
  const answers: EligibilityAnswers = {};
  for (const key of ASSESSED) {
    const v = a.values[key];
    if (v === 'yes' || v === 'no' || v === 'unknown') answers[key] = v;
  }
  if (Object.keys(answers).length) {
    const view = describeAssessment(assess(a.ctx.knowledge, answers), a.t);
    out.push(a.t('questions:answer.criteria.yours', { summary: view.summary }));
  }
  return out;
}

/**
 * "Do I need a letter?", "why does WIPO need a formal request?": none for an Academy course or an
 * open resource; otherwise the formal request is WIPO's first approval criterion.
 */
export function requestLetterAnswer(a: AnswerInput): string[] {
  const p = programOf(a);
  const dg = a.ctx.knowledge.unitById.get('director-general')!;
  // A question about the Academy in general is answered as such, unless the program is a course.
  const noLetter = p?.request === 'academy-application' || !a.q.academy ? noLetterAnswer(a, p) : undefined;
  if (noLetter) return noLetter;
  if (a.q.academy)
    return [
      a.t('questions:answer.request-letter.academy-only', { url: academyUrl(a), cite: citeIn(a, dg.source) }),
    ];
  const criterion = a.ctx.knowledge.criterionById.get('formal-request');
  return [
    a.t('questions:answer.request-letter.why', { cite: citeIn(a, criterion?.source ?? MANUAL.request) }),
    a.t('questions:answer.request-letter.how', {
      address: addressOf(a, 'director-general'),
      cite: citeIn(a, dg.source),
    }),
    a.t('questions:answer.request-letter.academy'),
  ];
}
