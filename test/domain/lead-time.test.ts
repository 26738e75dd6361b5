import { describe, expect, it } from 'vitest';
import { checkLeadTime } from '../../src/domain/lead-time.js';

const rule = { okMonths: 6, tightMonths: 5, source: 'M III(c)' };
const check = (start: string, today = '2026-11-25', request?: 'academy-application' | 'letter-new') =>
  checkLeadTime(rule, { today, start, ...(request ? { request } : {}) });

describe('lead time (Manual III(c): at least 5-6 months)', () => {
  it('is ok when the six-month send-by date is still ahead', () => {
    const r = check('2027-06-01');
    expect(r).toEqual({
      ok: true,
      value: {
        status: 'ok',
        monthsAvailable: 6,
        exactMonths: false,
        submitBy: '2026-12-01',
        earliestStart: '2027-06-01',
        earliestSubmitBy: '2026-12-01',
        rule: { okMonths: 6, tightMonths: 5 },
      },
    });
  });

  it('a send-by date of today is not enough time: "in six months" is tight', () => {
    expect(check('2027-05-25')).toMatchObject({
      value: { status: 'tight', monthsAvailable: 6, exactMonths: true, submitBy: '2026-11-25' },
    });
    expect(check('2027-05-26')).toMatchObject({ value: { status: 'ok', monthsAvailable: 6 } });
    expect(check('2027-05-24')).toMatchObject({ value: { status: 'tight', monthsAvailable: 5 } });
  });

  it('is too late under five months, with the first month that keeps six', () => {
    expect(check('2027-03-01')).toMatchObject({
      ok: true,
      value: {
        status: 'too-late',
        monthsAvailable: 3,
        exactMonths: false,
        earliestStart: '2027-06-01',
        earliestSubmitBy: '2026-12-01',
        submitBy: '2026-09-01',
      },
    });
    expect(check('2027-04-24')).toMatchObject({ value: { status: 'too-late', monthsAvailable: 4 } });
    // Five months exactly is the manual's floor: possible but at risk.
    expect(check('2027-04-25')).toMatchObject({ value: { status: 'tight', monthsAvailable: 5 } });
  });

  it('the earliest start is a month whose 1st day keeps six months, never one whose send-by is today', () => {
    expect(check('2027-01-01', '2026-12-01')).toMatchObject({ value: { earliestStart: '2027-07-01' } });
    expect(check('2027-01-01', '2026-11-30')).toMatchObject({ value: { earliestStart: '2027-06-01' } });
    expect(check('2027-01-01', '2026-12-03')).toMatchObject({
      value: { earliestStart: '2027-07-01', earliestSubmitBy: '2027-01-01' },
    });
  });

  it('clamps month ends both ways (31 Aug today, start end of Feb; leap year)', () => {
    expect(check('2027-02-28', '2026-08-31')).toMatchObject({
      value: { status: 'tight', monthsAvailable: 6, exactMonths: true, earliestStart: '2027-03-01' },
    });
    expect(check('2028-03-01', '2027-08-31')).toMatchObject({
      value: { status: 'ok', earliestStart: '2028-03-01' },
    });
    expect(check('2028-08-31', '2028-01-01')).toMatchObject({ value: { submitBy: '2028-02-29' } });
  });

  it('lets Academy applications follow the Academy deadlines', () => {
    expect(check('2027-01-10', '2026-11-25', 'academy-application')).toMatchObject({
      value: { status: 'academy-deadline' },
    });
  });

  it('refuses a start in the past or an unreadable date, naming the field', () => {
    expect(check('2026-11-24')).toEqual({ ok: false, error: { field: 'start', code: 'start-in-past' } });
    expect(check('2027-02-30')).toEqual({ ok: false, error: { field: 'start', code: 'invalid-date' } });
    expect(check('next year')).toEqual({ ok: false, error: { field: 'start', code: 'invalid-date' } });
    expect(check('2027-06-01', '25/11/2026')).toEqual({
      ok: false,
      error: { field: 'today', code: 'invalid-date' },
    });
  });

  it('accepts a start today (no month left: too late)', () => {
    expect(check('2026-11-25')).toMatchObject({ value: { status: 'too-late', monthsAvailable: 0 } });
  });
});
