// Universal Actions over POST /api/messages: a tap on an Action.Execute arrives as Teams sends it
// (the `adaptiveCard/action` invoke recorded from Microsoft's docs, test/fixtures/teams); the bot
// runs the same turn an Action.Submit gives, sends its replies as messages (to a fake Bot
// Connector on loopback), and answers the invoke with the used card refreshed: the question, what
// was chosen, no buttons.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { teamsCardProblems } from '../helpers/teams-card-rules.js';
import { tr } from '../helpers/flow.js';

const recorded = JSON.parse(
  readFileSync(projectPath('test', 'fixtures', 'teams', 'adaptive-card-action.json'), 'utf8'),
);

let s: TestServer;
let connector: FakeConnector;
beforeAll(async () => {
  [s, connector] = await Promise.all([
    // The fake connector listens on a loopback port: the bot may post replies there.
    startServer({ PUBLIC_URL: 'https://bot.example.org', ALLOWED_SERVICE_URLS: 'http://127.0.0.1:*' }),
    startFakeConnector(),
  ]);
});
afterAll(async () => {
  await Promise.all([s.close(), connector.close()]);
});

/** A Teams personal chat whose turns go through expectReplies (to read the cards), like BotClient. */
function teamsChat(conversationId: string) {
  return new BotClient(s.url, 'msteams', conversationId, 'en-US', recorded.from.id, {
    from: recorded.from,
    recipient: recorded.recipient,
    conversation: { ...recorded.conversation, id: conversationId },
    channelData: recorded.channelData,
  });
}

type Node = Record<string, any>;
const cardsOf = (activities: { attachments?: { content: any }[] }[]): Node[] =>
  activities.flatMap((a) => (a.attachments ?? []).map((x) => x.content as Node));

/** The Action.Execute of the last cards whose data carries `choice` (or the list submit of `step`). */
function executeAction(c: BotClient, choice: string): Node {
  for (const card of cardsOf(c.last)) {
    const actions: Node[] = [
      ...(card.actions ?? []),
      ...(card.body as Node[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions),
    ];
    const button = actions.find((a) => a.type === 'Action.Execute' && a.data.choice === choice);
    if (button) return button;
    const list = (card.body as Node[]).find((b) => b.type === 'Input.ChoiceSet');
    if (list?.choices.some((x: Node) => x.value === choice))
      return actions.find((a) => a.type === 'Action.Execute' && a.data.choice === undefined)!;
  }
  throw new Error(`no Action.Execute for ${choice}`);
}

/** The invoke Teams sends for that action, with the card's input values merged into its data. */
async function invoke(conversationId: string, action: Node, inputs: Record<string, unknown> = {}) {
  const before = connector.activities().length;
  const res = await postJson(`${s.url}/api/messages`, {
    ...recorded,
    conversation: { ...recorded.conversation, id: conversationId },
    serviceUrl: connector.url,
    value: {
      ...recorded.value,
      action: { ...recorded.value.action, verb: action.verb, data: { ...action.data, ...inputs } },
    },
  });
  return { res, sent: connector.activities().slice(before) };
}

describe('adaptiveCard/action (Action.Execute) over /api/messages', () => {
  it('runs the turn a button gives, sends the next question, and refreshes the used card', async () => {
    const c = teamsChat('a:execute-1');
    await c.start();
    const find = executeAction(c, 'goal:find');
    expect(find.fallback).toMatchObject({ type: 'Action.Submit', data: { choice: 'goal:find' } });
    const { res, sent } = await invoke('a:execute-1', find);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const refreshed = res.json.value as Node;
    expect(validateAdaptiveCard(refreshed)).toEqual([]);
    expect(teamsCardProblems(refreshed)).toEqual([]);
    expect(refreshed.actions).toBeUndefined();
    expect(JSON.stringify(refreshed)).not.toContain('Action.');
    const lines = (refreshed.body as Node[]).map((b) => b.text);
    expect(lines).toContain(tr('en', 'channels:used.answer', { answer: tr('en', 'common:menu.find') }));
    expect(lines.join('\n')).toContain(tr('en', 'common:greeting').split('\n')[0]);
    // The next question went to the conversation as a message, with where the interview stands.
    expect(sent).toHaveLength(1);
    expect(sent[0].type).toBe('message');
    expect(sent[0].conversation.id).toBe('a:execute-1');
    expect(sent[0].channelData.taNavigator.step).toBe('country');
    expect(JSON.stringify(cardsOf(sent))).toContain(tr('en', 'flow:q.country').slice(0, 25));
  });

  it('takes a choice list’s value from the merged input `choice`, with the step the list carries', async () => {
    const c = teamsChat('a:execute-2');
    await c.start();
    await c.tap('goal:find');
    await c.say('SN');
    expect(c.status()?.step).toBe('requester');
    const submit = executeAction(c, 'university');
    expect(submit.data).toMatchObject({ step: 'requester' });
    const { res, sent } = await invoke('a:execute-2', submit, { choice: 'university' });
    expect(sent.at(-1).channelData.taNavigator.step).toBe('need');
    const label = tr('en', 'flow:requester.university');
    expect((res.json.value.body as Node[]).map((b) => b.text)).toContain(
      tr('en', 'channels:used.answer', { answer: label }),
    );
  });

  it('passes a form’s values keyed by step id to the engine, and lists them on the refreshed card', async () => {
    const c = teamsChat('a:execute-3');
    await c.start();
    const data = {
      form: 'letter-details',
      step: 'senderName',
      shown: { q: 'The letter’s details', fields: { senderName: 'Signatory', institution: 'Institution' } },
    };
    const { res } = await invoke(
      'a:execute-3',
      { verb: 'form', data },
      { senderName: 'Aminata Diallo', institution: '' },
    );
    expect(res.status).toBe(200);
    const refreshed = res.json.value as Node;
    expect(validateAdaptiveCard(refreshed)).toEqual([]);
    expect(refreshed.body.find((b: Node) => b.type === 'FactSet').facts).toEqual([
      { title: 'Signatory', value: 'Aminata Diallo' },
    ]);
  });

  it('answers a malformed action with an error body, and an unknown invoke with 501, without a turn', async () => {
    const before = connector.activities().length;
    const bad = await postJson(`${s.url}/api/messages`, {
      ...recorded,
      serviceUrl: connector.url,
      value: { action: { type: 'Action.Submit', data: 'x' } },
    });
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const unknown = await postJson(`${s.url}/api/messages`, {
      ...recorded,
      name: 'task/fetch',
      serviceUrl: connector.url,
    });
    expect(unknown.status).toBe(501);
    expect(connector.activities().length).toBe(before);
  });
});
