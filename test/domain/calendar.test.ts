import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  firstOfMonthOnOrAfter,
  formatIsoDate,
  parseIsoDate,
  wholeMonthsBetween,
} from '../../src/domain/calendar.js';

const d = (iso: string) => parseIsoDate(iso)!;

describe('calendar dates', () => {
  it('parses only real days', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '26-01-01', 'tomorrow', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('adds months and clamps month ends (31 Aug + 6 months = end of Feb)', () => {
    expect(formatIsoDate(addMonths(d('2026-08-31'), 6))).toBe('2027-02-28');
    expect(formatIsoDate(addMonths(d('2027-08-31'), 6))).toBe('2028-02-29');
    expect(formatIsoDate(addMonths(d('2027-03-31'), -1))).toBe('2027-02-28');
    expect(formatIsoDate(addMonths(d('2026-11-25'), 6))).toBe('2027-05-25');
    expect(formatIsoDate(addMonths(d('2027-01-15'), -13))).toBe('2025-12-15');
  });

  it('counts whole months', () => {
    expect(wholeMonthsBetween(d('2026-11-25'), d('2027-05-25'))).toBe(6);
    expect(wholeMonthsBetween(d('2026-11-25'), d('2027-05-24'))).toBe(5);
    expect(wholeMonthsBetween(d('2026-11-25'), d('2027-03-01'))).toBe(3);
    expect(wholeMonthsBetween(d('2026-08-31'), d('2027-02-28'))).toBe(6);
    expect(wholeMonthsBetween(d('2026-11-25'), d('2026-11-25'))).toBe(0);
  });

  it('counts days across a leap day and finds the next first of month', () => {
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(formatIsoDate(firstOfMonthOnOrAfter(d('2027-05-25')))).toBe('2027-06-01');
    expect(formatIsoDate(firstOfMonthOnOrAfter(d('2027-12-02')))).toBe('2028-01-01');
    expect(formatIsoDate(firstOfMonthOnOrAfter(d('2027-06-01')))).toBe('2027-06-01');
  });
});

describe('localised dates and lists', () => {
  it('writes dates as each language does, with the French ordinal first day and Latin digits in Arabic', async () => {
    const { formatDate, formatList } = await import('../../src/present/format.js');
    expect(formatDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'ar')).toMatch(/^1 .* 2026$/);
    expect(formatList(['技术', '创新'], 'zh')).toBe('技术和创新');
  });
});
