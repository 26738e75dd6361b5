// The start said as a part of a year, then the month typed after "which month?": the month is in
// the year of the months offered, however it is typed (alone, in a phrase, with a particle).
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { atLetterStart, tr } from '../helpers/flow.js';

const TODAY = '2026-12-03';

const atStart = (lang: Lang) => atLetterStart(lang, TODAY);

/** A part of a year, then months typed after the offer, and the month each one means. */
const ROWS: Record<Lang, { part: string; typed: readonly [string, string][] }[]> = {
  en: [
    {
      part: 'early 2028 as I said',
      typed: [
        ['february', '2028-02-01'],
        ['January if possible', '2028-01-01'],
        ['march please', '2028-03-01'],
      ],
    },
  ],
  fr: [
    {
      part: 'début 2028',
      typed: [
        ['février', '2028-02-01'],
        ['janvier si possible', '2028-01-01'],
      ],
    },
  ],
  es: [
    {
      part: 'a inicios del 2028',
      typed: [
        ['febrero', '2028-02-01'],
        ['enero si es posible', '2028-01-01'],
      ],
    },
    { part: 'en el segundo semestre de 2028', typed: [['septiembre', '2028-09-01']] },
  ],
  ru: [
    {
      part: 'в начале 2028 года',
      typed: [
        ['февраль', '2028-02-01'],
        ['давайте январь', '2028-01-01'],
      ],
    },
  ],
  zh: [
    {
      part: '2028年初',
      typed: [
        ['一月', '2028-01-01'],
        ['1月份', '2028-01-01'],
        ['一月吧', '2028-01-01'],
      ],
    },
  ],
  ar: [
    {
      part: 'في أوائل 2028',
      typed: [
        ['يناير', '2028-01-01'],
        ['في يناير', '2028-01-01'],
        ['شهر يناير', '2028-01-01'],
        ['يناير إن أمكن', '2028-01-01'],
      ],
    },
  ],
};

/** A season and a year end, at the start question: their months are offered (northern seasons). */
const SEASON: Record<Lang, readonly [string, readonly string[]][]> = {
  en: [
    ['next spring', ['2027-03-01', '2027-04-01', '2027-05-01']],
    ['end of 2027', ['2027-10-01', '2027-11-01', '2027-12-01']],
  ],
  fr: [
    ['à partir de la rentrée 2027', ['2027-09-01', '2027-10-01', '2027-11-01']],
    ['fin 2027', ['2027-10-01', '2027-11-01', '2027-12-01']],
  ],
  es: [['en la primavera de 2027', ['2027-03-01', '2027-04-01', '2027-05-01']]],
  ru: [
    ['весной 2027', ['2027-03-01', '2027-04-01', '2027-05-01']],
    ['с начала осени 2027', ['2027-09-01', '2027-10-01', '2027-11-01']],
    ['в 3 квартале 2027 года', ['2027-07-01', '2027-08-01', '2027-09-01']],
  ],
  zh: [['2028年底', ['2028-10-01', '2028-11-01', '2028-12-01']]],
  ar: [['أواخر 2027', ['2027-10-01', '2027-11-01', '2027-12-01']]],
};

describe.each(LANGS)('a season or a year end at the start question in %s', (lang) => {
  it.each(SEASON[lang])('"%s" offers its months', (text, months) => {
    const c = atStart(lang);
    c.send(text);
    expect(c.pending).toBe('start');
    expect(c.text).toContain(tr(lang, 'flow:start.which-month'));
    expect(c.choices()).toEqual(expect.arrayContaining([...months]));
  });
});

describe.each(LANGS)('a month typed after "which month?" in %s', (lang) => {
  for (const { part, typed } of ROWS[lang]) {
    it.each(typed)(`"${part}", then "%s"`, (text, iso) => {
      const c = atStart(lang);
      c.send(part);
      expect(c.pending).toBe('start');
      expect(c.text).toContain(tr(lang, 'flow:start.which-month'));
      expect(c.choices()).toContain(iso);
      c.send(text);
      expect(c.state?.answers.start?.value).toBe(iso);
      // Plenty of time for a start in 2028: no "too late" question follows.
      expect(c.pending).not.toBe('startAccept');
    });
  }

  it('a month with its own year keeps that year', () => {
    const c = atStart(lang);
    c.send(ROWS[lang][0]!.part);
    c.send(tr(lang, 'flow:start.example')); // June 2027
    expect(c.state?.answers.start?.value).toBe('2027-06-01');
  });
});
