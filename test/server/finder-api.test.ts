// GET /api/programs: the finder over HTTP gives the domain's ranking for (q, lang, country), says
// when nothing fits well, and refuses an unknown country naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPrograms } from '../../src/domain/finder/finder.js';
import { offeredTo } from '../../src/domain/finder/offered-to.js';
import { startServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

interface Body {
  results: { id: string; matched: string[] }[];
  noGoodMatch: boolean;
  message?: string;
}
const get = async (query: Record<string, string>) => {
  const res = await fetch(`${s.url}/api/programs?${new URLSearchParams(query)}`);
  return { status: res.status, body: (await res.json()) as Body };
};

describe('GET /api/programs (finder)', () => {
  it('ranks exactly as the domain does for the same text, language and country', async () => {
    for (const [q, lang, country] of [
      ['formar a los funcionarios de aduanas', 'en', 'PE'],
      ['我们县的苗绣和蜡染图案被外地工厂大量仿冒', 'zh', 'CN'],
      ['least developed countries appropriate technology', 'fr', 'SN'],
    ] as const) {
      const { body } = await get({ q, lang, country, limit: '5' });
      const k = s.deps.knowledge;
      const expected = searchPrograms(s.deps.finder, q, {
        lang,
        limit: 5,
        filter: offeredTo(k, country, s.deps.today()),
      });
      expect(
        body.results.map((r) => r.id),
        q,
      ).toEqual(expected.hits.map((h) => h.program.id));
      expect(body.results.map((r) => r.matched)).toEqual(expected.hits.map((h) => [...h.matched]));
      expect(body.noGoodMatch).toBe(false);
    }
  });

  it('keeps only the programs offered to the country', async () => {
    const q = 'least developed countries appropriate technology';
    const ldc = await get({ q, country: 'sn' });
    const other = await get({ q, country: 'EG' });
    expect(ldc.body.results.map((r) => r.id)).toContain('ldc-appropriate-technology');
    expect(other.body.results.map((r) => r.id)).not.toContain('ldc-appropriate-technology');
  });

  it('says there is no good match, in the asked language, instead of listing unrelated programs', async () => {
    const { status, body } = await get({ q: 'recette du gâteau au chocolat', lang: 'fr' });
    expect(status).toBe(200);
    expect(body).toEqual({
      results: [],
      noGoodMatch: true,
      message: expect.stringMatching(/^Aucun programme ne correspond bien/),
    });
  });

  it('lists the programs (no flag) when no text is given', async () => {
    const { body } = await get({ limit: '3' });
    expect(body.results).toHaveLength(3);
    expect(body.noGoodMatch).toBe(false);
  });

  it('refuses an unknown or malformed country naming the field', async () => {
    for (const country of ['ZZ', 'Kenya']) {
      const { status, body } = await get({ q: 'patents', country });
      expect(status).toBe(400);
      expect(body).toMatchObject({ field: 'country' });
    }
  });
});
