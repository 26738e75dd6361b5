import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PostgresStorage, StorageConflictError } from '../../src/storage/index.js';
import { likePrefix, quoteTable } from '../../src/storage/postgresStorage.js';
import { admin, freshTable, makePostgres, postgresUrl, requirePostgres } from './postgres.js';

describe('PostgresStorage without a database', () => {
  it('quotes schema-qualified table names and refuses anything else', () => {
    expect(quoteTable('ta_store')).toBe('"ta_store"');
    expect(quoteTable('s1.t_2')).toBe('"s1"."t_2"');
    for (const bad of ['', 'a.b.c', 'Store', 'x; DROP TABLE y', 't"', '1t', 'a-b']) {
      expect(() => quoteTable(bad), bad).toThrow(TypeError);
    }
    expect(() => new PostgresStorage({ connectionString: 'postgres://x@127.0.0.1/x', table: 'x;' })).toThrow(
      TypeError,
    );
    expect(() => new PostgresStorage({ connectionString: '' })).toThrow(TypeError);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(likePrefix('')).toBe('%');
    expect(likePrefix('drafts/u1/')).toBe('drafts/u1/%');
    expect(likePrefix('a%b_c\\d')).toBe('a\\%b\\_c\\\\d%');
  });
});

// Two PostgresStorage instances = two pools = two bot instances behind a load balancer.
describe.runIf(postgresUrl)('PostgresStorage shared by two bot instances', () => {
  async function twoInstances(): Promise<[PostgresStorage, PostgresStorage, string]> {
    const table = freshTable();
    return [await makePostgres(table), await makePostgres(table), table];
  }

  it('creates its table on first use, even when both instances start at once', async () => {
    const [a, b, table] = await twoInstances();
    const before = await admin('SELECT to_regclass($1) AS t', [table]);
    expect(before.rows[0].t).toBeNull();
    await Promise.all([a.list(''), b.read(['k']), a.write({ k: { v: 1 } }), b.list('k')]);
    const after = await admin('SELECT to_regclass($1) AS t', [table]);
    expect(after.rows[0].t).not.toBeNull();
    expect((await b.read(['k'])).k?.v).toBe(1);
  });

  it('lets exactly one of two instances win a write with the same read eTag, every time', async () => {
    const [a, b] = await twoInstances();
    await a.write({ 'webchat/conversations/c1': { n: 0 } });
    for (let round = 1; round <= 30; round++) {
      const key = 'webchat/conversations/c1';
      const [readA, readB] = await Promise.all([a.read([key]), b.read([key])]);
      expect(readA[key]?.eTag).toBe(readB[key]?.eTag);
      const results = await Promise.allSettled([
        a.write({ [key]: { ...readA[key], n: round, by: 'a' } }),
        b.write({ [key]: { ...readB[key], n: round, by: 'b' } }),
      ]);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i === 0 ? 'a' : 'b'] : []));
      expect(won, `round ${round}`).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(StorageConflictError);
      expect(lost.reason).toMatchObject({ key, expected: readA[key]?.eTag });
      const stored = (await a.read([key]))[key];
      expect(stored).toMatchObject({ n: round, by: won[0] });
      expect(lost.reason.actual).toBe(stored?.eTag);
    }
  });

  it('loses no update when two instances run read-modify-write turns on one key', async () => {
    const [a, b] = await twoInstances();
    await a.write({ k: { n: 0, by: [] } });
    let conflicts = 0;
    // A bot turn: read, compute, write with the read eTag, re-run on conflict (as converse.ts does).
    const turn = async (s: PostgresStorage, who: string) => {
      for (;;) {
        const cur = (await s.read(['k'])).k as { n: number; by: string[]; eTag: string };
        try {
          await s.write({ k: { ...cur, n: cur.n + 1, by: [...cur.by, who] } });
          return;
        } catch (e) {
          if (!(e instanceof StorageConflictError)) throw e;
          conflicts += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? turn(a, `a${i}`) : turn(b, `b${i}`))));
    const final = (await b.read(['k'])).k as { n: number; by: string[] };
    expect(final.n).toBe(20);
    expect(final.by).toHaveLength(20);
    expect(new Set(final.by).size).toBe(20);
    expect(conflicts).toBeGreaterThan(0); // the turns did race
  });

  it('rolls back a whole batch, inserts included, when one item conflicts on another instance', async () => {
    const [a, b] = await twoInstances();
    await a.write({ x: { v: 1 } });
    const stale = (await a.read(['x'])).x;
    await b.write({ x: { ...(await b.read(['x'])).x, v: 2 } });
    await expect(a.write({ fresh: { v: 1 }, x: { ...stale, v: 3 }, z: { v: 1 } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    expect(await b.list('')).toEqual(['x']);
    expect((await b.read(['x'])).x?.v).toBe(2);
  });

  it('refuses keys PostgreSQL cannot hold instead of merging them with others', async () => {
    const s = await makePostgres();
    for (const key of ['nul\u0000key', 'lone\ud800', 'lone\udc00x']) {
      await expect(s.write({ [key]: { v: 1 } })).rejects.toThrow(TypeError);
      expect(await s.read([key])).toEqual({});
      await s.delete([key]);
    }
    await s.write({ 'lone\ufffdx': { v: 1 }, 'e/😀': { v: 2 } });
    expect(await s.read(['lone\udc00x'])).toEqual({});
    // Half of a surrogate pair is still a prefix of the whole pair, as in JavaScript.
    expect(await s.list('e/\ud83d')).toEqual(['e/😀']);
  });

  it('rolls back and keeps working after a failed statement, and ends its pool once', async () => {
    const s = await makePostgres(freshTable(), { max: 1 }); // one connection: a broken one would fail what follows
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(s.write({ a: { v: 1 }, b: circular })).rejects.toThrow(TypeError);
    // A key too large for the primary key index: PostgreSQL refuses it mid-batch.
    const huge = randomBytes(12_000).toString('hex');
    const err = await s.write({ a: { v: 1 }, [huge]: { v: 2 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(StorageConflictError);
    expect(await s.list('')).toEqual([]);
    await s.write({ a: { v: 1 } });
    expect(await s.list('')).toEqual(['a']);
    await s.close();
    await s.close();
    await expect(s.read(['a'])).rejects.toThrow();
  });
});

if (!postgresUrl) {
  describe('PostgresStorage shared by two bot instances', () => {
    requirePostgres('the PostgreSQL two-instance tests');
  });
}
