// Checks knowledge/countries.json and knowledge/units.json on their own (raw JSON + zod schemas),
// against the facts DOMAIN.md §2 and §6 state: membership count, routing, LDC status by date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Country, UNIT_IDS, Unit, type Country as CountryT } from '../../src/knowledge/schema.js';

const dir = join(import.meta.dirname, '..', '..', 'knowledge');
const raw = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

function parse<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(raw(file));
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

const countries = parse('countries.json', z.array(Country));
const units = parse('units.json', z.array(Unit));
const byCode = new Map(countries.map((c) => [c.code, c]));

/** LDC on `date` (ISO): on the list by then and not graduated by then; a pending graduation keeps it on. */
function isLdcOn(c: CountryT, date: string): boolean {
  return !!c.ldc && c.ldc.included <= date && !(c.ldc.graduated && c.ldc.graduated <= date);
}
const ldcsOn = (date: string): string[] =>
  countries
    .filter((c) => isLdcOn(c, date))
    .map((c) => c.code)
    .sort();

// DOMAIN.md §6, "Current list" (44 after Sao Tome and Principe graduated).
const LDCS_2026 = [
  // Africa
  ...['AO', 'BJ', 'BF', 'BI', 'CF', 'TD', 'KM', 'CD', 'DJ', 'ER', 'ET', 'GM', 'GN', 'GW', 'LS', 'LR'],
  ...['MG', 'MW', 'ML', 'MR', 'MZ', 'NE', 'RW', 'SN', 'SL', 'SO', 'SS', 'SD', 'TG', 'UG', 'TZ', 'ZM'],
  // Asia, Caribbean, Pacific
  ...['AF', 'BD', 'KH', 'LA', 'MM', 'NP', 'TL', 'YE', 'HT', 'KI', 'SB', 'TV'],
].sort();

const BUREAUS = ['rb-africa', 'rb-arab', 'rb-asia-pacific', 'rb-lac'] as const;

describe('countries.json', () => {
  it('has one entry per code', () => {
    expect(byCode.size).toBe(countries.length);
  });

  it('lists exactly 193 WIPO member states, including the Holy See, Niue and the Cook Islands', () => {
    expect(countries.filter((c) => c.wipoMember)).toHaveLength(193);
    for (const code of ['VA', 'NU', 'CK', 'NR']) expect(byCode.get(code)?.wipoMember, code).toBe(true);
  });

  it('keeps Palestine as a non-member routed to the Arab bureau and leaves Kosovo out', () => {
    expect(byCode.get('PS')).toMatchObject({ wipoMember: false, unit: 'rb-arab' });
    expect(byCode.has('XK')).toBe(false);
  });

  it('gives non-members no membership date and marks which ones are unconfirmed', () => {
    const nonMembers = countries.filter((c) => !c.wipoMember);
    expect(nonMembers.map((c) => c.code).sort()).toEqual(['FM', 'PS', 'PW', 'SS']);
    for (const c of nonMembers) expect(c.memberSince, c.code).toBeUndefined();
    for (const code of ['FM', 'PW', 'SS']) expect(byCode.get(code)?.source, code).toMatch(/^U /);
  });

  it('uses only valid ISO 3166-1 region codes', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const c of countries) expect(names.of(c.code), c.code).not.toBe(c.code);
  });

  it('routes to a regional bureau or the transition department, never to the LDC division or the DG', () => {
    for (const c of countries) {
      expect(UNIT_IDS, c.code).toContain(c.unit);
      expect(['ldc-division', 'director-general'], c.code).not.toContain(c.unit);
      if (c.alsoUnit) expect(c.alsoUnit, c.code).not.toBe(c.unit);
    }
  });

  it('routes by group: developing → a bureau; transition and developed → the transition department', () => {
    for (const c of countries) {
      if (c.group === 'developing') expect(BUREAUS, c.code).toContain(c.unit);
      else expect(c.unit, c.code).toBe('transition-developed');
    }
  });

  it('names both candidate bureaus, marked unverified, for Mauritania, Somalia, Djibouti and Comoros', () => {
    for (const code of ['MR', 'SO', 'DJ', 'KM']) {
      const c = byCode.get(code);
      expect(c, code).toBeDefined();
      expect([c?.unit, c?.alsoUnit].sort(), code).toEqual(['rb-africa', 'rb-arab']);
      expect(c?.source, code).toMatch(/^U /);
    }
  });

  it('sends the Arab states of Africa and Asia to the Arab bureau', () => {
    for (const code of ['DZ', 'EG', 'LY', 'MA', 'TN', 'SD', 'SA', 'AE', 'IQ', 'JO', 'LB', 'SY', 'YE']) {
      expect(byCode.get(code)?.unit, code).toBe('rb-arab');
    }
  });

  it('treats Central Asia as transition and Mongolia and China as Asia-Pacific developing countries', () => {
    for (const code of ['KZ', 'KG', 'TJ', 'TM', 'UZ']) expect(byCode.get(code)?.group, code).toBe('transition');
    for (const code of ['MN', 'CN']) {
      expect(byCode.get(code), code).toMatchObject({ group: 'developing', unit: 'rb-asia-pacific' });
    }
  });

  it('marks every transition-country entry unverified', () => {
    const transition = countries.filter((c) => c.group === 'transition');
    expect(transition.length).toBeGreaterThan(20);
    for (const c of transition) expect(c.source, c.code).toMatch(/^U /);
  });

  it('has the 44 LDCs of DOMAIN.md §6 on 2026-11-25, counting pending graduations as still on the list', () => {
    expect(ldcsOn('2026-11-25')).toEqual(LDCS_2026);
    for (const code of ['BD', 'LA', 'NP']) {
      expect(byCode.get(code)?.ldc?.graduation, code).toMatchObject({
        date: '2026-11-24',
        status: 'pending',
        dateCertain: true,
      });
    }
  });

  it('no longer counts Bhutan, Sao Tome and Principe or Vanuatu as LDCs, but did before they graduated', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const code of ['BT', 'ST', 'VU']) {
      const c = byCode.get(code)!;
      expect(isLdcOn(c, today), code).toBe(false);
      expect(isLdcOn(c, '2019-01-01'), code).toBe(true);
    }
    // Sao Tome and Principe left on 13 Dec 2024: 45 LDCs the day before, 44 on the day.
    expect(ldcsOn('2024-12-12')).toHaveLength(45);
    expect(ldcsOn('2024-12-13')).toHaveLength(44);
  });

  it('keeps scheduled graduations uncertain where the day is not known', () => {
    expect(byCode.get('SB')?.ldc?.graduation).toMatchObject({ status: 'scheduled', dateCertain: false });
    for (const code of ['KH', 'SN']) {
      const g = byCode.get(code)?.ldc?.graduation;
      expect(g, code).toMatchObject({ status: 'scheduled', dateCertain: false });
      expect(g?.date.slice(0, 7), code).toBe('2029-12');
    }
  });

  it('keeps LDC records consistent: graduation after inclusion, no graduation plan once graduated', () => {
    for (const c of countries) {
      if (!c.ldc) continue;
      if (c.ldc.graduated) {
        expect(c.ldc.graduated > c.ldc.included, c.code).toBe(true);
        expect(c.ldc.graduation, c.code).toBeUndefined();
      }
      if (c.ldc.graduation) expect(c.ldc.graduation.date > c.ldc.included, c.code).toBe(true);
      // LDCs are served by a regional bureau, never by the transition department.
      expect(BUREAUS, c.code).toContain(c.unit);
    }
  });
});

describe('units.json', () => {
  const unitById = new Map(units.map((u) => [u.id, u]));

  it('has the seven unit ids, once each', () => {
    expect(units.map((u) => u.id).sort()).toEqual([...UNIT_IDS].sort());
  });

  it('gives every unit the manual’s Geneva address', () => {
    for (const u of units) {
      expect(u.address, u.id).toEqual([
        'World Intellectual Property Organization (WIPO)',
        '34, chemin des Colombettes',
        'CH-1211 Geneva 20',
        'Switzerland',
      ]);
    }
  });

  it('uses the manual’s Chinese names and titles', () => {
    expect(unitById.get('rb-africa')?.name.zh).toBe('非洲地区局');
    expect(unitById.get('ldc-division')?.name.zh).toBe('最不发达国家司');
    expect(unitById.get('transition-developed')?.name.zh).toBe('转型期及发达国家部');
    expect(unitById.get('director-general')?.name.zh).toBe('总干事');
    for (const id of BUREAUS) expect(unitById.get(id)?.contactTitle.zh, id).toBe('地区主任');
  });

  it('records current names only where DOMAIN.md gives them, never for the Arab and Asia-Pacific bureaus', () => {
    expect(unitById.get('rb-arab')?.currentNames).toEqual([]);
    expect(unitById.get('rb-asia-pacific')?.currentNames).toEqual([]);
    expect(unitById.get('rb-africa')?.currentNames.map((n) => n.name.en)).toEqual(['Division for Africa']);
    expect(unitById.get('rb-lac')?.currentNames.map((n) => n.name.en)).toEqual([
      'Division for Latin America and the Caribbean',
    ]);
    expect(unitById.get('ldc-division')?.currentNames[0]?.name.en).toContain('LDCs, LLDCs and SIDS Coordination');
  });
});
