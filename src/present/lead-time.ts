// Localised lead-time verdict: names the rule, the dates and what to do.
import type { Lang } from '../knowledge/types.js';
import type { LeadTimeVerdict } from '../domain/lead-time.js';
import type { Translate } from './translate.js';
import { formatDate, formatMonth } from './format.js';

export function describeLeadTime(v: LeadTimeVerdict, start: string, lang: Lang, t: Translate): string {
  return t(`leadtime:status.${v.status}`, {
    start: formatMonth(start, lang),
    months: t('leadtime:months', { count: v.monthsAvailable }),
    submitBy: formatDate(v.submitBy, lang),
    earliest: formatMonth(v.earliestStart, lang),
  });
}
