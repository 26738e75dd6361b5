// Turns/s and latency over HTTP with autocannon, each server in a process of its own (see
// child.js): the bare echo bot, single-turn scenarios, the full guided path (full-path.js) on
// memory and lowdb storage, and the path at 1, 50 and 200 concurrent conversations beside the
// echo bot at the same concurrency. The machines are shared and noisy: only the ratios to the
// echo bot measured in the same run mean much.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startChild } from './child.js';
import { envelope, pathRequests, recordPath, stepsOf } from './full-path.js';
import { seedCopies } from './memory-bench.js';

const JSON_HEADERS = { 'content-type': 'application/json' };
const FINDER_QUERY = 'patent databases for our researchers';

/** CPU time (user + system) a process has used so far, in µs, from /proc (clock ticks of 10 ms). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/**
 * `server` as startChild gives it. Besides turns/s: the server's CPU time per turn (what a turn
 * costs whether or not the load generator keeps up: the echo bot is so cheap that one core of
 * autocannon can be what limits its turns/s) and the load generator's CPU use (1 = a whole core).
 */
async function load(server, requests, connections, duration, stats, warmUp = 0) {
  const url = server.url;
  // An untimed run first: the JIT and the caches of the scenario warm up. The bot's path runs
  // through much more code than the echo bot: it keeps getting faster for several seconds.
  await autocannon({
    url: `${url}/api/messages`,
    connections,
    ...(warmUp ? { duration: warmUp } : { amount: Math.max(100, connections * 2) }),
    requests,
  });
  if (stats) Object.assign(stats, { mismatches: 0, letters: 0 });
  const cpu0 = cpuMicros(server.pid);
  const client0 = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration,
    requests,
  });
  const client = process.cpuUsage(client0);
  return {
    ...summary(result),
    serverCpuUsPerTurn: Math.round((cpuMicros(server.pid) - cpu0) / Math.max(result.requests.total, 1)),
    loadGeneratorCpu: +((client.user + client.system) / 1000 / (performance.now() - started)).toFixed(2),
  };
}

/** `conversations` connections, each walking the whole path (`pathLength` turns) once. */
async function walkAll(url, requests, conversations, pathLength) {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections: conversations,
    amount: conversations * pathLength,
    requests,
    timeout: 60,
  });
  return summary(result);
}

function summary(result) {
  return {
    turnsPerSec: Math.round((1000 * result.requests.total) / (result.duration * 1000)),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    turns: result.requests.total,
  };
}

/** One message turn repeated over `conversations` conversations (already started). */
function oneTurn(text, conversations, prefix) {
  let n = 0;
  return [
    {
      method: 'POST',
      headers: JSON_HEADERS,
      setupRequest: (req) => {
        const i = n++;
        return {
          ...req,
          body: JSON.stringify(
            envelope(`${prefix}-${i % conversations}`, 1000 + i, { type: 'message', text }),
          ),
        };
      },
    },
  ];
}

async function post(url, activity) {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(activity),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
}

/** Brings `conversations` conversations to the "describe your need" question (a finder turn next). */
async function toNeed(url, conversations, prefix) {
  for (let c = 0; c < conversations; c++) {
    const conv = `${prefix}-${c}`;
    let n = 0;
    await post(url, envelope(conv, n++, { type: 'conversationUpdate' }));
    for (const v of ['goal:find'])
      await post(url, envelope(conv, n++, { type: 'message', value: { choice: v } }));
    await post(url, envelope(conv, n++, { type: 'message', text: 'SN' }));
    await post(
      url,
      envelope(conv, n++, { type: 'message', value: { choice: 'university', step: 'requester' } }),
    );
  }
}

const row = (name, r, extra = {}) => ({ name, ...r, ...extra });

export async function httpBench({ duration, stored = 2000, active = 200, log }) {
  const rows = [];
  const report = (r) => {
    rows.push(r);
    log(
      `${r.name.padEnd(52)} ${String(r.turnsPerSec).padStart(6)} turns/s  p50 ${String(r.p50ms).padStart(4)} ms  p99 ${String(r.p99ms).padStart(4)} ms  errors ${r.errors}` +
        (r.serverCpuUsPerTurn !== undefined
          ? `  server CPU ${r.serverCpuUsPerTurn} µs/turn, load generator ${r.loadGeneratorCpu}`
          : '') +
        (r.mismatches !== undefined ? `  off-path ${r.mismatches}  letters ${r.letters}` : ''),
    );
    return r;
  };
  const out = { concurrency: [] };

  // The echo bot: the single-turn baseline, and the baseline at each concurrency.
  const echo = await startChild('echo');
  const echoTurn = (conn) => oneTurn('hello', Math.max(conn, 10), 'echo');
  out.echo = report(row('echo bot (baseline), 10 connections', await load(echo, echoTurn(10), 10, duration)));
  const echoAt = {};
  for (const c of [1, 50, active])
    echoAt[c] = report(row(`echo bot, ${c} connections`, await load(echo, echoTurn(c), c, duration)));
  // The machine is shared and one run of the baseline can land in a slow moment, which would make
  // every ratio look better than it is: the baseline is measured twice and the faster one counts.
  const again = report(
    row('echo bot (baseline), 10 connections, again', await load(echo, echoTurn(10), 10, duration)),
  );
  // The same for its CPU time per turn: the lower of the two.
  out.echoCpuUsPerTurn = Math.min(out.echo.serverCpuUsPerTurn, again.serverCpuUsPerTurn);
  if (again.turnsPerSec > out.echo.turnsPerSec) out.echo = again;
  await echo.stop();

  // Memory storage: a finder turn, and the full path at 10 connections.
  let bot = await startChild('bot', { STORAGE: 'memory' });
  const turns = await recordPath(bot.url);
  out.pathTurns = turns.length;
  out.pathSteps = stepsOf(turns);
  await toNeed(bot.url, 50, 'need-memory');
  out.finderTurn_memory = report(
    row(
      'finder turn, memory',
      await load(bot, oneTurn(FINDER_QUERY, 50, 'need-memory'), 10, duration, undefined, duration / 2),
    ),
  );
  let stats = { mismatches: 0, letters: 0 };
  out.fullPath_memory = report(
    row(
      `full path (${turns.length} turns), memory, 10 connections`,
      await load(bot, pathRequests(turns, 'path-memory', stats), 10, duration, stats, duration / 2),
      stats,
    ),
  );
  await bot.stop();

  // Lowdb storage, as `npm start` runs, with `stored` conversations on disk (copies of one that
  // walked the whole path): a finder turn, the full path at 10 connections, then 1, 50 and
  // `active` conversations at once, each walking the path, and the memory that takes.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-bench-http-'));
  try {
    bot = await startChild('bot', { STORAGE: 'lowdb', DATA_DIR: dir });
    const memory = { rssStartMb: bot.rssMb() };
    const conv = `seedsrc${process.pid}`;
    await recordPath(bot.url, conv);
    Object.assign(memory, await seedCopies(dir, conv, stored));
    memory.stored = stored;
    memory.rssStoredMb = bot.rssMb();
    await toNeed(bot.url, 50, 'need-lowdb');
    out.finderTurn_lowdb = report(
      row(
        'finder turn, lowdb',
        await load(bot, oneTurn(FINDER_QUERY, 50, 'need-lowdb'), 10, duration, undefined, duration / 2),
      ),
    );
    stats = { mismatches: 0, letters: 0 };
    out.fullPath_lowdb = report(
      row(
        `full path, lowdb (${stored} stored), 10 connections`,
        await load(bot, pathRequests(turns, 'path-lowdb', stats), 10, duration, stats, duration / 2),
        stats,
      ),
    );
    for (const c of [1, 50, active]) {
      const s = { mismatches: 0, letters: 0 };
      // Measured as the echo bot is at the same concurrency: c connections for `duration`, each
      // walking path after path (a new conversation each time), so c conversations are always
      // under way. (Each connection's first request waits for the load generator to open its
      // socket; over a run of thousands of turns, as for the echo bot, that is below the p99.)
      const r = report(
        row(
          `full path, lowdb, ${c} conversation${c > 1 ? 's at once' : ''}`,
          await load(bot, pathRequests(turns, `conc${c}`, s), c, duration, s),
          s,
        ),
      );
      if (c === active) {
        memory.active = active;
        memory.rssAfterActiveMb = bot.rssMb();
      }
      out.concurrency.push({
        conversations: c,
        storage: 'lowdb',
        echo: { turnsPerSec: echoAt[c].turnsPerSec, p50ms: echoAt[c].p50ms, p99ms: echoAt[c].p99ms },
        bot: {
          turnsPerSec: r.turnsPerSec,
          p50ms: r.p50ms,
          p99ms: r.p99ms,
          errors: r.errors,
          mismatches: r.mismatches,
          letters: r.letters,
        },
        p99Ratio: r.p99ms / Math.max(echoAt[c].p99ms, 1),
      });
    }
    // Reported beside it: all of them starting at the same moment, each walking the path once
    // (5,600 turns; the 200 first requests, 3.6% of them, include opening 200 sockets at once).
    {
      const s = { mismatches: 0, letters: 0 };
      out.burst = report(
        row(
          `full path, lowdb, ${active} conversations starting together`,
          await walkAll(bot.url, pathRequests(turns, 'burst', s), active, turns.length),
          s,
        ),
      );
      memory.rssAfterBurstMb = bot.rssMb();
    }
    out.memory = memory;
    await bot.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  out.rows = rows;
  return out;
}
