// LDC status is computed for the date asked about, from dated records (UN inclusion and graduation).
import type { Country, Deferral } from '../knowledge/types.js';
import { compareDates, parseIsoDate, type CalendarDate } from './calendar.js';

/** What the country's own source says about a request to defer its graduation. */
export type DeferralInfo = Omit<Deferral, 'source'>;

export type LdcStatus =
  /** On the UN list on that date. A future graduation may be scheduled (settled) or not certain. */
  | {
      readonly kind: 'ldc';
      readonly since: string;
      readonly graduation?: {
        readonly date: string;
        readonly dateCertain: boolean;
        /** False when the graduation is pending: a deferral is asked for or its outcome is unconfirmed. */
        readonly settled: boolean;
        readonly deferral?: DeferralInfo;
      };
    }
  /** The graduation date has passed but the outcome is not certain (deferral asked, or day unknown). */
  | {
      readonly kind: 'pending';
      readonly graduationDate: string;
      readonly dateCertain: boolean;
      readonly deferral?: DeferralInfo;
    }
  | { readonly kind: 'graduated'; readonly on: string }
  | { readonly kind: 'not-ldc' };

function onOrBefore(iso: string, date: CalendarDate): boolean {
  const d = parseIsoDate(iso);
  return d !== undefined && compareDates(d, date) <= 0;
}

const deferralInfo = (d: Deferral | undefined): { deferral?: DeferralInfo } => {
  if (!d) return {};
  const { source: _source, ...info } = d;
  return { deferral: info };
};

export function ldcStatusOn(country: Country, date: CalendarDate): LdcStatus {
  const ldc = country.ldc;
  if (!ldc || !onOrBefore(ldc.included, date)) return { kind: 'not-ldc' };
  if (ldc.graduated && onOrBefore(ldc.graduated, date)) return { kind: 'graduated', on: ldc.graduated };
  const g = ldc.graduation;
  if (g && onOrBefore(g.date, date)) {
    // A scheduled graduation on a certain day has happened; anything else is not ours to assume.
    if (g.status === 'scheduled' && g.dateCertain) return { kind: 'graduated', on: g.date };
    return {
      kind: 'pending',
      graduationDate: g.date,
      dateCertain: g.dateCertain,
      ...deferralInfo(g.deferral),
    };
  }
  return {
    kind: 'ldc',
    since: ldc.included,
    ...(g
      ? {
          graduation: {
            date: g.date,
            dateCertain: g.dateCertain,
            settled: g.status === 'scheduled',
            ...deferralInfo(g.deferral),
          },
        }
      : {}),
  };
}

/** LDC treatment applies while on the list and while a graduation is pending (the safer reading). */
export function treatedAsLdc(status: LdcStatus): boolean {
  return status.kind === 'ldc' || status.kind === 'pending';
}
