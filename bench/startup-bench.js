// Start-up: from spawning the process to the first 200 of GET /healthz, for
// `node dist/src/server/main.js` (cold start) and for `npm start` on a built tree (which must not
// rebuild). Lowdb storage in a fresh data folder, as a first deployment runs. Median of RUNS.
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAIN, ROOT, TODAY, freePort, waitForHealth } from './child.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToHealth(command, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ta-bench-start-'));
    const port = await freePort();
    const start = performance.now();
    // Its own process group, so that `npm start`'s shell and node stop with it.
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dir,
        TODAY,
        REMINDER_CHECK_MINUTES: '0',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      await waitForHealth(port, child);
      times.push(performance.now() - start);
    } catch (e) {
      throw new Error(`${command} ${args.join(' ')}: ${e.message}\n${stderr}`);
    } finally {
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        process.kill(-child.pid, 'SIGTERM');
      });
      await rm(dir, { recursive: true, force: true });
    }
    if (/building dist/.test(stderr)) throw new Error(`${command} ${args.join(' ')} rebuilt dist/`);
  }
  return { medianMs: median(times), runsMs: times };
}

export async function startupBench({ runs = 3 } = {}) {
  // The first fetch of this process sets up its HTTP client: not the server's time.
  await fetch('http://127.0.0.1:9/').catch(() => undefined);
  const cold = await timeToHealth(process.execPath, [MAIN], runs);
  const npmStart = await timeToHealth('npm', ['start', '--silent'], runs);
  return { coldStart: cold, npmStart };
}
