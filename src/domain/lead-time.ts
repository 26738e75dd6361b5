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
  /** Whole calendar months from today to the start (1 December is 1 month and 28 days from 3 October). */
  readonly monthsAvailable: number;
  /** Whether the start is exactly `monthsAvailable` months away (no days over). */
  readonly exactMonths: boolean;
  /** Latest date for the request to reach WIPO so that the start keeps the full 6 months. */
  readonly submitBy: string;
  /** The first month whose start keeps the full lead time if the request is sent today (its 1st day). */
  readonly earliestStart: string;
  /** The date the request for `earliestStart` must be sent by (after today). */
  readonly earliestSubmitBy: string;
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

/**
 * Whether a start keeps `months` of lead time: its send-by date (`months` before it) is still
 * ahead. A send-by date of today is already missed — the request must arrive by then, not leave.
 */
export function keepsMonths(today: CalendarDate, start: CalendarDate, months: number): boolean {
  return compareDates(addMonths(start, -months), today) > 0;
}

/** Whether a request sent today is at least `months` ahead of the start (the manual's floor). */
function atLeastMonths(today: CalendarDate, start: CalendarDate, months: number): boolean {
  return compareDates(addMonths(start, -months), today) >= 0;
}

/** The first month whose 1st day keeps the full lead time from `today`. */
export function earliestStartMonth(rule: LeadTimeRule, today: CalendarDate): CalendarDate {
  const d = addMonths(today, rule.okMonths);
  const first = { year: d.year, month: d.month, day: 1 };
  return keepsMonths(today, first, rule.okMonths) ? first : addMonths(first, 1);
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
      : keepsMonths(today, start, rule.okMonths)
        ? 'ok'
        : atLeastMonths(today, start, rule.tightMonths)
          ? 'tight'
          : 'too-late';
  const earliest = earliestStartMonth(rule, today);
  return {
    status,
    monthsAvailable,
    exactMonths: compareDates(addMonths(today, monthsAvailable), start) === 0,
    submitBy: formatIsoDate(addMonths(start, -rule.okMonths)),
    earliestStart: formatIsoDate(earliest),
    earliestSubmitBy: formatIsoDate(addMonths(earliest, -rule.okMonths)),
    rule: { okMonths: rule.okMonths, tightMonths: rule.tightMonths },
  };
}
