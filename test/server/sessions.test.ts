// Nobody acts as another user: the page's endpoint needs a session token for the from.id it
// names, a conversation belongs to the user who started it, and a letter is changed only with
// its edit token or its owner's session.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { tr } from '../helpers/flow.js';
import { createSecrets, loadSecret, SECRET_FILE } from '../../src/server/secrets.js';
import { letterIdOf, toReview, TYPED } from './journey.js';
import { rawFixture } from '../letters/helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const hello = (conversation: string, from: string) => ({
  type: 'message',
  text: 'hello',
  channelId: 'webchat',
  conversation: { id: conversation },
  from: { id: from },
  locale: 'en-US',
});

describe('POST /api/session and the page endpoint', () => {
  it('issues a session: 201 {userId, token}', async () => {
    const r = await postJson(`${s.url}/api/session`, {});
    expect(r.status).toBe(201);
    expect(r.json.userId).toMatch(/^u-[\w-]{22}$/);
    expect(r.json.token).toMatch(new RegExp(`^${r.json.userId}\\.[\\w-]{43}$`));
    const other = await postJson(`${s.url}/api/session`, {});
    expect(other.json.userId).not.toBe(r.json.userId);
  });

  it('answers 401 without a token, with a forged one, or for another from.id', async () => {
    const { json: session } = await postJson(`${s.url}/api/session`, {});
    const { json: other } = await postJson(`${s.url}/api/session`, {});
    const url = `${s.url}/api/webchat/messages`;
    const none = await postJson(url, hello('p-1', session.userId));
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ error: 'unauthorized', field: 'authorization' });
    const forged = `${session.userId}.${'A'.repeat(43)}`;
    expect(
      (await postJson(url, hello('p-1', session.userId), { authorization: `Bearer ${forged}` })).status,
    ).toBe(401);
    // A token for one user does not speak for another.
    const asOther = await postJson(url, hello('p-1', other.userId), {
      authorization: `Bearer ${session.token}`,
    });
    expect(asOther.status).toBe(401);
    expect(asOther.json.field).toBe('from.id');
    const ok = await postJson(url, hello('p-1', session.userId), {
      authorization: `Bearer ${session.token}`,
    });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.json)).toContain(tr('en', 'common:greeting').slice(0, 30));
  });

  it("refuses another user's turn in a conversation with 403, and lists no one else's drafts", async () => {
    const owner = await BotClient.page(s.url, 'owned-conv', 'fr-FR');
    await toReview(owner);
    await owner.tap('draft');
    expect(letterIdOf(owner)).toBeDefined();
    // A stranger with a session of their own: "back" into the owner's conversation, "my drafts" as them.
    const stranger = await BotClient.page(s.url, 'owned-conv', 'fr-FR');
    const back = await stranger.raw({ type: 'message', text: 'back' });
    expect(back.status).toBe(403);
    expect(back.json).toMatchObject({ error: 'forbidden', field: 'conversation.id' });
    expect(back.text).not.toContain(TYPED.name);
    const asOwner = await stranger.raw({
      type: 'message',
      text: 'my drafts',
      conversation: { id: 'x' },
      from: { id: owner.userId },
    });
    expect(asOwner.status).toBe(401);
    // On the local endpoint too: naming the owner's conversation from another user id is refused.
    const local = await postJson(`${s.url}/api/messages`, {
      ...hello('owned-conv', 'intruder'),
      deliveryMode: 'expectReplies',
    });
    expect(local.status).toBe(403);
  });
});

describe('PUT /api/letters/:id', () => {
  it('needs the edit token of that letter or its owner’s session: 403 otherwise', async () => {
    const created = await postJson(`${s.url}/api/letters`, rawFixture('en', 'project'));
    expect(created.status).toBe(201);
    const { id, editToken } = created.json as { id: string; editToken: string };
    expect(editToken).toMatch(/^[\w-]{43}$/);
    const edit = { ...rawFixture('en', 'project'), lang: 'fr' };
    const put = (headers: Record<string, string>) =>
      fetch(`${s.url}/api/letters/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(edit),
      });
    const anonymous = await put({});
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({ error: 'forbidden', field: 'authorization' });
    const otherLetter = await postJson(`${s.url}/api/letters`, rawFixture('en', 'project'));
    expect((await put({ authorization: `Bearer ${otherLetter.json.editToken}` })).status).toBe(403);
    const { json: session } = await postJson(`${s.url}/api/session`, {});
    expect((await put({ authorization: `Bearer ${session.token}` })).status).toBe(403);
    // The stranger changed nothing.
    expect(((await (await fetch(`${s.url}/api/letters/${id}`)).json()) as { lang: string }).lang).toBe('en');
    expect((await put({ authorization: `Bearer ${editToken}` })).status).toBe(200);
  });

  it('lets the page user who drafted a letter in the chat edit it with their session', async () => {
    const c = await BotClient.page(s.url, 'conv-edit-own', 'fr-FR');
    await toReview(c);
    await c.tap('draft');
    const id = letterIdOf(c)!;
    const res = await fetch(`${s.url}/api/letters/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...c.via.headers },
      body: JSON.stringify(rawFixture('en', 'project')),
    });
    expect(res.status).toBe(200);
  });
});

describe('the session secret', () => {
  it('is generated once, kept in DATA_DIR (mode 600) and reused; SESSION_SECRET wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-secret-'));
    const first = loadSecret({ DATA_DIR: dir, STORAGE: 'lowdb', SESSION_SECRET: undefined });
    const again = loadSecret({ DATA_DIR: dir, STORAGE: 'lowdb', SESSION_SECRET: undefined });
    expect(first.source).toBe('file');
    expect(again.key.equals(first.key)).toBe(true);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    const token = createSecrets(first.key).newSession();
    expect(createSecrets(again.key).verifySession(token.token)).toBe(token.userId);
    const fixed = loadSecret({ DATA_DIR: dir, STORAGE: 'lowdb', SESSION_SECRET: 'x'.repeat(32) });
    expect(fixed.source).toBe('SESSION_SECRET');
    expect(createSecrets(fixed.key).verifySession(token.token)).toBeUndefined();
  });
});

describe('ids in logs', () => {
  it('hash to the same short stand-in every time, also after the kept hashes were emptied', () => {
    const secrets = createSecrets(Buffer.from('k'.repeat(32)));
    const other = createSecrets(Buffer.from('o'.repeat(32)));
    const id = 'conversations/webchat/conv-1';
    const first = secrets.hashId(id);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(secrets.hashId(id)).toBe(first);
    expect(secrets.hashId(`${id}x`)).not.toBe(first);
    expect(other.hashId(id)).not.toBe(first);
    for (let i = 0; i < 5000; i++) secrets.hashId(`user-${i}`);
    expect(secrets.hashId(id)).toBe(first);
  });
});
