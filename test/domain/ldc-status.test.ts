import { describe, expect, it } from 'vitest';
import { ldcStatusOn, treatedAsLdc } from '../../src/domain/ldc-status.js';
import { parseIsoDate } from '../../src/domain/calendar.js';
import type { Country } from '../../src/knowledge/types.js';
import { knowledge } from '../helpers/knowledge.js';

const on = (code: string, iso: string) =>
  ldcStatusOn(knowledge().countryByCode.get(code)!, parseIsoDate(iso)!);

describe('LDC status is computed for the date asked about', () => {
  it('changes on the graduation date (Bhutan, 13 Dec 2023; Sao Tome and Principe, 13 Dec 2024)', () => {
    expect(on('BT', '2023-12-12').kind).toBe('ldc');
    expect(on('BT', '2023-12-13')).toEqual({ kind: 'graduated', on: '2023-12-13' });
    expect(on('ST', '2024-12-12').kind).toBe('ldc');
    expect(on('ST', '2024-12-13').kind).toBe('graduated');
  });

  it('says today that Bhutan, Sao Tome and Principe and Vanuatu are no longer LDCs', () => {
    for (const code of ['BT', 'ST', 'VU']) expect(on(code, '2026-11-25').kind, code).toBe('graduated');
  });

  it('keeps Bangladesh, Lao PDR and Nepal pending after 24 Nov 2026 (deferral asked, decision unknown)', () => {
    for (const code of ['BD', 'LA', 'NP']) {
      expect(on(code, '2026-11-23').kind, code).toBe('ldc');
      const s = on(code, '2026-11-25');
      expect(s, code).toMatchObject({ kind: 'pending', graduationDate: '2026-11-24', dateCertain: true });
      expect(treatedAsLdc(s)).toBe(true);
    }
  });

  it('says of each pending country only what its own source says about a deferral', () => {
    expect(on('BD', '2026-12-01')).toMatchObject({
      deferral: { status: 'requested', requested: '2026-02', until: '2029', supported: '2026-06' },
    });
    expect(on('NP', '2026-12-01')).toMatchObject({ deferral: { status: 'reported' } });
    expect(on('LA', '2026-12-01')).not.toHaveProperty('deferral');
  });

  it('does not present Bangladesh’s graduation as settled before 24 Nov 2026', () => {
    const before = on('BD', '2026-11-01');
    expect(before).toMatchObject({ kind: 'ldc', graduation: { date: '2026-11-24', settled: false } });
    // A graduation scheduled on a certain day, with no deferral, is settled.
    const scheduled: Country = {
      code: 'XX',
      wipoMember: true,
      group: 'developing',
      unit: 'rb-africa',
      ldc: {
        included: '1990-01-01',
        graduation: {
          date: '2027-01-01',
          status: 'scheduled',
          dateCertain: true,
          note: '',
          source: 'S test',
        },
        source: 'S test',
      },
      source: 'S test',
    };
    expect(ldcStatusOn(scheduled, parseIsoDate('2026-12-01')!)).toMatchObject({
      kind: 'ldc',
      graduation: { settled: true },
    });
  });

  it('shows a scheduled graduation while still an LDC, and never was an LDC for others', () => {
    const sn = on('SN', '2026-11-25');
    expect(sn.kind).toBe('ldc');
    expect(sn.kind === 'ldc' && sn.graduation?.dateCertain).toBe(false);
    expect(on('BR', '2026-11-25')).toEqual({ kind: 'not-ldc' });
    expect(on('FR', '2026-11-25')).toEqual({ kind: 'not-ldc' });
  });

  it('counts 44 LDCs today, as the UN list does', () => {
    const today = parseIsoDate('2026-11-25')!;
    const ldcs = knowledge().countries.filter((c) => treatedAsLdc(ldcStatusOn(c, today)));
    expect(ldcs).toHaveLength(44);
  });

  it('is not an LDC before inclusion', () => {
    const c: Country = {
      code: 'XX',
      wipoMember: true,
      group: 'developing',
      unit: 'rb-africa',
      ldc: { included: '2000-01-01', source: 'S test' },
      source: 'S test',
    };
    expect(ldcStatusOn(c, parseIsoDate('1999-12-31')!)).toEqual({ kind: 'not-ldc' });
    expect(ldcStatusOn(c, parseIsoDate('2000-01-01')!).kind).toBe('ldc');
  });
});
