// "Why so early?", "how long does it take?": the lead-time rule of knowledge/lead-time.json and
// the domain's verdict for the start already given; what the manual does not say, said plainly.
import { checkLeadTime } from '../../domain/lead-time.js';
import { describeLeadTime, earliestMonth } from '../../present/lead-time.js';
import { formatMonth } from '../../present/format.js';
import { stepsFor } from '../navigation.js';
import { MANUAL, citeIn, countryOf, programOf, routeOf, unit, type AnswerInput } from './facts.js';
import { remainingSteps } from './next.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function leadTimeAnswer(a: AnswerInput): string[] {
  const rule = a.ctx.knowledge.leadTime;
  const p = programOf(a);
  const source = citeIn(a, rule.source);
  const ruleText = a.t('questions:answer.lead-time.rule', {
    tight: rule.tightMonths,
    ok: rule.okMonths,
    cite: source,
  });
  const academy = a.t('questions:answer.lead-time.academy', { cite: source });
  if (p?.request === 'academy-application') return [academy, ruleText];
  const out = [ruleText, academy];
  const start = str(a.values.start);
  const verdict = checkLeadTime(rule, {
    today: a.ctx.today,
    start: start ?? a.ctx.today,
    request: p?.request,
  });
  if (!verdict.ok) return out;
  if (start) out.push(describeLeadTime(verdict.value, start, a.lang, a.t, undefined, true));
  else
    out.push(
      a.t('questions:answer.lead-time.today', {
        earliest: formatMonth(earliestMonth(verdict.value).start, a.lang),
      }),
    );
  return out;
}

export function durationAnswer(a: AnswerInput): string[] {
  const rule = a.ctx.knowledge.leadTime;
  const p = programOf(a);
  const out = [
    a.t('questions:answer.duration.none'),
    a.t('questions:answer.duration.lead', {
      tight: rule.tightMonths,
      ok: rule.okMonths,
      cite: citeIn(a, rule.source),
    }),
  ];
  out.push(
    p?.request === 'academy-application'
      ? a.t('questions:answer.duration.academy')
      : a.t('questions:answer.duration.activity', { cite: citeIn(a, MANUAL.request) }),
  );
  const goal = a.state.goal;
  if (goal && stepsFor(a.ctx, a.state, goal).length) {
    out.push(
      a.t('questions:answer.duration.left', { n: remainingSteps(a).length + (a.state.pending ? 1 : 0) }),
    );
  }
  return out;
}

/**
 * "Can it be sped up?", "what if it is very urgent?": the manual has no fast track; the unit that
 * handles the country (the regional bureau for most) advises on urgent cases.
 */
export function urgentAnswer(a: AnswerInput): string[] {
  const rule = a.ctx.knowledge.leadTime;
  const p = programOf(a);
  const source = citeIn(a, rule.source);
  if (p?.request === 'academy-application') return [a.t('questions:answer.duration.academy')];
  const out = [
    a.t('questions:answer.urgent.rule', { tight: rule.tightMonths, ok: rule.okMonths, cite: source }),
  ];
  const c = countryOf(a);
  const r = c ? routeOf(a, c, p) : undefined;
  if (r) {
    const { view } = unit(a, r.primary);
    out.push(a.t('questions:answer.urgent.unit', { unit: view.name, title: view.contactTitle }));
  } else out.push(a.t('questions:answer.urgent.general'));
  return out;
}
