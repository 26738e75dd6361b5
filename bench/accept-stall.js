// Where the slow first requests at 200 connections spend their time (bench/README.md, third
// round). 200 keep-alive connections of node:http (not autocannon) walk the full path on lowdb
// for 3 s, three times, each time on 200 new sockets; for every first request slower than 1 s it
// prints the client's connect, the server's accept (accept-hook.js), the request's start and the
// answer. Run: npm run build && node bench/accept-stall.js   (SERVER_NODE: another node binary)
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { MAIN, startChild } from './child.js';
import { envelope, recordPath } from './full-path.js';

const now = () => performance.timeOrigin + performance.now();
const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-accept-'));
const out = path.join(dir, 'accept.json');
const hook = fileURLToPath(new URL('./accept-hook.js', import.meta.url));
const bot = await startChild(
  'bot',
  { STORAGE: 'lowdb', DATA_DIR: path.join(dir, 'data'), ACCEPT_HOOK_OUT: out },
  { command: process.env.SERVER_NODE || process.execPath, args: ['--import', hook, MAIN] },
);
const turns = await recordPath(bot.url);
const { hostname, port } = new URL(bot.url);

function post(agent, body, rec) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port,
        path: '/api/messages',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve((rec.done = now())));
      },
    );
    req.on('socket', (s) => {
      if (s.connecting) s.once('connect', () => Object.assign(rec, { connect: now(), port: s.localPort }));
    });
    req.on('error', reject);
    rec.sent = now();
    req.end(body);
  });
}

/** `conns` connections walking path after path for `seconds`; one record per request. */
async function run(conns, seconds, prefix, recs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const until = performance.now() + seconds * 1000;
  let conversations = 0;
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (performance.now() < until) {
        const conv = `${prefix}-${++conversations}`;
        for (let i = 0; i < turns.length && performance.now() < until; i++) {
          const rec = { turn: i };
          await post(agent, JSON.stringify(envelope(conv, i, turns[i].turn)), rec);
          recs.push(rec);
        }
      }
    }),
  );
  agent.destroy();
}

await run(10, 2, 'warm', []);
await run(200, 1, 'warm200', []);
const recs = [];
for (let k = 0; k < 3; k++) {
  const these = [];
  await run(200, 3, `run${k}`, these);
  const ms = these.map((r) => r.done - r.sent).sort((a, b) => a - b);
  const slow = these.filter((r) => r.done - r.sent > 1000);
  console.log(
    `run ${k + 1}: ${ms.length} turns, p50 ${ms[ms.length >> 1].toFixed(0)} ms, p99 ${ms[Math.floor(ms.length * 0.99)].toFixed(0)} ms, ` +
      `${slow.length} over 1 s (${slow.filter((r) => r.turn === 0).length} of them first requests)`,
  );
  recs.push(...these);
}
await bot.stop();
const seen = new Map(
  JSON.parse(readFileSync(out, 'utf8')).map(([p, accept, request]) => [p, { accept, request }]),
);
const f = (x) => (Number.isFinite(x) ? x.toFixed(0) : '?').padStart(6);
const slow = recs
  .filter((r) => r.turn === 0 && r.done - r.sent > 1000)
  .sort((a, b) => b.done - b.sent - (a.done - a.sent));
for (const r of slow.slice(0, 10)) {
  const s = seen.get(r.port) ?? {};
  console.log(
    `first request ${f(r.done - r.sent)} ms: sent→connected ${f(r.connect - r.sent)} | connected→accepted ${f(s.accept - r.connect)} | accepted→request ${f(s.request - s.accept)} | request→answered ${f(r.done - s.request)}`,
  );
}
await rm(dir, { recursive: true, force: true });
