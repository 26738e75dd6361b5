// ExpectRepliesAdapter answers an anonymous expectReplies turn exactly as botbuilder's CloudAdapter
// does: the same turns, through the real bot logic, run on two servers (each its own storage) that
// differ only in the adapter, and the two HTTP answers (status, type, body) must be equal.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { projectPath } from '../../src/paths.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { createServer } from '../../src/server/app.js';
import { createEffectRunner } from '../../src/server/effects.js';
import { createBotLogic } from '../../src/server/bot.js';
import { Activity } from '../../src/server/activity-schema.js';
import { createAdapter, createExpectRepliesAdapter } from '../../src/server/api/messages-route.js';
import { ExpectRepliesAdapter, NotSupportedHereError } from '../../src/server/api/expect-replies-adapter.js';
import { MemoryEtagStorage } from '../../src/storage/index.js';
import { knowledge } from '../helpers/knowledge.js';
import { postJson, startServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { tr } from '../helpers/flow.js';

const recordedInvoke = JSON.parse(
  readFileSync(projectPath('test', 'fixtures', 'teams', 'adaptive-card-action.json'), 'utf8'),
);

type Kind = 'cloud' | 'replies';
interface Side {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A server whose POST /compare/:logic runs the turn through one adapter, with the activity
 * completed as messages-route.ts readActivity does. `:logic` is `bot` (the real bot), `throws`
 * (one reply, then an exception), `probe` (what the logic sees of its context), `escapes` (the
 * logic throws and so does onTurnError), or `unsupported` (the logic updates and deletes).
 */
async function start(kind: Kind): Promise<Side> {
  const config = loadConfig({ STORAGE: 'memory', TODAY: '2026-11-25', LOG_LEVEL: 'silent' });
  const deps = buildDeps(config, { knowledge: knowledge(), storage: new MemoryEtagStorage() });
  const make = () =>
    kind === 'cloud'
      ? createAdapter(config, deps.i18n, true, deps.log)
      : createExpectRepliesAdapter(deps.i18n, deps.log);
  const [adapter, escaping] = await Promise.all([make(), make()]);
  escaping.onTurnError = async () => {
    throw new Error('onTurnError failed too');
  };
  const bot = createBotLogic(deps, createEffectRunner(deps));
  const logics: Record<string, (context: TurnContext) => Promise<void>> = {
    bot: (context) => bot(context, 'http://127.0.0.1'),
    throws: async (context) => {
      await context.sendActivity('before the failure');
      throw new Error('the logic failed');
    },
    probe: async (context) => {
      const a = context.activity;
      const seen = {
        timestamp: a.timestamp instanceof Date ? a.timestamp.toISOString() : typeof a.timestamp,
        rawTimestamp: (a as { rawTimestamp?: unknown }).rawTimestamp,
        localTimestamp: a.localTimestamp instanceof Date ? 'Date' : typeof a.localTimestamp,
        callerId: a.callerId,
        locale: context.locale,
        identity: JSON.stringify(context.turnState.get(context.adapter.BotIdentityKey)),
        scope: context.turnState.get(context.adapter.OAuthScopeKey),
      };
      await context.sendActivity({ type: 'message', text: JSON.stringify(seen) });
      await context.sendActivity({ type: 'trace', name: 'probe', value: 1 });
    },
    escapes: async () => {
      throw new Error('the logic failed');
    },
    unsupported: async (context) => {
      for (const attempt of [
        () => context.updateActivity({ id: 'x', type: 'message', text: 'edited' }),
        () => context.deleteActivity('x'),
      ]) {
        const error = await attempt().then(
          () => undefined,
          (e: Error) => e,
        );
        await context.sendActivity(`${error?.name}: ${error?.message.split(' ').slice(0, 4).join(' ')}`);
      }
    },
  };
  const server = createServer(deps);
  server.post('/compare/:logic', async (req: Request, res: Response) => {
    const a = Activity.parse(req.body);
    a.recipient ??= { id: 'ta-navigator', name: 'TA Navigator' };
    a.from ??= { id: `anonymous-${a.conversation.id}` };
    a.serviceUrl = 'http://localhost';
    req.body = a;
    const which = req.params.logic as string;
    await (which === 'escapes' ? escaping : adapter).process(req, res, logics[which]!);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let cloud: Side;
let replies: Side;
beforeAll(async () => {
  [cloud, replies] = await Promise.all([start('cloud'), start('replies')]);
});
afterAll(async () => {
  await Promise.all([cloud.close(), replies.close()]);
});

/** Posts the activity to both servers and checks the answers are the same; returns the answer. */
async function both(activity: Record<string, unknown>, logic = 'bot') {
  const [a, b] = await Promise.all(
    [cloud, replies].map((side) => postJson(`${side.url}/compare/${logic}`, activity)),
  );
  expect(b!.status).toBe(a!.status);
  expect(b!.headers.get('content-type')).toBe(a!.headers.get('content-type'));
  expect(b!.text).toBe(a!.text);
  return b!;
}

/** One conversation's activities, the way the Web Chat page and Teams (via BotClient) send them. */
function chat(channelId: string, envelope: Record<string, unknown> = {}) {
  const conversationId = `${channelId}-${randomUUID()}`;
  let n = 0;
  return (activity: Record<string, unknown>) => ({
    channelId,
    conversation: { id: conversationId },
    from: { id: 'user-1', name: 'Requester' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    id: `a${++n}`,
    timestamp: '2026-11-25T10:15:30.123Z',
    ...envelope,
    ...activity,
  });
}

type Node = Record<string, any>;

describe('ExpectRepliesAdapter answers as CloudAdapter does', () => {
  it('a conversationUpdate and messages: the same replies, addressed the same way', async () => {
    const turn = chat('webchat');
    const started = await both(turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] }));
    expect(started.status).toBe(200);
    const greeting = started.json.activities as Node[];
    expect(greeting.length).toBeGreaterThan(0);
    // TurnContext addressed them: from the bot, in its conversation (on webchat a conversationUpdate
    // is not replied to: no replyToId).
    expect(greeting[0]).not.toHaveProperty('replyToId');
    expect(greeting[0]).toMatchObject({
      type: 'message',
      from: { id: 'ta-navigator' },
      recipient: { id: 'user-1' },
      conversation: { id: expect.stringMatching(/^webchat-/) },
      serviceUrl: 'http://localhost',
    });
    const tapped = await both(turn({ type: 'message', value: { choice: 'goal:find' } }));
    expect(tapped.json.activities.at(-1)).toMatchObject({
      replyToId: 'a2',
      channelData: { taNavigator: { step: 'country' } },
    });
    await both(turn({ type: 'message', text: 'Senegal' }));
    // A redelivered activity id gets the replies it got the first time.
    const again = await both(turn({ type: 'message', text: 'Senegal', id: 'a3' }));
    expect(again.json.activities.length).toBeGreaterThan(0);
  });

  it('a conversationUpdate without a new member: 200 and no replies', async () => {
    const turn = chat('webchat');
    const res = await both(turn({ type: 'conversationUpdate', membersAdded: [{ id: 'ta-navigator' }] }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ activities: [] });
  });

  it('an adaptiveCard/action invoke (Action.Execute): 200 with the replies and the invokeResponse', async () => {
    const envelope = {
      from: recordedInvoke.from,
      recipient: recordedInvoke.recipient,
      channelData: recordedInvoke.channelData,
    };
    const turn = chat('msteams', envelope);
    const started = await both(turn({ type: 'conversationUpdate', membersAdded: [recordedInvoke.from] }));
    const cards: Node[] = (started.json.activities as Node[]).flatMap((a) =>
      (a.attachments ?? []).map((x: Node) => x.content),
    );
    const find = cards
      .flatMap((c) => c.actions ?? [])
      .find((x: Node) => x.type === 'Action.Execute' && x.data?.choice === 'goal:find');
    expect(find).toBeDefined();
    const res = await both(
      turn({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { ...recordedInvoke.value, action: { ...recordedInvoke.value.action, data: find.data } },
      }),
    );
    expect(res.status).toBe(200);
    const activities = res.json.activities as Node[];
    expect(activities.at(-2)).toMatchObject({
      type: 'message',
      channelData: { taNavigator: { step: 'country' } },
    });
    expect(activities.at(-1)).toMatchObject({
      type: 'invokeResponse',
      value: { status: 200, body: { type: 'application/vnd.microsoft.card.adaptive' } },
    });
  });

  it('an unknown or malformed invoke: its error answer among the activities, as CloudAdapter gives it', async () => {
    const turn = chat('msteams');
    const unknown = await both(turn({ type: 'invoke', name: 'composeExtension/query', value: {} }));
    expect(unknown.status).toBe(200);
    expect(unknown.json.activities).toMatchObject([{ type: 'invokeResponse', value: { status: 501 } }]);
    const malformed = await both(turn({ type: 'invoke', name: 'adaptiveCard/action', value: { action: 3 } }));
    expect(malformed.json.activities).toMatchObject([
      { type: 'invokeResponse', value: { status: 200, body: { statusCode: 400 } } },
    ]);
  });

  it('a logic that throws: onTurnError’s message after what was sent before, 200', async () => {
    const res = await both(
      chat('webchat', { locale: 'fr-FR' })({ type: 'message', text: 'bonjour' }),
      'throws',
    );
    expect(res.status).toBe(200);
    expect((res.json.activities as Node[]).map((a) => a.text)).toEqual([
      'before the failure',
      tr('fr', 'common:turn-failed'),
    ]);
  });

  it('an error onTurnError lets through: 500 with its message', async () => {
    // CloudAdapter writes the error to the console (ours goes to the silent log).
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await both(chat('webchat')({ type: 'message', text: 'hello' }), 'escapes');
      expect(res.status).toBe(500);
      expect(res.json).toBe('onTurnError failed too');
      expect(consoleError).toHaveBeenCalledTimes(1);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('the logic sees the same context: timestamps as Dates, callerId, identity, scope, locale; traces dropped', async () => {
    const res = await both(
      chat('emulator', { localTimestamp: '2026-11-25T11:15:30.123+01:00', callerId: 'urn:forged' })({
        type: 'message',
        text: 'probe',
      }),
      'probe',
    );
    const [probe, ...rest] = res.json.activities as Node[];
    expect(JSON.parse(probe!.text)).toEqual({
      timestamp: '2026-11-25T10:15:30.123Z',
      rawTimestamp: '2026-11-25T10:15:30.123Z',
      localTimestamp: 'Date',
      // An anonymous turn clears the callerId a client sends.
      callerId: null,
      locale: 'en-US',
      identity: JSON.stringify({ claims: [], authenticationType: 'anonymous' }),
      scope: 'https://api.botframework.com',
    });
    // Both buffer a trace (expectReplies returns what was sent, traces included).
    expect(rest).toMatchObject([{ type: 'trace', name: 'probe' }]);
    // The Emulator's anonymous skill gets the anonymous skill claim from both.
    const skill = await both(
      chat('emulator', { recipient: { id: 'bot', role: 'skill' } })({ type: 'message', text: 'probe' }),
      'probe',
    );
    expect(JSON.parse(skill.json.activities[0].text).scope).toBe('AnonymousSkill');
  });

  it('updateActivity and deleteActivity fail clearly (CloudAdapter has only an unusable client)', async () => {
    const res = await postJson(`${replies.url}/compare/unsupported`, chat('webchat')({ type: 'message' }));
    expect(res.status).toBe(200);
    expect((res.json.activities as Node[]).map((a) => a.text)).toEqual([
      'NotSupportedHereError: updating an activity is',
      'NotSupportedHereError: deleting an activity is',
    ]);
    expect(new NotSupportedHereError('x').message).toContain('not supported on this endpoint');
  });
});

describe('which turns messages-route.ts gives it', () => {
  it('the page’s turns and anonymous expectReplies turns; not the ones whose replies are posted', async () => {
    const s = await startServer({ ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9' });
    const processed = vi.spyOn(ExpectRepliesAdapter.prototype, 'process');
    try {
      const page = await BotClient.page(s.url, 'route-page', 'en-US');
      expect((await page.start()).length).toBeGreaterThan(0);
      expect(processed).toHaveBeenCalledTimes(1);
      const local = new BotClient(s.url, 'webchat', 'route-local', 'en-US');
      expect((await local.start()).length).toBeGreaterThan(0);
      expect(processed).toHaveBeenCalledTimes(2);
      // Replies posted to an allowed serviceUrl: CloudAdapter (which finds nobody listening there).
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await local.raw({
          type: 'conversationUpdate',
          deliveryMode: 'normal',
          serviceUrl: 'http://127.0.0.1:9',
        });
      } finally {
        consoleError.mockRestore();
      }
      expect(processed).toHaveBeenCalledTimes(2);
    } finally {
      processed.mockRestore();
      await s.close();
    }
  });

  it('with an app id, /api/messages stays with CloudAdapter (401 without a token) and the page uses it', async () => {
    const s = await startServer({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'x',
    });
    const processed = vi.spyOn(ExpectRepliesAdapter.prototype, 'process');
    try {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const local = new BotClient(s.url, 'webchat', 'route-secured', 'en-US');
        expect((await local.raw({ type: 'message', text: 'hi' })).status).toBe(401);
      } finally {
        consoleError.mockRestore();
      }
      expect(processed).not.toHaveBeenCalled();
      const page = await BotClient.page(s.url, 'route-secured-page', 'en-US');
      expect((await page.start()).length).toBeGreaterThan(0);
      expect(processed).toHaveBeenCalledTimes(1);
    } finally {
      processed.mockRestore();
      await s.close();
    }
  });
});
