// The JSON API: the answers the domain gives, and a 400 naming the field for every bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('GET /healthz and /api/programs', () => {
  it('answers health', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('finds programs with names in the asked language', async () => {
    const res = await fetch(
      `${s.url}/api/programs?q=${encodeURIComponent('centre d’appui à la technologie et à l’innovation')}&lang=fr&limit=3`,
    );
    const body = (await res.json()) as {
      results: { id: string; name: string; url: string; area: string; score: number }[];
    };
    expect(res.status).toBe(200);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results[0]).toMatchObject({ id: 'tisc', area: 'b' });
    expect(body.results[0]!.url).toMatch(/^https:\/\//);
    expect(body.results[0]!.score).toBeGreaterThan(0);
  });

  it('gives one program in a language, and 404 for an unknown id', async () => {
    const res = await fetch(`${s.url}/api/programs/tisc?lang=ar`);
    const body = (await res.json()) as { name: string; expectedResults: { id: string }[] };
    expect(res.status).toBe(200);
    expect(body.name).toMatch(/\p{Script=Arabic}/u);
    expect(body.expectedResults.length).toBeGreaterThan(0);
    expect((await fetch(`${s.url}/api/programs/nope`)).status).toBe(404);
  });

  it('refuses a bad lang or limit naming the field', async () => {
    const res = await fetch(`${s.url}/api/programs?q=x&lang=de`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'lang' });
    const lim = await fetch(`${s.url}/api/programs?q=x&limit=0`);
    expect(await lim.json()).toMatchObject({ field: 'limit' });
  });
});

describe('POST /api/route', () => {
  it('routes Nepal with the LDC Division copied and the address', async () => {
    const r = await postJson(`${s.url}/api/route`, { country: 'NP', date: '2026-12-01' });
    expect(r.status).toBe(200);
    expect(r.json.primary).toMatchObject({ id: 'rb-asia-pacific' });
    expect(r.json.primary.address.join(' ')).toContain('CH-1211 Geneva 20');
    expect(r.json.cc.map((u: { id: string }) => u.id)).toContain('ldc-division');
    expect(r.json.reason).toMatch(/pending/);
  });

  it('uses today when no date is given and explains a developed country', async () => {
    const r = await postJson(`${s.url}/api/route`, { country: 'de', lang: 'fr' });
    expect(r.json.primary.id).toBe('transition-developed');
    expect(typeof r.json.reason).toBe('string');
  });

  it.each([
    [{ date: '2026-12-01' }, 'country'],
    [{ country: 'Nepal' }, 'country'],
    [{ country: 'ZZ' }, 'country'],
    [{ country: 'NP', date: '2026-13-01' }, 'date'],
    [{ country: 'NP', programId: 'nope' }, 'programId'],
    [{ country: 'NP', extra: 1 }, '(body)'],
  ])('answers 400 for %j naming %s', async (body, field) => {
    const r = await postJson(`${s.url}/api/route`, body);
    expect(r.status).toBe(400);
    expect(r.json.field).toBe(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const r = await postJson(`${s.url}/api/route`, '{"country":');
    expect(r.status).toBe(400);
    expect(r.json.field).toBe('(body)');
  });
});

describe('POST /api/lead-time', () => {
  it('gives the verdict and dates', async () => {
    const r = await postJson(`${s.url}/api/lead-time`, { start: '2027-03-01', today: '2026-11-25' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      status: 'too-late',
      monthsAvailable: 3,
      submitBy: '2026-09-01',
      earliestStart: '2027-06-01',
    });
  });

  it('uses the Academy deadline rule for an Academy course', async () => {
    const academy = s.deps.knowledge.programs.find((p) => p.request === 'academy-application')!;
    const r = await postJson(`${s.url}/api/lead-time`, { start: '2027-01-15', programId: academy.id });
    expect(r.json.status).toBe('academy-deadline');
  });

  it.each([
    [{}, 'start'],
    [{ start: 'soon' }, 'start'],
    [{ start: '2026-01-01' }, 'start'],
    [{ start: '2027-06-01', today: 'yesterday' }, 'today'],
    [{ start: '2027-06-01', programId: 'nope' }, 'programId'],
  ])('answers 400 for %j naming %s', async (body, field) => {
    const r = await postJson(`${s.url}/api/lead-time`, body);
    expect(r.status).toBe(400);
    expect(r.json.field).toBe(field);
  });
});

describe('POST /api/assess', () => {
  it('gives a verdict per criterion with reasons in the asked language', async () => {
    const r = await postJson(`${s.url}/api/assess`, {
      formalRequest: 'no',
      partOfPlan: 'unknown',
      nationalNeeds: 'yes',
      readiness: 'yes',
      lang: 'es',
    });
    expect(r.status).toBe(200);
    expect(r.json.overall).toBe('needs-confirmation');
    expect(r.json.criteria.map((c: { status: string }) => c.status)).toEqual([
      'not-met',
      'unknown',
      'met',
      'met',
      'decided-by-wipo',
    ]);
  });

  it('answers 400 naming a bad answer', async () => {
    const r = await postJson(`${s.url}/api/assess`, { partOfPlan: 'perhaps' });
    expect(r.status).toBe(400);
    expect(r.json.field).toBe('partOfPlan');
  });
});
