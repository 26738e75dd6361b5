// Starts a server in a process of its own (so the load generator does not share its event loop)
// and waits for GET /healthz. The bot is the real thing: `node dist/src/server/main.js`.
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath, URL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MAIN = fileURLToPath(new URL('../dist/src/server/main.js', import.meta.url));
const ECHO = fileURLToPath(new URL('./echo-server.js', import.meta.url));

export const TODAY = '2026-11-25';

/** Servers still running: stopped if the bench itself stops early. */
const running = new Set();
const stopAll = () => running.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });

/** A free loopback port (listen on 0, close, hand it out). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(port, child, deadlineMs = 60_000) {
  const start = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) {
        await res.arrayBuffer();
        return performance.now() - start;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - start > deadlineMs) throw new Error('no /healthz within the deadline');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * `kind`: 'echo', or 'bot' with `env` (STORAGE, DATA_DIR...). Resolves once /healthz answers and,
 * for the bot, once its start-up work after listen is done (a short quiet period).
 */
export async function startChild(kind, env = {}, { command, args } = {}) {
  const port = await freePort();
  const child = spawn(command ?? process.execPath, args ?? [kind === 'echo' ? ECHO : MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TODAY,
      REMINDER_CHECK_MINUTES: '0',
      ...env,
    },
    stdio: ['ignore', process.env.CHILD_STDOUT ? 'inherit' : 'ignore', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`server ${kind} exited: code ${code}, signal ${signal}\n${stderr}`);
  });
  const readyMs = await waitForHealth(port, child);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    readyMs,
    child,
    /** Resident set size of the server process, in MB (from /proc). */
    rssMb() {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stopping = true;
        child.kill('SIGTERM');
      });
    },
  };
}
