import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { startServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
it('turn timing', async () => {
  const s = await startServer();
  const out: string[] = [];
  const c = await BotClient.page(s.url, 'conv-t', 'fr-FR');
  await c.start();
  await c.tap('goal:letter');
  for (const text of ['help', 'SN', 'xx']) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) await c.say(text);
    out.push(`${text}: ${((performance.now() - t0) / 100).toFixed(2)} ms/turn`);
  }
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) await fetch(`${s.url}/healthz`).then((r) => r.text());
  out.push(`healthz: ${((performance.now() - t0) / 100).toFixed(2)} ms`);
  writeFileSync('/tmp/timing.txt', out.join('\n'));
  await s.close();
});
