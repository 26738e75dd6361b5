// Before/after in one run: the same scenarios against two built trees (this one and another, e.g.
// a worktree of an older commit built with `npx tsc -p tsconfig.build.json`), interleaved, each
// beside the echo bot measured in the same run: cold start to /healthz, the full guided path on
// memory and on lowdb storage at 10 connections, and the RSS after 200 conversations walked it.
// Run: node bench/compare.js <other tree> [label]   (BENCH_SECONDS, default 5)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { MAIN, startChild } from './child.js';
import { envelope, pathRequests, recordPath } from './full-path.js';

const [other, label = 'before'] = process.argv.slice(2);
if (!other) throw new Error('usage: node bench/compare.js <other built tree> [label]');
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const trees = [
  { name: label, main: path.resolve(other, 'dist/src/server/main.js') },
  { name: 'this tree', main: MAIN },
];

async function load(url, requests, connections, stats) {
  // Warm-up: the bot's path keeps getting faster for several seconds (JIT).
  await autocannon({ url: `${url}/api/messages`, connections, duration: DURATION / 2, requests });
  if (stats) Object.assign(stats, { mismatches: 0, letters: 0 });
  const r = await autocannon({ url: `${url}/api/messages`, connections, duration: DURATION, requests });
  return Math.round(r.requests.total / r.duration);
}

let n = 0;
const echoRequests = [
  {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify(envelope(`echo-${n % 10}`, n++, { type: 'message', text: 'hello' })),
    }),
  },
];

const rows = [];
const echo = await startChild('echo');
const echoTps = await load(echo.url, echoRequests, 10);
await echo.stop();
for (const tree of trees) {
  const row = { tree: tree.name, cold: [] };
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const s = await startChild('bot', { STORAGE: 'memory' }, { args: [tree.main] });
    row.cold.push(performance.now() - t);
    await s.stop();
  }
  row.coldMs = row.cold.sort((a, b) => a - b)[1];
  for (const storage of ['memory', 'lowdb']) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-compare-'));
    const s = await startChild('bot', { STORAGE: storage, DATA_DIR: dir }, { args: [tree.main] });
    const turns = await recordPath(s.url);
    const stats = { mismatches: 0, letters: 0 };
    row[storage] = await load(s.url, pathRequests(turns, `cmp-${storage}`, stats), 10, stats);
    row[`${storage}Cost`] = echoTps / row[storage];
    row[`${storage}Mismatches`] = stats.mismatches;
    if (storage === 'lowdb') {
      const r = await autocannon({
        url: `${s.url}/api/messages`,
        connections: 200,
        amount: 200 * turns.length,
        requests: pathRequests(turns, 'cmp-200', stats),
        timeout: 60,
      });
      row.rss200Mb = s.rssMb();
      row.p99At200ms = r.latency.p99;
    }
    await s.stop();
    await rm(dir, { recursive: true, force: true });
  }
  rows.push(row);
}
console.log(
  `echo bot: ${echoTps} turns/s (10 connections); node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const r of rows)
  console.log(
    `${r.tree.padEnd(12)} cold start ${r.coldMs.toFixed(0)} ms | full path memory ${r.memory} turns/s (${r.memoryCost.toFixed(2)}× echo) | lowdb ${r.lowdb} turns/s (${r.lowdbCost.toFixed(2)}× echo) | 200 at once: p99 ${r.p99At200ms} ms, RSS ${r.rss200Mb.toFixed(0)} MB | off-path ${r.memoryMismatches + r.lowdbMismatches}`,
  );
