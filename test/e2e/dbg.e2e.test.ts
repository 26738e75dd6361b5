import { chromium } from 'playwright-core';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { it } from 'vitest';
import { registerWebChatRoutes } from '../../src/server/webchat-routes.js';
it('dbg', async () => {
  const server = restify.createServer();
  registerWebChatRoutes(server);
  await new Promise<void>((d) => server.listen(0, '127.0.0.1', d));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?locale=ar-EG`;
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage();
  await p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.log(
        'CSPV',
        e.violatedDirective,
        e.blockedURI,
        e.sourceFile,
        e.lineNumber,
        e.columnNumber,
        JSON.stringify(e.sample),
        (e.target as Element)?.outerHTML?.slice(0, 300),
      );
    });
    const orig = URL.createObjectURL;
    URL.createObjectURL = function (o: Blob | MediaSource) {
      const u = orig.call(URL, o);
      console.log(
        'BLOB',
        (o as Blob).type,
        (o as Blob).size,
        new Error().stack?.split('\n').slice(1, 4).join(' | '),
      );
      return u;
    };
  });
  p.on('console', (m) => console.log('console:', m.text().slice(0, 400)));
  await p.goto(url);
  await p.waitForTimeout(3000);
  await b.close();
  server.close();
}, 30000);
