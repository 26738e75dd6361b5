// Dates as each language writes them in a letter, from Intl (Arabic with Latin digits, as UN
// documents do). Differs from present/format.ts where letters have their own conventions.
import type { Lang } from '../../knowledge/types.js';
import { parseIsoDate } from '../calendar.js';

/** Where the UN's Arabic spells a month unlike Intl's Egyptian names. */
const UN_ARABIC_SPELLING: Record<string, string> = { يونيو: 'يونيه', يوليو: 'يوليه' };

/** Intl formatters are costly to create: one per locale and options, kept. */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

function parts(date: Date, locale: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(locale, options).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = p.value;
  }
  return out;
}

function format(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, options).format(date);
}

/**
 * 24 November 2026 · 24 novembre 2026 (1er for the first) · 24 de noviembre de 2026 ·
 * 24 ноября 2026 года · 2026年11月24日 · 24 تشرين الثاني/نوفمبر 2026 · 18 تموز/يوليه 2026.
 */
export function letterDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  switch (lang) {
    case 'en':
      return format(date, 'en-GB', { dateStyle: 'long' });
    case 'fr': {
      const p = parts(date, 'fr', { day: 'numeric', month: 'long', year: 'numeric' });
      return `${d.day === 1 ? '1er' : p.day} ${p.month} ${p.year}`;
    }
    case 'ru': {
      // "24 ноября" is the genitive the date needs; Intl's long style ends in "г.", letters write "года".
      const p = parts(date, 'ru', { day: 'numeric', month: 'long', year: 'numeric' });
      return `${p.day} ${p.month} ${p.year} года`;
    }
    case 'ar': {
      // UN Arabic names the month twice: the Levantine name, then the Egyptian one, which UN
      // documents spell يونيه and يوليه where Intl gives يونيو and يوليو ("18 تموز/يوليه").
      const levant = format(date, 'ar-SY-u-nu-latn', { month: 'long' });
      const egyptIntl = format(date, 'ar-EG-u-nu-latn', { month: 'long' });
      const egypt = UN_ARABIC_SPELLING[egyptIntl] ?? egyptIntl;
      const month = levant === egypt ? levant : `${levant}/${egypt}`;
      return `${d.day} ${month} ${d.year}`;
    }
    case 'es':
    case 'zh':
      return format(date, lang, { dateStyle: 'long' });
  }
}
