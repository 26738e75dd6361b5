// A start said as a span from today ("in a year", "d'ici six mois") or as a whole year
// ("courant 2027", "2027年内"), in the six languages, read against 3 December 2026.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { parseDate } from '../../../src/flow/understand/date.js';
import { wholeYearIn, yearPartIn } from '../../../src/flow/understand/period.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-03');

/** Spans counted from today, to the day; a year next to the words is a year, not a span. */
const SPANS: Record<Lang, readonly [string, string | undefined][]> = {
  en: [
    ['in a year', '2027-12-03'],
    ['within six months', '2027-06-03'],
    ['a year from now', '2027-12-03'],
    ['in two years', '2028-12-03'],
    ['sometime in 2027', undefined],
  ],
  fr: [
    ['dans un an', '2027-12-03'],
    ["d'ici six mois", '2027-06-03'],
    ['d’ici 6 mois', '2027-06-03'],
    ['dans 1 an', '2027-12-03'],
    ['courant 2027', undefined],
  ],
  es: [
    ['dentro de un año', '2027-12-03'],
    ['en un año', '2027-12-03'],
    ['de aquí a seis meses', '2027-06-03'],
    ['en algún momento de 2027', undefined],
  ],
  ru: [
    ['через год', '2027-12-03'],
    ['в течение года', '2027-12-03'],
    ['через один год', '2027-12-03'],
    ['в течение 2027 года', undefined],
  ],
  zh: [
    ['一年以后', '2027-12-03'],
    ['六个月内', '2027-06-03'],
    ['一年后', '2027-12-03'],
    ['2027年内', undefined],
  ],
  ar: [
    ['خلال سنة', '2027-12-03'],
    ['بعد عام', '2027-12-03'],
    ['خلال ستة أشهر', '2027-06-03'],
    ['خلال عام 2027', undefined],
  ],
};

/** A whole year, alone or with words that say "some time in it"; `inSentence`: inside an opening. */
const YEARS: Record<Lang, readonly [string, number | undefined, boolean?][]> = {
  en: [
    ['2027', 2027],
    ['sometime in 2027', 2027],
    ['in 2027', 2027],
    ['We want IPAS sometime in 2027 for Kenya', 2027, true],
    ['We graduated in 2024 and need IPAS', undefined, true],
    ['we have 2027 books', undefined],
  ],
  fr: [
    ['courant 2027', 2027],
    ["dans le courant de l'année 2027", 2027],
    ['Nous voulons IPAS courant 2027', 2027, true],
    ['en 2027', 2027],
  ],
  es: [
    ['en algún momento de 2027', 2027],
    ['durante 2027', 2027],
    ['Queremos IPAS en algún momento de 2027', 2027, true],
  ],
  ru: [
    ['в течение 2027 года', 2027],
    ['в 2027 году', 2027],
    ['Хотим внедрить IPAS в течение 2027 года', 2027, true],
  ],
  zh: [
    ['2027年内', 2027],
    ['2027年', 2027],
    ['我们希望2027年内引进IPAS', 2027, true],
  ],
  ar: [
    ['خلال عام 2027', 2027],
    ['في عام 2027', 2027],
    ['نرغب في نظام IPAS خلال عام 2027', 2027, true],
  ],
};

/** A part of a year inside an opening, beside its year; the months it begins with. */
const PARTS: Record<Lang, readonly [string, readonly string[] | undefined][]> = {
  en: [
    ['We want IPAS from early 2028 for our office', ['2028-01-01', '2028-02-01', '2028-03-01']],
    ['We want IPAS as early as possible', undefined],
  ],
  fr: [['Nous voulons IPAS au printemps 2027', ['2027-03-01', '2027-04-01', '2027-05-01']]],
  es: [['Queremos IPAS a mediados de 2027', ['2027-05-01', '2027-06-01', '2027-07-01']]],
  ru: [['Хотим внедрить IPAS в начале 2028 года', ['2028-01-01', '2028-02-01', '2028-03-01']]],
  zh: [['我们希望在2028年上半年引进IPAS', ['2028-01-01', '2028-02-01', '2028-03-01']]],
  ar: [['نرغب في نظام IPAS في أوائل 2028', ['2028-01-01', '2028-02-01', '2028-03-01']]],
};

describe.each(LANGS)('spans and whole years in %s', (lang) => {
  it.each(SPANS[lang])('span "%s"', (text, iso) => {
    expect(parseDate(ctx, text, lang)?.iso).toBe(iso);
  });
  it.each(YEARS[lang])('year "%s"', (text, year, inSentence) => {
    expect(wholeYearIn(ctx, text, inSentence)?.year).toBe(year);
  });
  it.each(PARTS[lang])('part "%s"', (text, months) => {
    expect(yearPartIn(ctx, text, ctx.today)?.months).toEqual(months);
  });
});
