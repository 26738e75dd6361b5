// `npm run bench`: turns/s and p99 of the bot over HTTP (restify + CloudAdapter, expectReplies) on
// loopback, against a bare echo bot measured in the same run. The machines are shared and noisy,
// so only the ratios to that baseline mean anything. Bounded: a few seconds per scenario.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { loadConfig } from '../dist/src/config.js';
import { buildDeps } from '../dist/src/server/bootstrap.js';
import { createServer } from '../dist/src/server/app.js';
import { LowdbStorage, MemoryEtagStorage } from '../dist/src/storage/index.js';
import { finderBench, printFinderBench } from './finder-bench.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const CONVERSATIONS = 200;

function activity(conv, text) {
  return JSON.stringify({
    type: 'message',
    text,
    channelId: 'webchat',
    conversation: { id: `bench-${conv}` },
    from: { id: `user-${conv}` },
    recipient: { id: 'bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    serviceUrl: 'http://localhost',
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function echoServer() {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (ctx) => {
      await ctx.sendActivity(`echo: ${ctx.activity.text}`);
    });
  });
  return { server, port: await listen(server) };
}

async function botServer(storage) {
  const deps = buildDeps(loadConfig({ STORAGE: 'memory', TODAY: '2026-11-25' }), { storage });
  const server = createServer(deps);
  const port = await listen(server);
  // Bring every conversation to the "describe your need" question, so each measured turn runs the
  // finder, the engine and a state write.
  for (let c = 0; c < CONVERSATIONS; c++) {
    for (const text of ['hi', 'Find a program', 'SN', 'university']) {
      await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activity(c, text),
      });
    }
  }
  return { server, port };
}

async function measure(name, port, text) {
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: activity(n++ % CONVERSATIONS, text) }),
      },
    ],
  });
  const row = {
    name,
    turnsPerSec: Math.round(result.requests.average),
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
  console.log(
    `${name.padEnd(34)} ${String(row.turnsPerSec).padStart(6)} turns/s   p99 ${row.p99ms} ms   errors ${row.errors}`,
  );
  return row;
}

const rows = [];
const echo = await echoServer();
rows.push(await measure('bare echo bot (baseline)', echo.port, 'hello'));
echo.server.close();

const memory = await botServer(new MemoryEtagStorage());
rows.push(await measure('TA Navigator, memory storage', memory.port, 'patent databases for our researchers'));
memory.server.close();

const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-bench-'));
const lowdb = await botServer(new LowdbStorage(dir));
rows.push(await measure('TA Navigator, lowdb storage', lowdb.port, 'patent databases for our researchers'));
lowdb.server.close();
await rm(dir, { recursive: true, force: true });

const base = rows[0].turnsPerSec;
console.log(
  '\nRatios to the echo baseline measured in this run (cost = baseline turns/s / scenario turns/s):',
);
for (const r of rows.slice(1))
  console.log(`  ${r.name}: ${(base / r.turnsPerSec).toFixed(2)}× the cost of an echo turn`);

console.log('');
printFinderBench(finderBench());
