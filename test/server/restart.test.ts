// A conversation half-way, the server stopped and started again over the same DATA_DIR: the
// conversation resumes at its step with every answer kept.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { tr } from '../helpers/flow.js';
import { LowdbStorage } from '../../src/storage/index.js';

describe('restart', () => {
  it('resumes every conversation at its step after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ta-restart-'));
    const first = await startServer(
      { STORAGE: 'lowdb', DATA_DIR: dataDir },
      { storage: new LowdbStorage(dataDir) },
    );
    const a = new BotClient(first.url, 'webchat', 'conv-a', 'fr-FR');
    const b = new BotClient(first.url, 'webchat', 'conv-b', 'es-ES');
    await a.start();
    await a.tap('goal:check');
    await a.say('SN');
    await a.tap('university');
    await b.start();
    await b.tap('goal:contact');
    await first.close();

    const second = await startServer(
      { STORAGE: 'lowdb', DATA_DIR: dataDir },
      { storage: new LowdbStorage(dataDir) },
    );
    try {
      const a2 = new BotClient(second.url, 'webchat', 'conv-a', 'fr-FR');
      await a2.say('TISC');
      expect(a2.choices()).toContain('tisc'); // the need was the next question: it was remembered
      await a2.tap('tisc');
      expect(a2.text()).toContain(tr('fr', 'flow:q.formalRequest'));
      const b2 = new BotClient(second.url, 'webchat', 'conv-b', 'es-ES');
      await b2.say('NP');
      expect(b2.text()).toContain(tr('es', 'flow:route.title'));
    } finally {
      await second.close();
    }
  });
});
