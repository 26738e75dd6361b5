// A user's data goes when they ask ("delete my data" in any of the six languages, DELETE /api/me)
// or when it has not been touched for RETENTION_DAYS; nobody else's goes with it.
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { flowContext, tr } from '../helpers/flow.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { matchCommand } from '../../src/flow/inputs/vocabulary.js';
import { createI18n } from '../../src/i18n/index.js';
import { purgeExpired } from '../../src/server/data-protection.js';
import { LowdbStorage, MemoryEtagStorage } from '../../src/storage/index.js';
import { letterIdOf, toReview, TYPED } from './journey.js';
import { saveDraft } from '../../src/letters/store.js';
import { parseLetterInput } from '../../src/domain/letters/input.js';
import { rawFixture } from '../letters/helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const everything = async () => JSON.stringify(await s.deps.storage.read(await s.deps.storage.list('')));

describe('"delete my data"', () => {
  it('is a command in all six languages', () => {
    const ctx = flowContext();
    const i18n = createI18n();
    for (const lang of LANGS) {
      const words = i18n.forLang(lang)('commands:command.delete-data', {
        returnObjects: true,
      }) as unknown as string[];
      expect(words.length, lang).toBeGreaterThan(0);
      for (const w of words) expect(matchCommand(ctx, w), `${lang}: ${w}`).toBe('delete-data');
    }
  });

  it('asks first, then removes the user’s conversations and drafts, and nobody else’s', async () => {
    const me = await BotClient.page(s.url, 'conv-delete-me', 'fr-FR');
    await toReview(me);
    await me.tap('draft');
    const id = letterIdOf(me)!;
    const other = await BotClient.page(s.url, 'conv-keep-other', 'fr-FR');
    await toReview(other);
    await other.tap('draft');
    const otherId = letterIdOf(other)!;

    await me.say('supprimer mes données');
    expect(me.text()).toContain(tr('fr', 'common:delete-data.question'));
    expect(me.choices()).toEqual(['delete-data:confirm', 'delete-data:keep']);
    // "Keep": nothing goes.
    await me.tap('delete-data:keep');
    expect(me.text()).toContain(tr('fr', 'common:delete-data.kept'));
    expect(await everything()).toContain(id);

    await me.say('delete my data');
    await me.tap('delete-data:confirm');
    expect(me.text()).toContain(tr('fr', 'common:delete-data.done'));
    const left = await everything();
    expect(left).not.toContain(id);
    expect(left).not.toContain(me.userId);
    expect(left).not.toContain('conv-delete-me');
    // The other user's conversation and letter are intact.
    expect(left).toContain(otherId);
    expect(left).toContain(TYPED.name);
    expect((await fetch(`${s.url}/api/letters/${id}`)).status).toBe(404);
    expect((await fetch(`${s.url}/api/letters/${otherId}`)).status).toBe(200);
    // The conversation starts afresh.
    await me.say('my drafts');
    expect(me.text()).toContain(tr('fr', 'common:drafts.none'));
  });
});

describe('DELETE /api/me', () => {
  it('removes the session user’s conversations and drafts; 401 without a session', async () => {
    const me = await BotClient.page(s.url, 'conv-api-me', 'fr-FR');
    await toReview(me);
    await me.tap('draft');
    const id = letterIdOf(me)!;
    expect((await fetch(`${s.url}/api/me`, { method: 'DELETE' })).status).toBe(401);
    const res = await fetch(`${s.url}/api/me`, { method: 'DELETE', headers: me.via.headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: { conversations: 1, drafts: 1 } });
    const left = await everything();
    expect(left).not.toContain(id);
    expect(left).not.toContain('conv-api-me');
  });
});

describe('RETENTION_DAYS', () => {
  it('purges drafts and conversations not touched since the cut-off, and keeps the others', async () => {
    const storage = new MemoryEtagStorage();
    const input = parseLetterInput(rawFixture('en', 'project'));
    if (!input.ok) throw new Error('fixture');
    const old = await saveDraft(storage, input.value, {
      today: '2026-01-01',
      userId: 'webchat:u-old',
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    const recent = await saveDraft(storage, input.value, {
      today: '2026-11-01',
      userId: 'webchat:u-new',
      now: () => new Date('2026-11-01T00:00:00Z'),
    });
    await storage.write({
      'conversations/webchat/old': {
        state: { v: 1, answers: {}, history: [] },
        owner: 'webchat:u-old',
        updated: '2026-01-01T00:00:00Z',
      },
      'conversations/webchat/new': {
        state: { v: 1, answers: {}, history: [] },
        owner: 'webchat:u-new',
        updated: '2026-11-20T00:00:00Z',
      },
    });
    const deleted = await purgeExpired(storage, new Date('2026-06-01T00:00:00Z'));
    expect(deleted).toEqual({ conversations: 1, drafts: 1 });
    const keys = await storage.list('');
    expect(keys).toContain(`letters/${recent.id}`);
    expect(keys).not.toContain(`letters/${old.id}`);
    expect(keys.some((k) => k.includes('u-old'))).toBe(false);
    expect(keys).toContain('conversations/webchat/new');
    expect(keys).not.toContain('conversations/webchat/old');
  });

  it('is read from the environment', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(loadConfig({ RETENTION_DAYS: '30' }).RETENTION_DAYS).toBe(30);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
  });
});

describe('lowdb after a crash, and /readyz', () => {
  it('removes the temp files of unfinished writes at start-up and keeps the records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-tmp-'));
    const store = new LowdbStorage(dir);
    await store.write({ 'letters/abc': { x: 1 } });
    const folder = join(store.root, readdirSync(store.root)[0]!);
    writeFileSync(join(folder, '.kabc.json.tmp'), '{"half":');
    mkdirSync(join(store.root, 'dother'), { recursive: true });
    writeFileSync(join(store.root, 'dother', '.kzzz.json.tmp'), '');
    expect(await new LowdbStorage(dir).removeTempFiles()).toBe(2);
    expect(readdirSync(folder)).toEqual(['kabc.json']);
    expect((await store.read(['letters/abc']))['letters/abc']).toMatchObject({ x: 1 });
  });

  it('/readyz answers 200 when storage can be written and 503 when it cannot; /healthz stays 200', async () => {
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    const broken = new MemoryEtagStorage();
    broken.write = async () => {
      throw new Error('EROFS: read-only file system');
    };
    const b = await startServer({}, { storage: broken });
    try {
      const r = await fetch(`${b.url}/readyz`);
      expect(r.status).toBe(503);
      expect(await r.json()).toMatchObject({ error: 'unavailable', field: 'storage' });
      expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    } finally {
      await b.close();
    }
  });
});

describe('small findings', () => {
  it('/api/assess with a body that is not an object is a 400', async () => {
    for (const body of ['"yes"', '[]', '42', 'null']) {
      const r = await postJson(`${s.url}/api/assess`, body);
      expect(r.status, body).toBe(400);
    }
  });

  it.each([
    ['/api/route', { country: 'NP', date: '0000-01-01' }, 'date'],
    ['/api/route', { country: 'NP', date: '9999-12-31' }, 'date'],
    ['/api/lead-time', { start: '9999-12-31', today: '2026-11-25' }, 'start'],
    ['/api/lead-time', { start: '2027-06-01', today: '0001-01-01' }, 'today'],
    ['/api/letters', { ...rawFixture('en', 'project'), date: '9999-12-31' }, 'date'],
    ['/api/letters', { ...rawFixture('en', 'project'), letterDate: '0000-01-01' }, 'letterDate'],
  ])('%s with %j: dates outside 1970–2099 are a 400 naming %s', async (path, body, field) => {
    const r = await postJson(`${s.url}${path}`, body);
    expect(r.status).toBe(400);
    expect(r.json.field).toBe(field);
  });
});

describe('conversations stored before they had owners', () => {
  it('are adopted by the next user who talks in them, and deleted with that user’s data', async () => {
    const storage = new MemoryEtagStorage();
    const old = await startServer({}, { storage });
    try {
      await storage.write({
        'conversations/webchat/ownerless': {
          state: { v: 1, answers: {}, history: [], greeted: true, lang: 'en' },
        },
      });
      const c = await BotClient.page(old.url, 'ownerless', 'en-US');
      await c.say('help');
      const res = await fetch(`${old.url}/api/me`, { method: 'DELETE', headers: c.via.headers });
      expect(await res.json()).toMatchObject({ deleted: { conversations: 1 } });
      expect(await storage.list('conversations/')).toEqual([]);
    } finally {
      await old.close();
    }
  });
});
