// Proactive deadline reminders in Teams: a deadline offered there is stored with the conversation
// reference; a week before it, the scheduler sends the reminder once — by exactly one instance
// when several share the storage (memory here; PostgreSQL when TEST_DATABASE_URL is set). The
// sender is injected: no Bot Connector.
import {
  TestAdapter,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MemoryEtagStorage, type ListableStorage } from '../../src/storage/index.js';
import {
  readReminder,
  rememberDeadline,
  reminderKey,
  REMINDER_PREFIX,
  type StoredReminder,
} from '../../src/server/reminders/reminder-store.js';
import { createReminderScheduler } from '../../src/server/reminders/scheduler.js';
import { teamsReminderSender } from '../../src/server/reminders/proactive-sender.js';
import { createBotTurns } from '../../src/server/bot.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { createI18n } from '../../src/i18n/index.js';
import { knowledge } from '../helpers/knowledge.js';
import { tr } from '../helpers/flow.js';
import { makePostgres, freshTable, postgresUrl, requirePostgres } from '../storage/postgres.js';

const reference: Partial<ConversationReference> = {
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:conv', conversationType: 'personal', tenantId: 't', isGroup: false, name: '' },
  user: { id: '29:user', name: '' },
  bot: { id: '28:bot', name: '' },
};
const deadline = { submitBy: '2027-06-01', start: '2027-12-01', programId: 'tisc' };

async function remember(storage: ListableStorage, conversation: string, today = '2026-11-25', d = deadline) {
  return rememberDeadline(storage, {
    conversationKey: `conversations/msteams/${conversation}`,
    reference: { ...reference, conversation: { ...reference.conversation!, id: conversation } },
    deadline: d,
    lang: 'fr',
    baseUrl: 'https://bot.example.org',
    today,
  });
}

function scheduler(storage: ListableStorage, today: { value: string }, sent: StoredReminder[], o = {}) {
  return createReminderScheduler({
    storage,
    today: () => today.value,
    send: async (r) => {
      sent.push(r);
    },
    ...o,
  });
}

describe('deadline reminders', () => {
  it('stores one per conversation, a week before the deadline, and not when that day is past', async () => {
    const storage = new MemoryEtagStorage();
    expect(await remember(storage, 'a:1')).toBe(true);
    const stored = await readReminder(storage, reminderKey('conversations/msteams/a:1'));
    expect(stored?.reminder).toMatchObject({
      dueOn: '2027-05-25',
      status: 'pending',
      lang: 'fr',
      submitBy: '2027-06-01',
    });
    expect(stored?.reminder.reference).toMatchObject({
      conversation: { id: 'a:1' },
      serviceUrl: reference.serviceUrl,
    });
    // A later deadline in the same conversation replaces it.
    await remember(storage, 'a:1', '2026-11-25', { ...deadline, submitBy: '2027-07-01' });
    expect(await storage.list(REMINDER_PREFIX)).toHaveLength(1);
    // Less than a week left: the reply already says so; no reminder.
    expect(await remember(storage, 'a:2', '2027-05-26')).toBe(false);
    expect(await storage.list(REMINDER_PREFIX)).toHaveLength(1);
  });

  it('sends it on its day, once, and not before', async () => {
    const storage = new MemoryEtagStorage();
    await remember(storage, 'a:1');
    const today = { value: '2027-05-24' };
    const sent: StoredReminder[] = [];
    const s = scheduler(storage, today, sent);
    expect(await s.tick()).toEqual({ sent: 0, failed: 0, expired: 0 });
    today.value = '2027-05-25';
    expect((await s.tick()).sent).toBe(1);
    expect((await s.tick()).sent).toBe(0);
    today.value = '2027-05-28';
    expect((await s.tick()).sent).toBe(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      submitBy: '2027-06-01',
      programId: 'tisc',
      reference: { conversation: { id: 'a:1' } },
    });
    // Offering the same deadline again does not bring the sent reminder back.
    await remember(storage, 'a:1');
    expect((await s.tick()).sent).toBe(0);
  });

  it('is sent by exactly one of two instances ticking at once (memory storage)', async () => {
    const storage = new MemoryEtagStorage();
    for (let i = 0; i < 12; i++) await remember(storage, `a:${i}`);
    const today = { value: '2027-05-25' };
    const sent: StoredReminder[] = [];
    const [a, b] = [scheduler(storage, today, sent), scheduler(storage, today, sent)];
    for (let round = 0; round < 3; round++) await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(sent.map((r) => r.reference.conversation).sort()).toHaveLength(12);
    expect(new Set(sent.map((r) => JSON.stringify(r.reference))).size).toBe(12);
  });

  it('retries a failed send on the next tick and gives up after the last attempt', async () => {
    const storage = new MemoryEtagStorage();
    await remember(storage, 'a:1');
    let calls = 0;
    const s = createReminderScheduler({
      storage,
      today: () => '2027-05-25',
      maxAttempts: 3,
      send: async () => {
        calls++;
        throw new Error('connector down');
      },
    });
    for (let i = 0; i < 5; i++) await s.tick();
    expect(calls).toBe(3);
    expect((await readReminder(storage, reminderKey('conversations/msteams/a:1')))?.reminder.status).toBe(
      'failed',
    );
  });

  it('takes over the claim of an instance that died while sending, once its lease ran out', async () => {
    const storage = new MemoryEtagStorage();
    await remember(storage, 'a:1');
    let clock = 1_000_000;
    const hung = createReminderScheduler({
      storage,
      today: () => '2027-05-25',
      now: () => clock,
      leaseMs: 60_000,
      send: () => new Promise(() => undefined), // never returns: the instance died mid-send
    });
    void hung.tick();
    await new Promise((r) => setTimeout(r, 20));
    const sent: StoredReminder[] = [];
    const other = scheduler(storage, { value: '2027-05-25' }, sent, { now: () => clock, leaseMs: 60_000 });
    expect((await other.tick()).sent).toBe(0); // still leased
    clock += 61_000;
    expect((await other.tick()).sent).toBe(1);
  });

  it('drops a reminder whose deadline has already passed', async () => {
    const storage = new MemoryEtagStorage();
    await remember(storage, 'a:1');
    const sent: StoredReminder[] = [];
    expect(await scheduler(storage, { value: '2027-06-02' }, sent).tick()).toEqual({
      sent: 0,
      failed: 0,
      expired: 1,
    });
    expect(sent).toEqual([]);
  });

  it('sends a Teams card with the deadline, the program and the calendar file', async () => {
    const i18n = createI18n();
    const activities: Partial<Activity>[] = [];
    const adapter = {
      continueConversationAsync: async (
        appId: string,
        ref: unknown,
        logic: (c: TurnContext) => Promise<void>,
      ) => {
        expect(appId).toBe('app-id');
        expect(ref).toMatchObject({ conversation: { id: 'a:1' } });
        await logic({
          sendActivity: async (a: Partial<Activity>) => activities.push(a),
        } as unknown as TurnContext);
      },
    } as unknown as CloudAdapter;
    const storage = new MemoryEtagStorage();
    await remember(storage, 'a:1');
    const s = createReminderScheduler({
      storage,
      today: () => '2027-05-25',
      send: teamsReminderSender(adapter, 'app-id', { knowledge: knowledge(), i18n }),
    });
    expect((await s.tick()).sent).toBe(1);
    const card = activities[0]!.attachments![0]!.content as {
      body: { text: string }[];
      actions: { url: string }[];
    };
    const program = knowledge().programById.get('tisc')!.name.fr;
    expect(card.body[0]!.text).toBe(
      tr('fr', 'channels:reminder.proactive-program', { program, date: '1er juin 2027' }),
    );
    expect(card.actions[0]!.url).toBe(
      'https://bot.example.org/api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr',
    );
  });

  it('is remembered when a Teams reply offers a deadline, not on other channels', async () => {
    const storage = new MemoryEtagStorage();
    const deps = buildDeps(loadConfig({ STORAGE: 'memory', TODAY: '2026-11-25' }), {
      knowledge: knowledge(),
      storage,
    });
    const turns = createBotTurns(deps, async () => ({ replies: [] }));
    const adapter = new TestAdapter();
    const reply = { text: 'Send the request by 1 June 2027.', reminder: deadline };
    for (const channelId of ['msteams', 'webchat']) {
      const context = new TurnContext(adapter, {
        type: 'message',
        channelId,
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        conversation: { id: `${channelId}-conv`, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'user', name: 'u' },
        recipient: { id: 'bot', name: 'b' },
      } as Activity);
      await turns.send(
        context,
        { replies: [reply], status: { step: 'start', progress: { answered: 0, total: 0 } }, lang: 'en' },
        'https://bot.example.org',
      );
    }
    const keys = await storage.list(REMINDER_PREFIX);
    expect(keys).toEqual([reminderKey('conversations/msteams/msteams-conv')]);
    expect((await readReminder(storage, keys[0]!))?.reminder.reference).toMatchObject({
      conversation: { id: 'msteams-conv' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
  });
});

describe.skipIf(!postgresUrl)('deadline reminders on PostgreSQL, two instances', () => {
  it('sends each due reminder exactly once when two instances tick at once', async () => {
    const table = freshTable();
    const [one, two] = [await makePostgres(table), await makePostgres(table)];
    for (let i = 0; i < 20; i++) await remember(one, `a:${i}`);
    const today = { value: '2027-05-25' };
    const sent: StoredReminder[] = [];
    const [a, b] = [scheduler(one, today, sent), scheduler(two, today, sent)];
    for (let round = 0; round < 3; round++) await Promise.all([a.tick(), b.tick()]);
    expect(sent).toHaveLength(20);
    expect(new Set(sent.map((r) => JSON.stringify(r.reference))).size).toBe(20);
    for (const key of await two.list(REMINDER_PREFIX))
      expect((await readReminder(two, key))?.reminder.status).toBe('sent');
  });
});
if (!postgresUrl)
  describe('deadline reminders on PostgreSQL', () => requirePostgres('the two-instance reminder test'));
