// Calendar dates as plain {year, month, day} values: no Date objects, so no time-zone drift.
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict `YYYY-MM-DD`; returns undefined for anything else, including 2026-02-30. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Adds (or subtracts) whole months; a day that does not exist in the target month clamps to its end. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Whole calendar months from `from` to `to` (the largest n with from + n months <= to). */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  let n = (to.year - from.year) * 12 + (to.month - from.month);
  if (compareDates(addMonths(from, n), to) > 0) n -= 1;
  return n;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const ms = Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
  return Math.round(ms / 86_400_000);
}

/** The first day of the month on or after `d`. */
export function firstOfMonthOnOrAfter(d: CalendarDate): CalendarDate {
  return d.day === 1 ? d : addMonths({ year: d.year, month: d.month, day: 1 }, 1);
}

/** Today's calendar date in UTC, for the edges; domain functions always take `today` as a parameter. */
export function todayUtc(now: Date = new Date()): CalendarDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}
