// The start given as a whole year, a span from today or a part of a year, at the date question
// and in the opening message, in the six languages (today 3 December 2026: the full lead time
// reaches July 2027).
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { formatList, formatMonth } from '../../src/present/format.js';
import { Conversation, atLetterStart, flowContext, tr, type StepAnswers } from '../helpers/flow.js';

const TODAY = '2026-12-03';

const atStart = (lang: Lang) => atLetterStart(lang, TODAY);

interface Row {
  /** A whole year: taken as its earliest month that keeps the lead time, and said. */
  readonly year: string;
  /** Spans from today: the start, to the day. */
  readonly spans: readonly [string, string][];
  /** A part of a year whose months are all too late. */
  readonly latePart: string;
  /** An opening giving the start as a part of a year, and the month taken for it. */
  readonly opening: string;
  readonly openingStart: string;
}

const ROWS: Record<Lang, Row> = {
  en: {
    year: 'sometime in 2027',
    spans: [
      ['in a year', '2027-12-03'],
      ['within six months', '2027-06-03'],
    ],
    latePart: 'Q1 2027',
    opening: 'We are the IP office of Senegal and want to modernise our office with IPAS from early 2028.',
    openingStart: '2028-01-01',
  },
  fr: {
    year: 'courant 2027',
    spans: [
      ['dans un an', '2027-12-03'],
      ["d'ici six mois", '2027-06-03'],
    ],
    latePart: 'au printemps 2027',
    opening:
      "Nous sommes l'office de propriété industrielle du Sénégal et voulons moderniser l'office avec IPAS au printemps 2027.",
    openingStart: '2027-03-01',
  },
  es: {
    year: 'en algún momento de 2027',
    spans: [
      ['dentro de un año', '2027-12-03'],
      ['de aquí a seis meses', '2027-06-03'],
    ],
    latePart: 'en el primer trimestre de 2027',
    opening:
      'Somos la oficina de propiedad industrial de Senegal y queremos modernizar la oficina con IPAS a mediados de 2027.',
    openingStart: '2027-07-01',
  },
  ru: {
    year: 'в течение 2027 года',
    spans: [
      ['через год', '2027-12-03'],
      ['в течение шести месяцев', '2027-06-03'],
    ],
    latePart: 'весной 2027 года',
    opening: 'Мы патентное ведомство Сенегала, хотим внедрить IPAS в начале 2028 года.',
    openingStart: '2028-01-01',
  },
  zh: {
    year: '2027年内',
    spans: [
      ['一年以后', '2027-12-03'],
      ['六个月内', '2027-06-03'],
    ],
    latePart: '2027年第一季度',
    opening: '我们是塞内加尔知识产权局，希望在2028年上半年用IPAS实现办公自动化。',
    openingStart: '2028-01-01',
  },
  ar: {
    year: 'خلال عام 2027',
    spans: [
      ['خلال سنة', '2027-12-03'],
      ['خلال ستة أشهر', '2027-06-03'],
    ],
    latePart: 'الربع الأول من 2027',
    opening: 'نحن مكتب الملكية الصناعية في السنغال ونرغب في تحديث المكتب بنظام IPAS في أوائل 2028.',
    openingStart: '2028-01-01',
  },
};

/** The check task's questions after the opening (the start is not among them). */
const CHECK: StepAnswers = {
  requester: { tap: 'ip-office' },
  formalRequest: { tap: 'yes' },
  partOfPlan: { tap: 'no' },
  nationalNeeds: { tap: 'yes' },
  readiness: { tap: 'yes' },
  startAccept: { tap: 'keep' },
};

describe.each(LANGS)('the start as a period in %s', (lang) => {
  const row = ROWS[lang];

  it('takes a whole year as its earliest month that keeps the lead time, and says so', () => {
    const c = atStart(lang);
    c.send(row.year);
    expect(c.state?.answers.start?.value).toBe('2027-07-01');
    expect(c.pending).not.toBe('start');
    expect(c.text).toContain(
      tr(lang, 'flow:start.assumed', {
        period: row.year,
        month: formatMonth('2027-07-01', lang),
        example: formatMonth('2027-09-01', lang),
      }),
    );
  });

  it.each(row.spans)('counts "%s" from today', (typed, iso) => {
    const c = atStart(lang);
    c.send(typed);
    expect(c.state?.answers.start?.value).toBe(iso);
  });

  it('warns at the offer of months already too late, and offers the earliest realistic one', () => {
    const c = atStart(lang);
    c.send(row.latePart);
    expect(c.pending).toBe('start');
    const offered = c.choices().filter((v) => /^\d{4}-/.test(v));
    const late = offered.filter((m) => m < '2027-07-01');
    expect(late.length).toBeGreaterThan(0);
    expect(offered).toContain('2027-07-01');
    expect(c.text).toContain(
      tr(lang, 'flow:start.offer-late', {
        months: formatList(
          late.map((m) => formatMonth(m, lang)),
          lang,
        ),
        earliest: formatMonth('2027-07-01', lang),
      }),
    );
  });

  it('keeps the start the opening gave as a part of a year, and never asks it again', () => {
    const c = new Conversation(flowContext(TODAY));
    c.send({ start: true, locale: lang });
    c.send(row.opening);
    expect(c.state?.answers.start?.value).toBe(row.openingStart);
    expect(c.text).toContain(formatMonth(row.openingStart, lang));
    c.send({ value: { choice: 'goal:check' } });
    const asked = c.drive(CHECK);
    expect(asked).not.toContain('start');
    expect(c.state?.answers.start?.value).toBe(row.openingStart);
  });
});
