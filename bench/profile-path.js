// Profiles the server on the full guided path: starts `node --cpu-prof dist/src/server/main.js`
// (memory storage unless STORAGE is set), walks the path once to warm up, then replays it with
// autocannon for BENCH_SECONDS (default 5) at 10 connections, stops the server (which writes the
// .cpuprofile into PROFILE_DIR, default ./profiles) and prints a summary of the load phase only.
// Run: npm run build && node bench/profile-path.js
import { URL } from 'node:url';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { startChild, MAIN } from './child.js';
import { pathRequests, recordPath } from './full-path.js';

const dir = path.resolve(process.env.PROFILE_DIR ?? 'profiles');
await mkdir(dir, { recursive: true });
const before = new Set(readdirSync(dir));
const bot = await startChild(
  'bot',
  {
    STORAGE: process.env.STORAGE ?? 'memory',
    // A fresh folder for lowdb: the path's conversation ids must not be found from an earlier run.
    DATA_DIR: process.env.DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'profile-path-'))),
  },
  { args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, MAIN] },
);
const turns = await recordPath(bot.url);
await recordPath(bot.url, 'warm-2');
const stats = { mismatches: 0, letters: 0 };
const from = process.hrtime.bigint() / 1000n;
const r = await autocannon({
  url: `${bot.url}/api/messages`,
  connections: 10,
  duration: Number(process.env.BENCH_SECONDS ?? 5),
  requests: pathRequests(turns, 'prof', stats),
});
console.log(`load phase from ${from} µs (--from=${from})`);
console.log(`${r.requests.total} turns, ${Math.round(r.requests.average)}/s, off-path ${stats.mismatches}`);
await bot.stop();
const file = readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.cpuprofile'));
console.log(
  execFileSync(
    process.execPath,
    [new URL('./profile-summary.js', import.meta.url).pathname, path.join(dir, file), `--from=${from}`, '40'],
    { encoding: 'utf8' },
  ),
);
