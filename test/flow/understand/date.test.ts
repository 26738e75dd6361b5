// Intended starts typed in the six languages, alone or inside a sentence, absolute or relative,
// read against a fixed today (1 December 2026, the day the typed conversations were tried).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { parseDate, type TypedDate } from '../../../src/flow/understand/date.js';
import { formatDate, formatMonth } from '../../../src/present/format.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');
const month = (iso: string): TypedDate => ({ iso, precision: 'month' });
const day = (iso: string): TypedDate => ({ iso, precision: 'day' });
type Row = readonly [text: string, expected: TypedDate | undefined];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['next October', month('2027-10-01')],
    ['from next October', month('2027-10-01')],
    ['next december', month('2027-12-01')],
    ['December', month('2027-12-01')],
    ['ok use june', month('2027-06-01')],
    ['1 June 2027', day('2027-06-01')],
    ['June 15, 2027', day('2027-06-15')],
    ['March 2027', month('2027-03-01')],
    ['2027-03', month('2027-03-01')],
    ['03/2027', month('2027-03-01')],
    ['2027-07-01', day('2027-07-01')],
    ['1/6/2027', day('2027-06-01')],
    ['in six months', day('2027-06-01')],
    ['next month', month('2027-01-01')],
    ['we want a TISC from next October, signed by Prof. Y', month('2027-10-01')],
    ['June next year', month('2027-06-01')],
    ['from March to June 2027', month('2027-03-01')],
    ['31/02/2027', undefined],
    ['2027', undefined],
    ['2', undefined],
    ['option 2', undefined],
    ['the first one', undefined],
    ['signed by Jan Smith', undefined],
    ['May I ask why so early?', undefined],
    ['March or April', undefined],
    ['we have 3 librarians', undefined],
    ['today', undefined],
    ['on Monday', undefined],
    ['in 1850', undefined],
    ['March 2300', undefined],
  ],
  fr: [
    ['mars 2027', month('2027-03-01')],
    ['dans six mois', day('2027-06-01')],
    ['à partir d’octobre prochain', month('2027-10-01')],
    ['en mai', month('2027-05-01')],
    ['le 1er juin 2027', day('2027-06-01')],
    ['Petite correction : finalement nous préférons commencer en octobre 2027', month('2027-10-01')],
    ['septembre de l’année prochaine', month('2027-09-01')],
    ['le mois prochain', month('2027-01-01')],
    ['15/03/2027', day('2027-03-15')],
    ['garder mars', month('2027-03-01')],
    ['mars ou avril', undefined],
    ['sept mois', undefined],
    ['le plus tôt possible', undefined],
    ['nous avons deux salles', undefined],
  ],
  es: [
    ['a partir de junio', month('2027-06-01')],
    ['en marzo de 2027', month('2027-03-01')],
    ['el próximo octubre', month('2027-10-01')],
    ['octubre del año que viene', month('2027-10-01')],
    ['dentro de seis meses', day('2027-06-01')],
    ['1 de junio de 2027', day('2027-06-01')],
    ['setiembre', month('2027-09-01')],
    ['el mes que viene', month('2027-01-01')],
    ['queremos empezar en enero', month('2027-01-01')],
    ['lo antes posible', undefined],
    ['tenemos tres bibliotecarios', undefined],
    ['marzo o abril', undefined],
  ],
  ru: [
    ['в мае 2027', month('2027-05-01')],
    ['в мае 2027 года', month('2027-05-01')],
    ['с октября', month('2027-10-01')],
    ['через полгода', day('2027-06-01')],
    // "Добрый день" (good day) is a greeting, not "in one day".
    ['Добрый день! Мы хотим внедрить IPAS с октября 2027 года.', month('2027-10-01')],
    ['1 июня 2027 г.', day('2027-06-01')],
    ['март 2027 г.', month('2027-03-01')],
    ['в марте следующего года', month('2027-03-01')],
    ['в следующем месяце', month('2027-01-01')],
    ['хотим начать в сентябре', month('2027-09-01')],
    ['в следующем году', undefined],
    ['как можно раньше', undefined],
    ['у нас три библиотекаря', undefined],
  ],
  zh: [
    ['明年10月', month('2027-10-01')],
    ['12月', month('2027-12-01')],
    ['早一点，2027年3月', month('2027-03-01')],
    ['2027年3月1日', day('2027-03-01')],
    ['明年三月', month('2027-03-01')],
    ['从十月开始', month('2027-10-01')],
    ['六个月后', day('2027-06-01')],
    ['下个月', month('2027-01-01')],
    ['十一月', month('2027-11-01')],
    ['后年5月', month('2028-05-01')],
    ['尽快', undefined],
    ['我们有三名图书管理员', undefined],
    ['三个月', undefined],
  ],
  ar: [
    ['في أيار/مايو 2027', month('2027-05-01')],
    ['أكتوبر القادم', month('2027-10-01')],
    ['تشرين الأول/أكتوبر 2027', month('2027-10-01')],
    ['تشرين الأول/أكتوبر', month('2027-10-01')],
    ['ابتداء من يونية 2027', month('2027-06-01')],
    ['جوان 2027', month('2027-06-01')],
    ['في شتنبر', month('2027-09-01')],
    ['١ حزيران ٢٠٢٧', day('2027-06-01')],
    ['بعد ستة أشهر', day('2027-06-01')],
    ['مارس من العام القادم', month('2027-03-01')],
    ['الشهر القادم', month('2027-01-01')],
    ['في أقرب وقت', undefined],
    ['لدينا ثلاثة أمناء مكتبات', undefined],
    ['مارس أو أبريل', undefined],
  ],
};

describe.each(LANGS)('parseDate in %s', (lang) => {
  it.each(TABLE[lang])('%s', (text, expected) => {
    expect(parseDate(ctx, text, lang)).toEqual(expected);
  });
});

describe('parseDate', () => {
  it('reads each language whatever the chat language', () => {
    for (const lang of LANGS)
      for (const [text, expected] of TABLE[lang]) expect(parseDate(ctx, text, 'en')).toEqual(expected);
  });

  it('reads the months and dates the bot itself writes, in each language', () => {
    const before = flowContext('2026-11-25');
    for (const lang of LANGS) {
      expect(parseDate(before, formatMonth('2027-03-01', lang)), lang).toEqual(month('2027-03-01'));
      expect(parseDate(before, formatMonth('2027-02-01', lang)), lang).toEqual(month('2027-02-01'));
      expect(parseDate(before, formatDate('2027-06-15', lang)), lang).toEqual(day('2027-06-15'));
    }
  });

  it('never gives today or a past month for a month without a year', () => {
    expect(parseDate(flowContext('2026-12-15'), 'December')).toEqual(month('2027-12-01'));
    expect(parseDate(flowContext('2026-09-15'), 'next October')).toEqual(month('2026-10-01'));
    expect(parseDate(flowContext('2026-12-01'), '1 December')).toEqual(day('2027-12-01'));
  });

  it('never throws', () => {
    for (const text of [
      '',
      ' ',
      '🙂',
      '\ud800',
      '\u200f\u202e',
      'x'.repeat(10_000),
      '2027 '.repeat(3000),
      '99/99/9999',
    ]) {
      expect(() => parseDate(ctx, text)).not.toThrow();
      expect(parseDate(ctx, text)).toBeUndefined();
    }
    expect(parseDate(flowContext('not a date'), 'March 2027')).toBeUndefined();
  });
});
