// Two bot instances behind a load balancer, sharing one PostgreSQL store: a conversation goes on
// whichever instance gets the turn, and turns of one conversation that arrive on both at once are
// both answered (the loser of the eTag race re-runs its turn).
import { describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { tr } from '../helpers/flow.js';
import { StorageConflictError, type ListableStorage } from '../../src/storage/index.js';
import { freshTable, makePostgres, postgresUrl, requirePostgres } from '../storage/postgres.js';

async function twoInstances(): Promise<[TestServer, TestServer]> {
  const table = freshTable();
  const env = { STORAGE: 'postgres', DATABASE_URL: postgresUrl };
  return [
    await startServer(env, { storage: await makePostgres(table) }),
    await startServer(env, { storage: await makePostgres(table) }),
  ];
}

describe.runIf(postgresUrl)('two instances on one PostgreSQL store', () => {
  it('carries a conversation on whichever instance gets each turn', async () => {
    const [one, two] = await twoInstances();
    try {
      const onOne = new BotClient(one.url, 'webchat', 'conv-a', 'fr-FR');
      const onTwo = new BotClient(two.url, 'webchat', 'conv-a', 'fr-FR');
      await onOne.start();
      onTwo.last = onOne.last;
      await onTwo.tap('goal:check');
      await onOne.say('SN');
      onTwo.last = onOne.last;
      await onTwo.tap('university');
      await onOne.say('TISC');
      expect(onOne.choices()).toContain('tisc'); // the answers given on the other instance were kept
      await onOne.tap('tisc');
      expect(onOne.text()).toContain(tr('fr', 'flow:q.formalRequest'));
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('answers turns of one conversation that reach both instances at once', async () => {
    // Forced interleaving: instance one reads, instance two then reads and writes, and only then
    // does instance one write, with the eTag it read: it must lose the race and re-run its turn.
    const table = freshTable();
    const [slow, fast] = [await makePostgres(table), await makePostgres(table)];
    let racing = false;
    let conflicts = 0;
    let slowRead!: () => void;
    let fastWrote!: () => void;
    const slowHasRead = new Promise<void>((r) => (slowRead = r));
    const fastHasWritten = new Promise<void>((r) => (fastWrote = r));
    const slowStore: ListableStorage = {
      read: async (keys) => {
        const items = await slow.read(keys);
        if (racing) slowRead();
        return items;
      },
      write: async (changes) => {
        if (racing) await fastHasWritten;
        try {
          await slow.write(changes);
        } catch (e) {
          if (e instanceof StorageConflictError) conflicts += 1;
          throw e;
        }
      },
      delete: (keys) => slow.delete(keys),
      list: (prefix) => slow.list(prefix),
    };
    const fastStore: ListableStorage = {
      read: (keys) => fast.read(keys),
      write: async (changes) => {
        if (racing) await slowHasRead;
        await fast.write(changes);
        if (racing) fastWrote();
      },
      delete: (keys) => fast.delete(keys),
      list: (prefix) => fast.list(prefix),
    };
    const env = { STORAGE: 'postgres', DATABASE_URL: postgresUrl };
    const one = await startServer(env, { storage: slowStore });
    const two = await startServer(env, { storage: fastStore });
    try {
      const a = new BotClient(one.url, 'webchat', 'conv-race', 'fr-FR');
      const b = new BotClient(two.url, 'webchat', 'conv-race', 'fr-FR');
      await a.start();
      b.last = a.last;
      await a.tap('goal:check');
      b.last = a.last;
      racing = true;
      const [ra, rb] = await Promise.all([a.say('SN'), b.say('SN')]);
      racing = false;
      expect(conflicts).toBe(1);
      expect(ra.length).toBeGreaterThan(0);
      expect(rb.length).toBeGreaterThan(0);
      // Both turns stood: the conversation goes on from the stored state on either instance.
      await b.tap('university');
      await a.say('TISC');
      expect(a.choices()).toContain('tisc');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe.runIf(postgresUrl)('simultaneous messages on two instances', () => {
  it('answers every one of 5 messages sent at once to each instance, none fails', async () => {
    const [one, two] = await twoInstances();
    try {
      let failed = 0;
      let answered = 0;
      for (let round = 0; round < 6; round++) {
        const a = new BotClient(one.url, 'webchat', `pg-together-${round}`, 'en-US', `u-${round}`);
        const b = new BotClient(two.url, 'webchat', `pg-together-${round}`, 'en-US', `u-${round}`);
        await a.start();
        const texts = ['help', 'why', 'menu', 'help', 'menu'];
        const replies = await Promise.all([
          ...texts.map((t) => a.raw({ type: 'message', text: t })),
          ...texts.map((t) => b.raw({ type: 'message', text: t })),
        ]);
        for (const r of replies) {
          expect(r.status).toBe(200);
          answered += 1;
          if (JSON.stringify(r.json).includes(tr('en', 'common:turn-failed'))) failed += 1;
        }
      }
      expect(answered).toBe(60);
      expect(failed).toBe(0);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  }, 60_000);
});

if (!postgresUrl) {
  describe('two instances on one PostgreSQL store', () => {
    requirePostgres('the PostgreSQL scale-out tests');
  });
}
