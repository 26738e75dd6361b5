// /api/messages under hostile or unlucky input: who may call it, where replies may go, a channel
// that redelivers, activities of the wrong shape, messages that arrive together, a letter write
// that fails half-way, and proxy headers nobody vouches for.
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { tr } from '../helpers/flow.js';
import { LowdbStorage, MemoryEtagStorage, type ListableStorage } from '../../src/storage/index.js';
import { loadState } from '../../src/server/conversation-store.js';
import { letterIdOf, toReview, TYPED } from './journey.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const base = {
  type: 'message',
  channelId: 'webchat',
  from: { id: 'u-h' },
  locale: 'en-US',
  deliveryMode: 'expectReplies',
};

describe('who may call /api/messages without an app id', () => {
  it('answers loopback clients only, unless ALLOW_ANONYMOUS_MESSAGES=1', async () => {
    // Behind our proxy (TRUST_PROXY=1) the client is the address the proxy appended.
    const proxied = await startServer({ TRUST_PROXY: '1' });
    const open = await startServer({ TRUST_PROXY: '1', ALLOW_ANONYMOUS_MESSAGES: '1' });
    try {
      const activity = { ...base, text: 'hello', conversation: { id: 'remote-1' } };
      const remote = { 'x-forwarded-for': '203.0.113.7' };
      const refused = await postJson(`${proxied.url}/api/messages`, activity, remote);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ error: 'forbidden', field: '(client)' });
      expect(
        (await postJson(`${proxied.url}/api/messages`, activity, { 'x-forwarded-for': '127.0.0.1' })).status,
      ).toBe(200);
      expect((await postJson(`${open.url}/api/messages`, activity, remote)).status).toBe(200);
    } finally {
      await Promise.all([proxied.close(), open.close()]);
    }
  });
});

describe('serviceUrl', () => {
  it('never posts replies to a serviceUrl outside ALLOWED_SERVICE_URLS (400), and does to one inside', async () => {
    const received: string[] = [];
    const listener = http.createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    const target = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    const allowed = await startServer({ ALLOWED_SERVICE_URLS: `${target}/` });
    try {
      const activity = {
        ...base,
        text: 'hello',
        conversation: { id: 'svc-1' },
        serviceUrl: target,
        deliveryMode: undefined,
      };
      const r = await postJson(`${s.url}/api/messages`, activity);
      expect(r.status).toBe(400);
      expect(r.json.field).toBe('serviceUrl');
      for (const url of ['file:///etc/passwd', 'gopher://x', 'not a url']) {
        const bad = await postJson(`${s.url}/api/messages`, { ...activity, serviceUrl: url });
        expect(bad.status).toBe(400);
        expect(bad.json.field).toBe('serviceUrl');
      }
      // expectReplies with any serviceUrl: replies in the body, nothing posted.
      const body = await postJson(`${s.url}/api/messages`, { ...activity, deliveryMode: 'expectReplies' });
      expect(body.status).toBe(200);
      expect(received).toEqual([]);
      const ok = await postJson(`${allowed.url}/api/messages`, activity);
      expect(ok.status).toBeLessThan(300);
      expect(received.some((r) => r.startsWith('POST /v3/conversations/'))).toBe(true);
    } finally {
      await allowed.close();
      await new Promise<void>((r) => listener.close(() => r()));
    }
  });
});

describe('a redelivered activity', () => {
  it('gets the stored replies and changes nothing', async () => {
    const c = new BotClient(s.url, 'webchat', 'redeliver-1', 'fr-FR', 'u-r');
    await toReview(c);
    await c.tap('edit:senderName');
    const key = 'conversations/webchat/redeliver-1';
    const again = { type: 'message', text: 'Jane Officer', id: 'same-id-1' };
    const first = await c.raw(again);
    const stateAfterFirst = (await loadState(s.deps.storage, key)).state;
    for (let i = 0; i < 5; i++) {
      const repeat = await c.raw(again);
      expect(repeat.status).toBe(200);
      expect(repeat.json.activities).toEqual(first.json.activities);
    }
    const stateAfterRepeats = (await loadState(s.deps.storage, key)).state;
    expect(stateAfterRepeats).toEqual(stateAfterFirst);
    expect(stateAfterRepeats.answers.senderName?.value).toBe('Jane Officer');
    expect(stateAfterRepeats.answers.senderTitle?.value).toBe(TYPED.title); // not "Jane Officer"
  });
});

describe('the activity shape is checked first', () => {
  it.each([
    [{ locale: 12 }, 'locale'],
    [{ locale: {} }, 'locale'],
    [{ serviceUrl: 'file:///etc/passwd' }, 'serviceUrl'],
    [{ type: 'conversationUpdate', membersAdded: 'x' }, 'membersAdded'],
    [{ type: 'conversationUpdate', membersAdded: [null] }, 'membersAdded.0'],
    [{ from: { id: 42 } }, 'from.id'],
    [{ from: { id: 'a\ud800b' } }, 'from.id'],
    [{ conversation: { id: '' } }, 'conversation.id'],
    [{ channelId: '../x' }, 'channelId'],
    [{ entities: 'x' }, 'entities'],
    // botbuilder reads an entity's type when it strips a mention: an entity without one is refused.
    [{ entities: [{}] }, 'entities.0.type'],
    [{ entities: [{ mentioned: { id: 'x' } }] }, 'entities.0.type'],
    [{ deliveryMode: 'sometimes' }, 'deliveryMode'],
  ])('%j is a 400 naming %s', async (patch, field) => {
    const r = await postJson(`${s.url}/api/messages`, {
      ...base,
      text: 'hi',
      conversation: { id: 'shape-1' },
      ...patch,
    });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: 'bad-request', field });
    expect(r.json.errors[0].field).toBe(field);
  });

  it('answers a non-object body with 400', async () => {
    for (const body of ['"yes"', '[]', 'null', '42']) {
      const r = await postJson(`${s.url}/api/messages`, body);
      expect(r.status).toBe(400);
      expect(r.json.error).toBe('bad-request');
    }
  });
});

describe('messages that arrive together', () => {
  it('are all answered on lowdb, none fails (5 at once, 10 rounds)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ta-queue-'));
    const lowdb = await startServer(
      { STORAGE: 'lowdb', DATA_DIR: dataDir },
      { storage: new LowdbStorage(dataDir) },
    );
    try {
      let failed = 0;
      let answered = 0;
      for (let round = 0; round < 10; round++) {
        const c = new BotClient(lowdb.url, 'webchat', `together-${round}`, 'en-US', `u-${round}`);
        await c.start();
        const replies = await Promise.all(
          ['help', 'why', 'menu', 'help', 'menu'].map((t) => c.raw({ type: 'message', text: t })),
        );
        for (const r of replies) {
          expect(r.status).toBe(200);
          answered += 1;
          if (JSON.stringify(r.json).includes(tr('en', 'common:turn-failed'))) failed += 1;
        }
      }
      expect(answered).toBe(50);
      expect(failed).toBe(0);
    } finally {
      await lowdb.close();
    }
  });
});

/** Memory storage whose writes of some keys fail while `failing` says so. */
function flaky(failing: (key: string) => boolean): ListableStorage & { fail: boolean } {
  const inner = new MemoryEtagStorage();
  const store = {
    fail: false,
    read: (keys: string[]) => inner.read(keys),
    delete: (keys: string[]) => inner.delete(keys),
    list: (prefix: string) => inner.list(prefix),
    write: async (changes: Record<string, unknown>) => {
      if (store.fail && Object.keys(changes).some(failing)) throw new Error('EROFS: read-only file system');
      return inner.write(changes as never);
    },
  };
  return store;
}

describe('the letter is stored before the conversation moves past the review', () => {
  it('a failed letter write leaves "Draft" working; nothing says the answers are kept in a letter that does not exist', async () => {
    const storage = flaky((k) => k.startsWith('letters/'));
    const f = await startServer({}, { storage });
    try {
      const c = new BotClient(f.url, 'webchat', 'letter-fail', 'fr-FR', 'u-lf');
      await toReview(c);
      storage.fail = true;
      await c.tap('draft');
      expect(c.text()).toContain(
        tr('en', 'common:turn-failed').slice(0, 0) || tr('fr', 'common:turn-failed'),
      );
      expect(letterIdOf(c)).toBeUndefined();
      storage.fail = false;
      // Still at the review: the same button drafts the letter.
      await c.say('menu');
      await c.tap('goal:letter');
      expect(c.choices()).toContain('draft');
      await c.tap('draft');
      const id = letterIdOf(c);
      expect(id).toBeDefined();
      await c.say('my drafts');
      expect(c.choices()).toContain(`open-draft:${id}`);
    } finally {
      await f.close();
    }
  });

  it('a failed state write after the letter leaves the letter stored and "Draft" working', async () => {
    const storage = flaky((k) => k.startsWith('conversations/'));
    const f = await startServer({}, { storage });
    try {
      const c = new BotClient(f.url, 'webchat', 'state-fail', 'fr-FR', 'u-sf');
      await toReview(c);
      storage.fail = true;
      await c.tap('draft');
      expect(c.text()).toContain(tr('fr', 'common:turn-failed'));
      storage.fail = false;
      expect(await storage.list('letters/')).toHaveLength(1); // stored first
      expect(c.choices()).toEqual([]);
      await c.say('menu');
      await c.tap('goal:letter');
      expect(c.choices()).toContain('draft');
      await c.tap('draft');
      expect(letterIdOf(c)).toBeDefined();
    } finally {
      await f.close();
    }
  });
});

describe('proxy headers', () => {
  it('ignores X-Forwarded-Host unless TRUST_PROXY=1', async () => {
    const plain = await startServer();
    const trusting = await startServer({ TRUST_PROXY: '1' });
    try {
      for (const [server, expected] of [
        [plain, /^http:\/\/127\.0\.0\.1:\d+\/api\/letters\//],
        [trusting, /^https:\/\/bot\.example\.org\/api\/letters\//],
      ] as const) {
        const c = new BotClient(
          server.url,
          'webchat',
          'proxy-1',
          'fr-FR',
          'u-p',
          {},
          {
            headers: { 'x-forwarded-host': 'bot.example.org', 'x-forwarded-proto': 'https' },
          },
        );
        await toReview(c);
        await c.tap('draft');
        const docx = c.links().find((l) => l.endsWith('.docx'))!;
        expect(docx).toMatch(expected);
      }
    } finally {
      await Promise.all([plain.close(), trusting.close()]);
    }
  });
});
