// The deadline as an iCalendar file: one all-day event on the day the request must be sent, with
// the program, the planned start and the address of WIPO's Director General in the description,
// in the user's language, and an alarm a week before. Built with ical-generator (RFC 5545
// escaping, folding and all-day events done by a maintained library).
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { Knowledge, Lang } from '../../knowledge/types.js';
import { formatDate, formatMonth } from '../../present/format.js';
import type { Translate } from '../../present/translate.js';
import { addDays } from './days.js';

export interface DeadlineEvent {
  readonly submitBy: string;
  readonly start: string;
  readonly programId?: string;
  readonly lang: Lang;
}

const WEEK_SECONDS = 7 * 24 * 60 * 60;

/** Same request, same UID: importing the file again updates the event instead of adding one. */
function uid(e: DeadlineEvent): string {
  const hash = createHash('sha256')
    .update([e.submitBy, e.start, e.programId ?? '', e.lang].join('|'))
    .digest('base64url');
  return `${hash.slice(0, 22)}@ta-navigator`;
}

export function deadlineDescription(k: Knowledge, t: Translate, e: DeadlineEvent): string {
  const program = e.programId ? k.programById.get(e.programId)?.name[e.lang] : undefined;
  const dg = k.unitById.get('director-general');
  const address = dg ? [dg.name[e.lang], ...dg.address].join(', ') : '';
  return [
    ...(program ? [t('channels:reminder.program', { program })] : []),
    t('channels:reminder.start', { start: formatMonth(e.start, e.lang) }),
    ...(address ? [t('channels:reminder.address', { address })] : []),
    t('channels:reminder.lead-time'),
  ].join('\n\n');
}

export function deadlineSummary(t: Translate, e: DeadlineEvent): string {
  return t('channels:reminder.summary', { date: formatDate(e.submitBy, e.lang) });
}

/** `stamp`: when the file is made (DTSTAMP), an ISO date or date-time. */
export function deadlineIcs(k: Knowledge, t: Translate, e: DeadlineEvent, stamp: string): string {
  const summary = deadlineSummary(t, e);
  const calendar = ical({
    prodId: { company: 'TA Navigator', product: 'ta-navigator', language: e.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: 'TA Navigator',
  });
  calendar.createEvent({
    id: uid(e),
    stamp: new Date(stamp.length === 10 ? `${stamp}T00:00:00Z` : stamp),
    start: e.submitBy,
    end: addDays(e.submitBy, 1),
    allDay: true,
    summary,
    description: deadlineDescription(k, t, e),
    alarms: [{ type: ICalAlarmType.display, trigger: WEEK_SECONDS, description: summary }],
  });
  return calendar.toString();
}
