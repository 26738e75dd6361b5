// LDC status is computed for the date asked about, from dated records (UN inclusion and graduation).
import type { Country } from '../knowledge/types.js';
import { compareDates, parseIsoDate, type CalendarDate } from './calendar.js';

export type LdcStatus =
  /** On the UN list on that date (a future graduation may be scheduled). */
  | {
      readonly kind: 'ldc';
      readonly since: string;
      readonly graduation?: { date: string; dateCertain: boolean };
    }
  /** The graduation date has passed but the outcome is not certain (deferral asked, or day unknown). */
  | { readonly kind: 'pending'; readonly graduationDate: string; readonly dateCertain: boolean }
  | { readonly kind: 'graduated'; readonly on: string }
  | { readonly kind: 'not-ldc' };

function onOrBefore(iso: string, date: CalendarDate): boolean {
  const d = parseIsoDate(iso);
  return d !== undefined && compareDates(d, date) <= 0;
}

export function ldcStatusOn(country: Country, date: CalendarDate): LdcStatus {
  const ldc = country.ldc;
  if (!ldc || !onOrBefore(ldc.included, date)) return { kind: 'not-ldc' };
  if (ldc.graduated && onOrBefore(ldc.graduated, date)) return { kind: 'graduated', on: ldc.graduated };
  const g = ldc.graduation;
  if (g && onOrBefore(g.date, date)) {
    // A scheduled graduation on a certain day has happened; anything else is not ours to assume.
    if (g.status === 'scheduled' && g.dateCertain) return { kind: 'graduated', on: g.date };
    return { kind: 'pending', graduationDate: g.date, dateCertain: g.dateCertain };
  }
  return {
    kind: 'ldc',
    since: ldc.included,
    ...(g ? { graduation: { date: g.date, dateCertain: g.dateCertain } } : {}),
  };
}

/** LDC treatment applies while on the list and while a graduation is pending (the safer reading). */
export function treatedAsLdc(status: LdcStatus): boolean {
  return status.kind === 'ldc' || status.kind === 'pending';
}
