import { chromium } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createServer } from '../../src/server/app.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { registerWebChatRoutes } from '../../src/server/webchat-routes.js';
it('dbg', async () => {
  const server = createServer(buildDeps(loadConfig({ STORAGE: 'memory', TODAY: '2026-11-25' })));
  registerWebChatRoutes(server);
  await new Promise<void>((d) => server.listen(0, '127.0.0.1', d));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage();
  await p.goto(url);
  for (const t of [200, 500, 1000, 2000, 4000]) {
    await p.waitForTimeout(t);
    console.log('T', t, JSON.stringify(await p.evaluate(() => Array.from(document.querySelectorAll('[class*="connectivity"], [class*="Connectivity"]')).map((e) => e.className + ':' + e.textContent))));
  }
  await b.close();
  server.close();
}, 30000);
