// The lead time as the chat says it (today 3 December 2026): months counted one way everywhere,
// never "0 months", a send-by date of today is not enough time, and the chat and the letter's
// warning name the same realistic start.
import { describe, expect, it } from 'vitest';
import { checkLeadTime } from '../../src/domain/lead-time.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { describeLeadTime } from '../../src/present/lead-time.js';
import { formatMonth } from '../../src/present/format.js';
import { describeWarning } from '../../src/letters/warnings.js';
import { parseDate } from '../../src/flow/understand/date.js';
import { flowContext, tr } from '../helpers/flow.js';

const ctx = flowContext('2026-12-03');
const rule = ctx.knowledge.leadTime;
const verdict = (start: string) => {
  const r = checkLeadTime(rule, { today: ctx.today, start });
  if (!r.ok) throw new Error(`no verdict for ${start}`);
  return r.value;
};

/** "In six months" and "next January", as people type them. */
const TYPED: Record<Lang, { sixMonths: string; nextJanuary: string }> = {
  en: { sixMonths: 'in six months', nextJanuary: 'next January' },
  fr: { sixMonths: 'dans six mois', nextJanuary: 'en janvier prochain' },
  es: { sixMonths: 'en seis meses', nextJanuary: 'en enero del año que viene' },
  ru: { sixMonths: 'через полгода', nextJanuary: 'в январе следующего года' },
  zh: { sixMonths: '六个月后', nextJanuary: '明年1月' },
  ar: { sixMonths: 'في غضون ستة أشهر', nextJanuary: 'في يناير القادم' },
};

describe.each(LANGS)('the lead time in words in %s', (lang) => {
  const t = ctx.t(lang);
  const say = (start: string) => describeLeadTime(verdict(start), start, lang, t);

  it('a month 1 month and 29 days away is "less than 2 months", as far as 2 months is 2', () => {
    expect(say('2027-02-01')).toContain(tr(lang, 'leadtime:under-months', { count: 2 }));
    expect(say('2027-02-03')).toContain(tr(lang, 'leadtime:months', { count: 2 }));
    expect(say('2027-03-01')).toContain(tr(lang, 'leadtime:under-months', { count: 3 }));
  });

  it('next January is "less than a month", never 0 months', () => {
    const iso = parseDate(ctx, TYPED[lang].nextJanuary, lang)?.iso;
    expect(iso).toBe('2027-01-01');
    const text = say(iso!);
    expect(text).toContain(tr(lang, 'leadtime:under-a-month'));
    expect(text).not.toMatch(/(?<![\d.])0(?![\d.])/u); // no "0 months" in any language
  });

  it('"in six months" sends by today: tight, not enough time', () => {
    const iso = parseDate(ctx, TYPED[lang].sixMonths, lang)?.iso;
    expect(iso).toBe('2027-06-03');
    expect(verdict(iso!).status).toBe('tight');
    expect(say(iso!)).toContain(
      tr(lang, 'leadtime:status.tight', {
        start: formatMonth(iso!, lang),
        months: tr(lang, 'leadtime:months', { count: 6 }),
      }),
    );
  });

  it('enough time says "more than" the whole months left', () => {
    expect(say('2027-10-01')).toContain(tr(lang, 'leadtime:over-months', { count: 9 }));
  });

  it('the chat and the letter warning name the same realistic start', () => {
    const v = verdict('2027-02-03');
    const chat = describeLeadTime(v, '2027-02-03', lang, t);
    expect(chat).toContain(formatMonth('2027-07-01', lang));
    const warning = describeWarning(
      ctx.knowledge,
      {
        code: 'lead-time-too-late',
        field: 'date',
        start: '2027-02-03',
        monthsAvailable: v.monthsAvailable,
        submitBy: v.submitBy,
        earliestStart: v.earliestStart,
        unit: 'rb-africa',
      },
      { lang, letterLang: lang, t, date: ctx.today },
    );
    expect(warning.message).toContain(formatMonth('2027-07-01', lang));
    expect(warning.message).not.toContain(formatMonth('2027-06-01', lang));
  });
});
