// Lead time rule of the manual, section III(c): a request (other than a WIPO Academy application)
// must reach WIPO at least 5-6 months before the intended start.
import type { LeadTimeRule, RequestKind } from '../knowledge/types.js';
import {
  addMonths,
  compareDates,
  formatIsoDate,
  parseIsoDate,
  wholeMonthsBetween,
  type CalendarDate,
} from './calendar.js';
import type { Result } from './result.js';

export type LeadTimeStatus = 'ok' | 'tight' | 'too-late' | 'academy-deadline';

export interface LeadTimeInput {
  readonly today: string;
  readonly start: string;
  /** How the chosen program is requested; Academy applications follow the Academy's deadlines. */
  readonly request?: RequestKind;
}

export interface LeadTimeVerdict {
  readonly status: LeadTimeStatus;
  readonly monthsAvailable: number;
  /** Latest date for the request to reach WIPO so that the start keeps the full 6 months. */
  readonly submitBy: string;
  /** Earliest start that keeps the full lead time if the request is sent today. */
  readonly earliestStart: string;
  readonly rule: { readonly okMonths: number; readonly tightMonths: number };
}

export type LeadTimeError =
  | { readonly field: 'today' | 'start'; readonly code: 'invalid-date' }
  | { readonly field: 'start'; readonly code: 'start-in-past' };

export function checkLeadTime(
  rule: LeadTimeRule,
  input: LeadTimeInput,
): Result<LeadTimeVerdict, LeadTimeError> {
  const today = parseIsoDate(input.today);
  if (!today) return { ok: false, error: { field: 'today', code: 'invalid-date' } };
  const start = parseIsoDate(input.start);
  if (!start) return { ok: false, error: { field: 'start', code: 'invalid-date' } };
  if (compareDates(start, today) < 0) return { ok: false, error: { field: 'start', code: 'start-in-past' } };
  return { ok: true, value: leadTimeVerdict(rule, today, start, input.request) };
}

export function leadTimeVerdict(
  rule: LeadTimeRule,
  today: CalendarDate,
  start: CalendarDate,
  request?: RequestKind,
): LeadTimeVerdict {
  const monthsAvailable = wholeMonthsBetween(today, start);
  const status: LeadTimeStatus =
    request === 'academy-application'
      ? 'academy-deadline'
      : monthsAvailable >= rule.okMonths
        ? 'ok'
        : monthsAvailable >= rule.tightMonths
          ? 'tight'
          : 'too-late';
  return {
    status,
    monthsAvailable,
    submitBy: formatIsoDate(addMonths(start, -rule.okMonths)),
    earliestStart: formatIsoDate(addMonths(today, rule.okMonths)),
    rule: { okMonths: rule.okMonths, tightMonths: rule.tightMonths },
  };
}
