// The CLI interfaces other checks rely on: find, route, lead-time and assess with --json.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('ta-navigator CLI', () => {
  it('find --lang fr --json ranks programs with names in French', async () => {
    const r = await runCli([
      'find',
      'nos chercheurs veulent accéder aux bases de brevets',
      '--lang',
      'fr',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as {
      results: { id: string; name: string; score: number; matched: string[] }[];
    };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.map((x) => x.id)).toEqual(expect.arrayContaining(['patentscope']));
    expect(body.results[0]!.matched.length).toBeGreaterThan(0);
  });

  it('route --country NP --date 2026-12-01 --json names the bureau and the LDC Division', async () => {
    const r = await runCli(['route', '--country', 'NP', '--date', '2026-12-01', '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.primary.id).toBe('rb-asia-pacific');
    expect(body.cc.map((u: { id: string }) => u.id)).toContain('ldc-division');
    expect(body.ldc.kind).toBe('pending');
  });

  it('lead-time --start 2027-03-01 --today 2026-11-25 --json', async () => {
    const r = await runCli(['lead-time', '--start', '2027-03-01', '--today', '2026-11-25', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'too-late',
      monthsAvailable: 3,
      earliestStart: '2027-06-01',
    });
  });

  it('assess --json < answers.json', async () => {
    const r = await runCli(
      ['assess', '--json'],
      JSON.stringify({ formalRequest: 'yes', partOfPlan: 'no', nationalNeeds: 'yes', readiness: 'unknown' }),
    );
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.overall).toBe('prepare-first');
    expect(body.criteria).toHaveLength(5);
  });

  it('prints human text without --json', async () => {
    const r = await runCli(['route', '--country', 'SN', '--date', '2026-12-01', '--lang', 'en']);
    expect(r.stdout).toContain('Regional Bureau for Africa');
  });

  it.each([
    [['route', '--json'], 'country'],
    [['route', '--country', 'ZZ', '--json'], 'country'],
    [['lead-time', '--start', '2020-01-01', '--today', '2026-11-25', '--json'], 'start'],
    [['lead-time', '--start', 'june', '--json'], 'start'],
    [['find', '', '--json'], 'text'],
  ])('%j fails with exit 2 naming %s', async (args, field) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).field).toBe(field);
  });

  it('refuses bad JSON on stdin, an unknown option and an unknown command', async () => {
    expect((await runCli(['assess', '--json'], '{oops')).code).toBe(2);
    expect((await runCli(['route', '--colour', 'red'])).code).toBe(2);
    const r = await runCli(['fly']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});
