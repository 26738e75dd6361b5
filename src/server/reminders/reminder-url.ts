// The link to the calendar file of a deadline: GET /api/reminder.ics with everything in the query,
// so the server keeps nothing and any instance can answer it.
import type { Reply } from '../../flow/types.js';
import type { Lang } from '../../knowledge/types.js';

export const REMINDER_PATH = '/api/reminder.ics';

export function reminderUrl(baseUrl: string, reminder: NonNullable<Reply['reminder']>, lang: Lang): string {
  const query = new URLSearchParams({
    submitBy: reminder.submitBy.slice(0, 10),
    start: reminder.start.slice(0, 10),
    ...(reminder.programId ? { program: reminder.programId } : {}),
    lang,
  });
  return `${baseUrl.replace(/\/$/, '')}${REMINDER_PATH}?${query.toString()}`;
}
