// Starts the real restify server on a free loopback port with memory storage.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { loadFinder } from '../../src/server/finder-module.js';
import { createServer } from '../../src/server/app.js';
import type { AppDeps } from '../../src/server/deps.js';
import { MemoryEtagStorage } from '../../src/storage/index.js';
import { knowledge } from './knowledge.js';

export interface TestServer {
  readonly url: string;
  readonly deps: AppDeps;
  close(): Promise<void>;
}

export async function startServer(
  env: Record<string, string> = {},
  overrides: Partial<AppDeps> = {},
): Promise<TestServer> {
  const config = loadConfig({ STORAGE: 'memory', TODAY: '2026-11-25', LOG_LEVEL: 'silent', ...env });
  const deps = buildDeps(config, { knowledge: knowledge(), storage: new MemoryEtagStorage(), ...overrides });
  const server = createServer(deps);
  // As main.ts's warm-up does: tests read deps.finder directly.
  await loadFinder();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    json: json as Record<string, unknown> & { [k: string]: any },
    text,
    headers: res.headers,
  };
}
