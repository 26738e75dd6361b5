import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, expect, it } from 'vitest';
import { PostgresStorage, type PostgresStorageOptions } from '../../src/storage/index.js';

/**
 * PostgreSQL for the storage tests: TEST_DATABASE_URL. Each test file works in
 * its own fresh schema (dropped at the end) and each storage made here in its own table, so runs
 * and files never see each other's rows, and nothing outside that schema is touched.
 */
// Only TEST_DATABASE_URL: a DATABASE_URL exported for the app (maybe production) is never used by tests.
export const postgresUrl = (process.env.TEST_DATABASE_URL || '').trim();

const schema = `ta_test_${process.pid}_${randomBytes(4).toString('hex')}`;
let tables = 0;
let schemaMade = false;
const open: PostgresStorage[] = [];

/** A new, not yet created table name in this file's schema. */
export function freshTable(): string {
  tables += 1;
  return `${schema}.store_${tables}`;
}

/** A PostgresStorage on `table` (default: a fresh one), closed after the test. */
export async function makePostgres(
  table: string = freshTable(),
  pool: PostgresStorageOptions['pool'] = {},
): Promise<PostgresStorage> {
  if (!schemaMade) {
    await admin(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    schemaMade = true;
  }
  const s = new PostgresStorage({ connectionString: postgresUrl, table, pool });
  open.push(s);
  return s;
}

/** One statement on a short-lived connection of its own. */
export async function admin(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * Without a database the PostgreSQL tests are skipped, and a skipped test says why; in CI
 * (CI=true), which starts PostgreSQL, a missing URL is a failure instead.
 */
export function requirePostgres(what: string): void {
  if (postgresUrl) return;
  const why = `${what}: set TEST_DATABASE_URL to a PostgreSQL database`;
  if (process.env.CI === 'true') {
    it(`${why} (CI starts PostgreSQL, so it must be set)`, () => {
      expect.fail(`${why}; .ci/run exports it after starting PostgreSQL`);
    });
  } else {
    it.skip(`${why} to run them (skipped)`, () => undefined);
  }
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  if (schemaMade) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});
