// GET /api/countries and GET /api/countries/:code: the public country-name test set through HTTP,
// the record of one country, and a 400 naming the field for every bad query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import { countryName } from '../../src/present/format.js';
import { startServer, type TestServer } from '../helpers/server.js';

const NAMES = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'countries', 'names.json'), 'utf8'),
) as Record<string, [string, string, string][]>;

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const get = async (path: string) => {
  const res = await fetch(`${s.url}${path}`);
  return { status: res.status, json: (await res.json()) as any };
};

describe('GET /api/countries', () => {
  it('finds every name of the public test set first, named in the asked language (scores per language)', async () => {
    const report: string[] = [];
    const misses: string[] = [];
    for (const lang of LANGS) {
      let hits = 0;
      for (const [name, code] of NAMES[lang]!) {
        const r = await get(`/api/countries?q=${encodeURIComponent(name)}&lang=${lang}`);
        if (
          r.status === 200 &&
          r.json.results[0]?.code === code &&
          r.json.results[0]?.name === countryName(code, lang)
        )
          hits++;
        else misses.push(`${lang} "${name}" → ${JSON.stringify(r.json.results?.slice(0, 2))} (want ${code})`);
      }
      report.push(`${lang}: ${hits}/${NAMES[lang]!.length}`);
    }
    console.log(`country names, GET /api/countries: ${report.join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('lists both countries for an ambiguous name and prefixes best first', async () => {
    const congo = await get('/api/countries?q=Congo&lang=fr');
    expect(
      congo.json.results
        .slice(0, 2)
        .map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(['CD', 'CG']);
    expect(congo.json.results.map((r: { name: string }) => r.name)).toContain(
      'République démocratique du Congo',
    );
    const prefix = await get('/api/countries?q=Tanz&lang=es&limit=3');
    expect(prefix.json.results[0]).toEqual({ code: 'TZ', name: 'República Unida de Tanzanía' });
  });

  it('lists all countries alphabetically in the asked language when there is no query', async () => {
    const r = await get('/api/countries?lang=fr&limit=250');
    expect(r.status).toBe(200);
    expect(r.json.results).toHaveLength(s.deps.knowledge.countries.length);
    expect(r.json.results[0]).toEqual({ code: 'AF', name: 'Afghanistan' });
    expect(r.json.results.map((x: { name: string }) => x.name)).toContain('Türkiye');
  });

  it('answers no results, not an error, for text that names no country', async () => {
    expect(await get('/api/countries?q=xyzzy')).toEqual({ status: 200, json: { results: [] } });
  });

  it('refuses a bad language, limit or an over-long query, naming the field', async () => {
    for (const [query, field] of [
      ['q=Peru&lang=de', 'lang'],
      ['q=Peru&limit=0', 'limit'],
      ['q=Peru&limit=abc', 'limit'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ]) {
      const r = await get(`/api/countries?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.json, query).toMatchObject({ error: 'bad-request', field, errors: [{ field }] });
    }
  });
});

describe('GET /api/countries/:code', () => {
  it('gives the UN name, group, unit and LDC status of a country on a date', async () => {
    const r = await get('/api/countries/np?lang=fr&date=2026-12-01');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      code: 'NP',
      name: 'Népal',
      group: 'developing',
      unit: { id: 'rb-asia-pacific' },
      ldc: { kind: 'pending', graduationDate: '2026-11-24' },
      confirm: true,
    });
    const before = await get('/api/countries/NP?date=2026-01-10');
    expect(before.json.ldc).toMatchObject({ kind: 'ldc' });
  });

  it('names both candidate units where the bureau is uncertain, and a transition country’s department', async () => {
    const mr = await get('/api/countries/MR?lang=en');
    expect(mr.json).toMatchObject({ unit: { id: 'rb-arab' }, alsoUnit: { id: 'rb-africa' }, confirm: true });
    const kg = await get('/api/countries/KG?lang=ru');
    expect(kg.json).toMatchObject({
      name: 'Кыргызстан',
      group: 'transition',
      unit: { id: 'transition-developed' },
    });
  });

  it('answers 404 for an unknown code and 400 for a malformed code or date', async () => {
    expect(await get('/api/countries/ZZ')).toMatchObject({ status: 404, json: { field: 'code' } });
    expect(await get('/api/countries/ZZZ')).toMatchObject({
      status: 400,
      json: { error: 'bad-request', field: 'code' },
    });
    expect(await get('/api/countries/SN?date=2026-02-30')).toMatchObject({
      status: 400,
      json: { field: 'date' },
    });
    expect(await get('/api/countries/SN?lang=xx')).toMatchObject({ status: 400, json: { field: 'lang' } });
  });
});
