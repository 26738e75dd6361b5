// Whole-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a deadline.
import { formatIsoDate, parseIsoDate } from '../../domain/calendar.js';

export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
