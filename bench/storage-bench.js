// Per-turn storage cost with 100 vs 10,000 stored conversations, 100 of them active in both: a
// turn reads its conversation and writes it back with the eTag it read, as the bot does. LowdbStorage (a file per key) always;
// PostgresStorage too when TEST_DATABASE_URL or DATABASE_URL is set (a table of its own, dropped
// afterwards). The stores are filled once; small and large are measured in interleaved rounds so
// that machine drift hits both alike, and the median of the rounds is kept. The record is the
// size of a real conversation's after the full path (~10 KB, most of it the recent replies).
// Run: node scripts/fresh-build.js && node bench/storage-bench.js
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { LowdbStorage, PostgresStorage } from '../dist/src/storage/index.js';

const RECORD = {
  state: {
    v: 1,
    lang: 'fr',
    answers: { country: { value: 'SN' }, text: { value: 'x'.repeat(2000) } },
    history: [],
  },
  owner: 'webchat:user',
  recent: Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, replies: [{ text: 'y'.repeat(1600) }] })),
};

const keyOf = (i) => `conversations/webchat/conv-${i}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes `stored` conversations, batches of 100, eight batches at a time. */
async function fill(s, stored) {
  const batches = [];
  for (let i = 0; i < stored; i += 100) {
    const batch = {};
    for (let j = i; j < Math.min(stored, i + 100); j++) batch[keyOf(j)] = { ...RECORD, n: j };
    batches.push(batch);
  }
  while (batches.length) await Promise.all(batches.splice(0, 8).map((b) => s.write(b)));
}

/**
 * The conversations the turns go to: as many in both stores, spread over all that is stored. A
 * live conversation's record is the one this process wrote on its previous turn, however many
 * others are stored; spreading the turns over all 10,000 instead measured records nobody touched
 * for 10,000 turns against records touched 100 turns before (lowdb keeps the last 1,000 it saw),
 * which is the question of how many are active, not of how many are stored.
 */
export const ACTIVE = 100;

/** Turns/s of `turns` read-then-write turns over ACTIVE of the `stored` conversations. */
async function turnsPerSecond(s, stored, turns) {
  const start = process.hrtime.bigint();
  for (let t = 0; t < turns; t++) {
    const key = keyOf(((t * 7919) % ACTIVE) * (stored / ACTIVE));
    const item = (await s.read([key]))[key];
    await s.write({ [key]: { ...item, n: t } });
  }
  return turns / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function compare(small, large, turns, rounds) {
  const a = [];
  const b = [];
  for (let r = 0; r < rounds; r++) {
    a.push(await turnsPerSecond(small, 100, turns));
    b.push(await turnsPerSecond(large, 10_000, turns));
  }
  const s = median(a);
  const l = median(b);
  return { stored100PerSec: s, stored10000PerSec: l, costRatio: s / l };
}

export const databaseUrl = () => (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '').trim();

export async function storageBench({ turns = 1000, rounds = 5 } = {}) {
  const out = {};
  const dirs = [
    await mkdtemp(path.join(os.tmpdir(), 'ta-bench-st-')),
    await mkdtemp(path.join(os.tmpdir(), 'ta-bench-st-')),
  ];
  try {
    const [small, large] = dirs.map((d) => new LowdbStorage(d));
    await fill(small, 100);
    await fill(large, 10_000);
    out.lowdb = await compare(small, large, turns, rounds);
  } finally {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
  const url = databaseUrl();
  if (url) {
    const tables = [`ta_bench_${process.pid}_100`, `ta_bench_${process.pid}_10000`];
    const stores = tables.map((table) => new PostgresStorage({ connectionString: url, table }));
    try {
      await fill(stores[0], 100);
      await fill(stores[1], 10_000);
      out.postgres = await compare(stores[0], stores[1], turns, rounds);
    } catch (e) {
      out.postgres = { error: e.message };
    } finally {
      for (const s of stores) await s.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const t of tables) await client.query(`DROP TABLE IF EXISTS ${t}`);
      await client.end();
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = await storageBench();
  for (const [name, v] of Object.entries(r))
    console.log(
      v.error
        ? `${name}: ${v.error}`
        : `${name}: 100 stored ${v.stored100PerSec.toFixed(0)} turns/s, 10,000 stored ${v.stored10000PerSec.toFixed(0)} turns/s, cost ratio ${v.costRatio.toFixed(2)}`,
    );
}
