// Writes/s of LowdbStorage with 10 vs 5,000 stored conversations, and the same for a single-file
// lowdb store (what STACK-NOTES measured) to show the difference.
// With DATABASE_URL (or TEST_DATABASE_URL) set, PostgresStorage too, in a table of its own that is
// dropped afterwards.
// Run: npx tsc -p tsconfig.build.json && node bench/storage-bench.js
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import pg from 'pg';
import { LowdbStorage, PostgresStorage } from '../dist/src/storage/index.js';

const STATE = { step: 'country', answers: { country: 'KE', program: 'ip-policy', text: 'x'.repeat(800) } };
const ROUNDS = 5;

function keyOf(i) {
  return `webchat/conversations/conv-${i}`;
}

/**
 * Turns/s of `turns` read-then-write turns (written with the read eTag) with `stored` conversations
 * on disk, the turns spread over the first `span` of them.
 */
async function perKeyFiles(stored, turns, span = stored) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-bench-'));
  const rate = await turnsPerSecond(new LowdbStorage(dir), stored, turns, span);
  await rm(dir, { recursive: true, force: true });
  return rate;
}

const databaseUrl = (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '').trim();
let benchTables = 0;

/** The same turns on PostgresStorage (one round trip per read and per write). */
async function perKeyPostgres(stored, turns) {
  const table = `ta_bench_${process.pid}_${++benchTables}`;
  const s = new PostgresStorage({ connectionString: databaseUrl, table });
  try {
    return await turnsPerSecond(s, stored, turns, stored);
  } finally {
    await s.close();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.end();
  }
}

async function turnsPerSecond(s, stored, turns, span) {
  for (let i = 0; i < stored; i += 500) {
    const batch = {};
    for (let j = i; j < Math.min(stored, i + 500); j++) batch[keyOf(j)] = { ...STATE, n: j };
    await s.write(batch);
  }
  const start = process.hrtime.bigint();
  for (let t = 0; t < turns; t++) {
    const key = keyOf((t * 7919) % span);
    const item = (await s.read([key]))[key];
    await s.write({ [key]: { ...item, n: t } });
  }
  return turns / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Writes/s against one lowdb file holding every conversation. */
async function oneFile(stored, turns) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-bench-'));
  const db = new Low(new JSONFile(path.join(dir, 'db.json')), {});
  for (let i = 0; i < stored; i++) db.data[keyOf(i)] = { ...STATE, n: i };
  await db.write();
  const start = process.hrtime.bigint();
  for (let t = 0; t < turns; t++) {
    db.data[keyOf((t * 7919) % stored)].n = t;
    await db.write();
  }
  const rate = turns / (Number(process.hrtime.bigint() - start) / 1e9);
  await rm(dir, { recursive: true, force: true });
  return rate;
}

/** Median of ROUNDS runs, small and large interleaved so that machine drift hits both alike. */
async function compare(run, turnsSmall, turnsLarge) {
  const small = [];
  const large = [];
  for (let round = 0; round < ROUNDS; round++) {
    small.push(await run(10, turnsSmall));
    large.push(await run(5000, turnsLarge));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [median(small), median(large)];
}

const fmt = (n) => n.toFixed(0).padStart(6);
const line = (label, [small, large]) =>
  console.log(
    `${label} 10 stored ${fmt(small)}/s   5,000 stored ${fmt(large)}/s   ratio ${(small / large).toFixed(2)}`,
  );

line('LowdbStorage, file per key (read+write turns):', await compare(perKeyFiles, 2000, 2000));
// Same working set (10 files touched) with 5,000 on disk: isolates the store size from the file
// system's cost of touching many distinct files (inode/dentry caches, journal).
line(
  'LowdbStorage, 5,000 stored, turns on only 10:  ',
  await compare((n, t) => perKeyFiles(n, t, 10), 2000, 2000),
);
line('lowdb, one file for all (writes):              ', await compare(oneFile, 2000, 100));
if (databaseUrl) {
  line('PostgresStorage (read+write turns):             ', await compare(perKeyPostgres, 1000, 1000));
}
console.log(
  `(median of ${ROUNDS} interleaved runs; ~1 KB per conversation; node ${process.version}, ${os.cpus().length} CPUs)`,
);
