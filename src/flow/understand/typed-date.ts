// Reads an intended start typed in the user's words: "mars 2027", "March 2027", "1 June 2027",
// "2027-03", "03/2027", "2027年3月", "март 2027", "مارس 2027". Month names come from Intl in the
// six languages (both standalone and "of" forms, and Levantine Arabic month names).
import { LANGS } from '../../knowledge/schema.js';
import { daysInMonth, formatIsoDate, parseIsoDate, type CalendarDate } from '../../domain/calendar.js';
import { fold } from '../inputs/vocabulary.js';

const monthByName = new Map<string, number>();
function addMonthNames(locale: string): void {
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2026, m, 15));
    const forms = [
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(d),
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(d),
      // "15 марта" gives the genitive form Russian uses after a day.
      ...new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })
        .formatToParts(d)
        .filter((p) => p.type === 'month')
        .map((p) => p.value),
    ];
    for (const form of forms) {
      const f = fold(form).replace(/\.$/, '');
      if (f && !/^\d+$/.test(f) && !monthByName.has(f)) monthByName.set(f, m + 1);
    }
  }
}
for (const lang of LANGS) addMonthNames(lang);
addMonthNames('ar-SY'); // كانون الثاني … as UN Arabic documents write them

function findMonthName(text: string): number | undefined {
  // Longest names first so "كانون الثاني" wins over "كانون".
  const names = [...monthByName.keys()].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = text[at - 1];
    const after = text[at + name.length];
    const boundary = (ch: string | undefined) =>
      ch === undefined || !/\p{L}/u.test(ch) || /\p{Script=Han}/u.test(name);
    if (boundary(before) && (boundary(after) || name.length >= 3)) return monthByName.get(name);
  }
  return undefined;
}

function valid(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Returns an ISO date or undefined; a month without a day means its first day. */
export function parseTypedDate(text: string, today: string): string | undefined {
  const iso = parseIsoDate(text);
  if (iso) return text.trim();
  const f = fold(text);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(f))) return out(valid(+m[1]!, +m[2]!, 1));
  if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(f))) return out(valid(+m[2]!, +m[1]!, 1));
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(f))) return out(valid(+m[3]!, +m[2]!, +m[1]!)); // day first, as the UN writes
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/.exec(f)))
    return out(valid(+m[1]!, +m[2]!, m[3] ? +m[3] : 1));
  const month = findMonthName(f);
  if (month === undefined) return undefined;
  const year = /(\d{4})/.exec(f)?.[1];
  const day = /(?:^|\D)(\d{1,2})(?:\D|$)/.exec(f.replace(/\d{4}/, ' '))?.[1];
  const t = parseIsoDate(today);
  if (!t) return undefined;
  // No year: the next time that month comes round.
  const y = year ? Number(year) : month >= t.month ? t.year : t.year + 1;
  return out(valid(y, month, day ? Number(day) : 1));
}

function out(d: CalendarDate | undefined): string | undefined {
  return d ? formatIsoDate(d) : undefined;
}
