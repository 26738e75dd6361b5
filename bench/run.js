// `npm run bench`: every performance figure of the server in one run, against a bare echo bot
// measured in the same run (the machines are shared and noisy, so the ratios to that baseline
// mean more than the raw figures). Writes bench/results.json (every figure, the ratios, node
// version, CPU count and `targets: [{ name, value, limit, met }]`) and prints a table. It never
// fails: a target not met is reported, not thrown.
// BENCH_SECONDS (default 5) is the length of each HTTP scenario; 3 keeps the run under 2 minutes.
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import { httpBench } from './http-bench.js';
import { startupBench } from './startup-bench.js';
import { domainBench } from './domain-bench.js';
import { finderBench } from './finder-bench.js';
import { databaseUrl, storageBench } from './storage-bench.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const short = SECONDS < 5;
const started = performance.now();
const log = (m) => console.log(m);
const section = (name) => log(`\n== ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

section('HTTP: echo bot, single turns, full guided path, concurrency, memory');
const http = await httpBench({ duration: SECONDS, stored: 2000, active: 200, log });
const memory = http.memory;
section('start-up');
const startup = await startupBench({ runs: short ? 2 : 3 });
log(
  `cold start ${startup.coldStart.medianMs.toFixed(0)} ms, npm start ${startup.npmStart.medianMs.toFixed(0)} ms`,
);
section('letters, lead time, routing, finder');
const domain = await domainBench({ letterRounds: short ? 5 : 9 });
const finder = finderBench({ rounds: short ? 5 : 20, builds: short ? 2 : 5 });
section('storage: 100 vs 10,000 stored');
// Rounds of 0.1 s (300–400 turns) moved by ±20% with the machine; of 800 turns, by a few percent.
const storage = await storageBench({ turns: short ? 800 : 1000, rounds: 9 });

const cost = (r) => http.echo.turnsPerSec / r.turnsPerSec;
const at200 = http.concurrency.find((c) => c.conversations === 200);
const ratios = {
  fullPathMemoryCost: cost(http.fullPath_memory),
  fullPathLowdbCost: cost(http.fullPath_lowdb),
  finderTurnMemoryCost: cost(http.finderTurn_memory),
  finderTurnLowdbCost: cost(http.finderTurn_lowdb),
  // The same costs as the server's CPU time per turn against the echo bot's: not moved by a load
  // generator that cannot keep up with the echo bot (see loadGeneratorCpu in the rows).
  fullPathMemoryCpuCost: http.fullPath_memory.serverCpuUsPerTurn / http.echoCpuUsPerTurn,
  fullPathLowdbCpuCost: http.fullPath_lowdb.serverCpuUsPerTurn / http.echoCpuUsPerTurn,
  p99VsEcho: Object.fromEntries(http.concurrency.map((c) => [c.conversations, c.p99Ratio])),
  storageLowdb: storage.lowdb.costRatio,
  ...(storage.postgres?.costRatio ? { storagePostgres: storage.postgres.costRatio } : {}),
};

const target = (name, value, limit, unit = '') => ({ name, value, limit, unit, met: value <= limit });
const targets = [
  // The per-turn cost as turns/s and as server CPU per turn, whichever is higher: a load generator
  // starved of CPU (another job on the second core) caps the echo bot's turns/s and flatters the
  // first; the second does not depend on it.
  target(
    'full path per-turn cost vs echo, memory storage',
    Math.max(ratios.fullPathMemoryCost, ratios.fullPathMemoryCpuCost),
    1.5,
    '×',
  ),
  target(
    'full path per-turn cost vs echo, lowdb storage',
    Math.max(ratios.fullPathLowdbCost, ratios.fullPathLowdbCpuCost),
    2,
    '×',
  ),
  target('p99 at 200 conversations vs echo p99', at200.p99Ratio, 3, '×'),
  target('cold start to /healthz', startup.coldStart.medianMs, 1200, 'ms'),
  target('npm start (built tree) to /healthz', startup.npmStart.medianMs, 2000, 'ms'),
  target(
    'RSS, 2,000 stored + 200 active conversations',
    Math.max(memory.rssAfterActiveMb, memory.rssAfterBurstMb ?? 0),
    250,
    'MB',
  ),
  target('per-conversation engine state', memory.engineStateBytes / 1024, 2, 'KB'),
  target('DOCX letter (slowest of 18)', domain.docxMaxMs, 30, 'ms'),
  target('finder p95 per query', finder.p95ms, 5, 'ms'),
  target('lead time check', domain.leadTimeMs, 0.1, 'ms'),
  target('routing', domain.routingMs, 0.1, 'ms'),
  target('storage 100 vs 10,000 stored, lowdb', storage.lowdb.costRatio, 1.3, '×'),
  ...(storage.postgres?.costRatio
    ? [target('storage 100 vs 10,000 stored, PostgreSQL', storage.postgres.costRatio, 1.3, '×')]
    : []),
];
// Strictly below for the "<" targets of the issue.
for (const t of targets) if (/DOCX|finder/.test(t.name)) t.met = t.value < t.limit;

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadAverage: os.loadavg(),
  benchSeconds: SECONDS,
  postgres: databaseUrl()
    ? storage.postgres?.error
      ? `error: ${storage.postgres.error}`
      : 'measured'
    : 'not set',
  http,
  startup,
  memory,
  domain,
  finder,
  storage,
  ratios,
  targets,
  totalSeconds: (performance.now() - started) / 1000,
};
// Formatted as the repository's Prettier would, so that `prettier --check .` passes after a run.
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));
let json = JSON.stringify(results, null, 2) + '\n';
try {
  const prettier = await import('prettier');
  json = await prettier.format(json, { ...(await prettier.resolveConfig(resultsFile)), parser: 'json' });
} catch {
  // Prettier is a dev dependency: without it the file stays as JSON.stringify wrote it.
}
writeFileSync(resultsFile, json);

const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2));
log(
  `\n== targets (node ${process.version}, ${results.cpus} CPUs, load ${results.loadAverage.map((l) => l.toFixed(1)).join(' ')})`,
);
log(`${'target'.padEnd(50)} ${'value'.padStart(9)} ${'limit'.padStart(9)}  result`);
for (const t of targets)
  log(
    `${t.name.padEnd(50)} ${(fmt(t.value) + ' ' + t.unit).padStart(9)} ${(fmt(t.limit) + ' ' + t.unit).padStart(9)}  ${t.met ? 'met' : 'NOT MET'}`,
  );
log(
  `\nper-turn cost vs echo (turns/s | server CPU per turn, echo ${http.echoCpuUsPerTurn} µs): ` +
    `memory ${fmt(ratios.fullPathMemoryCost)}× | ${fmt(ratios.fullPathMemoryCpuCost)}× (${http.fullPath_memory.serverCpuUsPerTurn} µs), ` +
    `lowdb ${fmt(ratios.fullPathLowdbCost)}× | ${fmt(ratios.fullPathLowdbCpuCost)}× (${http.fullPath_lowdb.serverCpuUsPerTurn} µs); ` +
    `load generator during the echo run: ${http.echo.loadGeneratorCpu} of a core`,
);
log(`\nconcurrency (full path, lowdb storage, ${memory.stored} stored) beside the echo bot:`);
for (const c of http.concurrency)
  log(
    `  ${String(c.conversations).padStart(3)} conversations: ${c.bot.turnsPerSec} turns/s p50 ${c.bot.p50ms} ms p99 ${c.bot.p99ms} ms` +
      `   echo ${c.echo.turnsPerSec} turns/s p50 ${c.echo.p50ms} ms p99 ${c.echo.p99ms} ms   p99 ×${c.p99Ratio.toFixed(2)}`,
  );
if (http.burst)
  log(
    `  ${memory.active} starting together, each walking the path once: ${http.burst.turnsPerSec} turns/s p50 ${http.burst.p50ms} ms p99 ${http.burst.p99ms} ms (reported, not a target)`,
  );
log(`\nwritten to bench/results.json in ${results.totalSeconds.toFixed(0)} s`);
