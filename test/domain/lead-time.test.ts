import { describe, expect, it } from 'vitest';
import { checkLeadTime } from '../../src/domain/lead-time.js';

const rule = { okMonths: 6, tightMonths: 5, source: 'M III(c)' };
const check = (start: string, today = '2026-11-25', request?: 'academy-application' | 'letter-new') =>
  checkLeadTime(rule, { today, start, ...(request ? { request } : {}) });

describe('lead time (Manual III(c): at least 5-6 months)', () => {
  it('is ok at six months or more', () => {
    const r = check('2027-06-01');
    expect(r).toEqual({
      ok: true,
      value: {
        status: 'ok',
        monthsAvailable: 6,
        submitBy: '2026-12-01',
        earliestStart: '2027-05-25',
        rule: { okMonths: 6, tightMonths: 5 },
      },
    });
  });

  it('is ok exactly on the six-month day and tight the day before', () => {
    expect(check('2027-05-25').ok && check('2027-05-25')).toMatchObject({
      value: { status: 'ok', monthsAvailable: 6 },
    });
    expect(check('2027-05-24')).toMatchObject({ value: { status: 'tight', monthsAvailable: 5 } });
  });

  it('is too late under five months, with the earliest realistic start', () => {
    expect(check('2027-03-01')).toMatchObject({
      ok: true,
      value: { status: 'too-late', monthsAvailable: 3, earliestStart: '2027-05-25', submitBy: '2026-09-01' },
    });
    expect(check('2027-04-24')).toMatchObject({ value: { status: 'too-late', monthsAvailable: 4 } });
    expect(check('2027-04-25')).toMatchObject({ value: { status: 'tight', monthsAvailable: 5 } });
  });

  it('clamps month ends both ways (31 Aug today, start end of Feb; leap year)', () => {
    expect(check('2027-02-28', '2026-08-31')).toMatchObject({
      value: { status: 'ok', monthsAvailable: 6, earliestStart: '2027-02-28' },
    });
    expect(check('2028-02-29', '2027-08-31')).toMatchObject({
      value: { status: 'ok', earliestStart: '2028-02-29' },
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

  it('accepts a start today (0 months: too late)', () => {
    expect(check('2026-11-25')).toMatchObject({ value: { status: 'too-late', monthsAvailable: 0 } });
  });
});
