// Country names from the UN lists in knowledge/; dates, numbers and lists from Intl. Arabic uses
// Latin digits, as UN documents do.
import type { Lang } from '../knowledge/types.js';
import { unCountryNames } from '../knowledge/un-country-names.js';
import { parseIsoDate } from '../domain/calendar.js';

// British English dates ("1 December 2026"), as UN documents write them; Latin digits in Arabic.
const intlLocale = (lang: Lang): string => (lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang);

const displayNames = new Map<Lang, Intl.DisplayNames>();

/**
 * The UN short name ("République-Unie de Tanzanie", "大韩民国"…) as letters and replies must write
 * it; Intl.DisplayNames only for a code the UN lists do not name.
 */
export function countryName(code: string, lang: Lang): string {
  return unCountryNames().get(code.toUpperCase())?.short[lang] ?? intlCountryName(code, lang);
}

/** The everyday name Intl gives ("Tanzania", "Congo - Kinshasa"): a fallback, and a form people type. */
export function intlCountryName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(lang)], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code.toUpperCase()) ?? code;
}

function utcDate(iso: string): Date | undefined {
  const d = parseIsoDate(iso);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : undefined;
}

/** Intl formatters are costly to create (ICU data): one per language and style, kept. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, style: 'date' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(lang), options)));
  }
  return format;
}

/** 24 November 2026 / 24 novembre 2026 / 2026年11月24日 … */
export function formatDate(iso: string, lang: Lang): string {
  const d = utcDate(iso);
  if (!d) return iso;
  const text = dateFormat(lang, 'date').format(d);
  // French writes the first of the month as an ordinal ("1er décembre"); ICU does not.
  return lang === 'fr' && d.getUTCDate() === 1 ? text.replace(/^1(\s)/u, '1er$1') : text;
}

/** "a, b and c" / "a, b et c" / "a وb" / "a、b和c" … as each language joins a short list. */
const listFormats = new Map<Lang, Intl.ListFormat>();
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format)
    listFormats.set(lang, (format = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' })));
  return format.format(items);
}

// A month is named on most turns (the lead time, the progress, the review) and formatting a date
// through ICU is slow next to a lookup; the months ever named are few (bounded anyway).
const monthNames = new Map<string, string>();
const MONTHS_KEPT = 1000;

/** June 2027 / juin 2027 / 2027年6月 … */
export function formatMonth(iso: string, lang: Lang): string {
  const key = `${lang} ${iso}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    const d = utcDate(iso);
    name = d ? dateFormat(lang, 'month').format(d) : iso;
    if (monthNames.size >= MONTHS_KEPT) monthNames.clear();
    monthNames.set(key, name);
  }
  return name;
}
