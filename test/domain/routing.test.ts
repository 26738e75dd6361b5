import { describe, expect, it } from 'vitest';
import { route } from '../../src/domain/routing.js';
import { UNIT_IDS } from '../../src/knowledge/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const k = () => knowledge();
const ok = (country: string, date = '2026-12-01', programId?: string) => {
  const r = route(k(), { country, date, ...(programId ? { programId } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('routing (Manual III(b)(iii))', () => {
  it('routes every country to an existing unit, never to the Director General or the LDC Division by default', () => {
    for (const c of k().countries) {
      const r = ok(c.code);
      expect(UNIT_IDS).toContain(r.primary);
      expect(k().unitById.has(r.primary)).toBe(true);
      expect(r.primary).not.toBe('director-general');
      for (const u of r.cc) expect(k().unitById.has(u)).toBe(true);
      expect(r.addressee).toBe('director-general');
    }
  });

  it('sends an LDC to its regional bureau with a copy to the LDC Division', () => {
    const r = ok('SN');
    expect(r.primary).toBe('rb-africa');
    expect(r.cc).toContain('ldc-division');
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['regional-bureau', 'ldc', 'ldc-graduating']),
    );
  });

  it('treats Nepal as pending after 24 Nov 2026 and asks to confirm', () => {
    const r = ok('NP', '2026-12-01');
    expect(r.primary).toBe('rb-asia-pacific');
    expect(r.cc).toContain('ldc-division');
    expect(r.ldc.kind).toBe('pending');
    expect(r.confirm).toBe(true);
    expect(ok('NP', '2026-11-01').ldc.kind).toBe('ldc');
  });

  it('drops the LDC Division on the graduation date (Bhutan)', () => {
    expect(ok('BT', '2023-12-12').cc).toContain('ldc-division');
    const after = ok('BT', '2023-12-13');
    expect(after.cc).not.toContain('ldc-division');
    expect(after.reasons.map((x) => x.code)).toContain('ldc-graduated');
  });

  it('sends countries in transition and developed countries to the transition department', () => {
    const t = ok('UZ');
    expect(t.primary).toBe('transition-developed');
    expect(t.reasons.map((x) => x.code)).toContain('transition');
    const d = ok('FR');
    expect(d.primary).toBe('transition-developed');
    expect(d.reasons.map((x) => x.code)).toContain('developed');
  });

  it('lets the LDC Division lead for an LDC-specific program', () => {
    const ldcProgram = k().programs.find((p) => p.area === 'ldc')!;
    const r = ok('NE', '2026-12-01', ldcProgram.id);
    expect(r.primary).toBe('ldc-division');
    expect(r.cc).toContain('rb-africa');
  });

  it('names both candidate units where the responsible bureau is uncertain', () => {
    const uncertain = k().countries.find((c) => c.alsoUnit)!;
    const r = ok(uncertain.code);
    expect(r.cc).toContain(uncertain.alsoUnit);
    expect(r.confirm).toBe(true);
    expect(r.reasons.map((x) => x.code)).toContain('unit-uncertain');
  });

  it('tells a non-member so instead of refusing silently', () => {
    const nonMember = k().countries.find((c) => !c.wipoMember)!;
    const r = ok(nonMember.code);
    expect(r.reasons[0]).toEqual({ code: 'not-member' });
  });

  it('flags a program not offered to the country (an LDC-only program for Brazil)', () => {
    const ldcOnly = k().programs.find((p) => p.audience.length === 1 && p.audience[0] === 'ldc')!;
    expect(ok('BR', '2026-12-01', ldcOnly.id).reasons.map((x) => x.code)).toContain(
      'program-not-for-country',
    );
  });

  it('errors on bad input, naming the field', () => {
    expect(route(k(), { country: 'ZZ', date: '2026-12-01' })).toEqual({
      ok: false,
      error: { field: 'country', code: 'unknown-country' },
    });
    expect(route(k(), { country: 'SN', date: '2026-02-30' })).toEqual({
      ok: false,
      error: { field: 'date', code: 'invalid-date' },
    });
    expect(route(k(), { country: 'SN', date: '2026-12-01', programId: 'nope' })).toEqual({
      ok: false,
      error: { field: 'programId', code: 'unknown-program' },
    });
  });

  it('accepts lower-case codes', () => {
    expect(ok('sn').country).toBe('SN');
  });
});

describe('routes built on unverified or pending facts (DOMAIN §7)', () => {
  it('asks to confirm every route of a country whose record is unverified, saying what is unverified', () => {
    for (const c of k().countries.filter((x) => x.source.startsWith('U '))) {
      const r = ok(c.code);
      expect(r.confirm, c.code).toBe(true);
      expect(
        r.reasons.map((x) => x.code),
        c.code,
      ).toContain('country-unverified');
    }
    expect(ok('KG').reasons).toContainEqual({ code: 'country-unverified', facts: ['routing'] });
    expect(ok('FM').reasons).toContainEqual({ code: 'country-unverified', facts: ['membership'] });
    // A record with dated sources only is routed without the request to confirm.
    expect(ok('SN', '2026-12-01').confirm).toBe(false);
  });

  it('says per pending country what its source says about a deferral, on 1 Dec 2026', () => {
    const deferral = (code: string) => ok(code, '2026-12-01').reasons.find((x) => x.code === 'ldc-deferral');
    expect(deferral('BD')).toMatchObject({ status: 'requested', requested: '2026-02', until: '2029' });
    expect(deferral('NP')).toMatchObject({ status: 'reported' });
    expect(deferral('LA')).toBeUndefined();
    for (const code of ['BD', 'LA', 'NP']) {
      const r = ok(code, '2026-12-01');
      expect(r.ldc.kind, code).toBe('pending');
      expect(r.confirm, code).toBe(true);
    }
  });

  it('does not present Bangladesh’s graduation as settled before 24 Nov 2026, and asks to confirm', () => {
    const r = ok('BD', '2026-11-01');
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: 'ldc-graduating', settled: false }));
    expect(r.reasons.map((x) => x.code)).toContain('ldc-deferral');
    expect(r.confirm).toBe(true);
  });

  it('asks to confirm a route for a program whose unit, contact or URL is inferred', () => {
    const inferred = k().programs.filter((p) =>
      Object.values(p.factSources ?? {}).some((s) => s.startsWith('U ')),
    );
    expect(inferred.length).toBeGreaterThan(10);
    for (const p of inferred) {
      const r = ok('SN', '2026-12-01', p.id);
      expect(r.confirm, p.id).toBe(true);
      expect(
        r.reasons.map((x) => x.code),
        p.id,
      ).toContain('program-unverified');
    }
  });

  it('offers ARDI, ASPI and WIPO Re:Search to a country in transition, with the access terms the manual states', () => {
    for (const id of ['ardi', 'aspi', 'wipo-re-search']) {
      const r = ok('KG', '2026-12-01', id);
      expect(
        r.reasons.map((x) => x.code),
        id,
      ).not.toContain('program-not-for-country');
    }
    expect(ok('KG', '2026-12-01', 'ardi').reasons).toContainEqual({
      code: 'open-access',
      programId: 'ardi',
      access: true,
    });
  });

  it('never says a program is open to everyone where it is not offered to the country', () => {
    const codes = ok('SN', '2026-12-01', 'transition-ip-strategy-guide').reasons.map((x) => x.code);
    expect(codes).toContain('program-not-for-country');
    expect(codes).not.toContain('open-access');
    expect(ok('UZ', '2026-12-01', 'transition-ip-strategy-guide').reasons.map((x) => x.code)).toContain(
      'open-access',
    );
  });

  it('treats the Indigenous IP Law Fellowship as an individual application, not a government letter', () => {
    expect(k().programById.get('indigenous-ip-law-fellowship')?.request).toBe('individual-application');
    expect(ok('BO', '2026-12-01', 'indigenous-ip-law-fellowship').reasons.map((x) => x.code)).toContain(
      'individual-application',
    );
  });
});
