// Localised lead-time verdict: names the rule, the dates and what to do.
import type { Lang } from '../knowledge/types.js';
import type { LeadTimeVerdict } from '../domain/lead-time.js';
import type { Translate } from './translate.js';
import { formatDate, formatMonth } from './format.js';

/** The first month that keeps the full lead time, and the date its request must be sent by. */
export function earliestMonth(v: LeadTimeVerdict): { start: string; submitBy: string } {
  return { start: v.earliestStart, submitBy: v.earliestSubmitBy };
}

/**
 * The time left, never "0 months" and never less than it is: "2 months" when exact; short of the
 * lead time, "less than 2 months" (1 month and 29 days), "less than a month"; enough, "more than 7
 * months".
 */
export function monthsLeft(v: LeadTimeVerdict, t: Translate): string {
  const n = v.monthsAvailable;
  if (n === 0) return t('leadtime:under-a-month');
  if (v.exactMonths) return t('leadtime:months', { count: n });
  return v.status === 'ok'
    ? t('leadtime:over-months', { count: n })
    : t('leadtime:under-months', { count: n + 1 });
}

/**
 * The verdict in words. Too late: the realistic start, and who can advise on an urgent case — the
 * unit the requester is routed to when `unit` (its name) is known, else the unit serving their country.
 */
export function describeLeadTime(
  v: LeadTimeVerdict,
  start: string,
  lang: Lang,
  t: Translate,
  unit?: string,
  /** The 5–6 month rule was said just before (the "why" answer): the verdict alone, not the rule again. */
  ruleSaid = false,
): string {
  const earliest = earliestMonth(v);
  const short = ruleSaid && v.status !== 'academy-deadline';
  const text = t(`leadtime:${short ? 'verdict' : 'status'}.${v.status}`, {
    start: formatMonth(start, lang),
    months: monthsLeft(v, t),
    // Too late: the dates that matter are those of the realistic start, not of the date asked.
    submitBy: formatDate(v.status === 'too-late' ? earliest.submitBy : v.submitBy, lang),
    earliest: formatMonth(earliest.start, lang),
  });
  if (v.status !== 'too-late') return text;
  // Chinese sentences end in a full-width stop and take no space after it.
  const gap = /[。！？]$/u.test(text) ? '' : ' ';
  return `${text}${gap}${unit ? t('leadtime:urgent', { unit }) : t('leadtime:urgent-any')}`;
}
