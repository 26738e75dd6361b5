// Whole conversations through POST /api/messages with expectReplies: Web Chat gets Markdown and
// suggested actions, Teams gets Adaptive Cards (validated against the 1.5 schema), and the letter
// comes back with a DOCX link that downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { toReview } from './journey.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { tr } from '../helpers/flow.js';
import type { Lang } from '../../src/knowledge/types.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ PUBLIC_URL: 'http://127.0.0.1:1' });
});
afterAll(() => s.close());

/** An Arabic letter drafted from a chat in `lang`, to the review and the letter. */
async function letterPath(c: BotClient, lang: Lang) {
  await toReview(c, 'ar', {
    senderName: 'أمينة ديالو',
    senderTitle: 'رئيسة الجامعة',
    institution: 'جامعة الشيخ أنتا ديوب',
    place: 'داكار',
    reference: 'لا يوجد',
    senderEmail: 'rectorat@ucad.edu.sn، +221 33 824 69 81',
    purpose: 'إنشاء مركز لدعم التكنولوجيا والابتكار',
    developmentGoals: 'خطة السنغال الناهضة',
    expectedResults: 'مركز فعال',
    beneficiaries: '40 باحثا',
    period: 'من تموز/يوليه 2027',
  });
  expect(c.text()).toContain(tr(lang, 'flow:review.title'));
  expect(c.choices()).toContain('draft');
  const atReview = c.status()!;
  expect(atReview.step).toBe('review');
  expect(atReview.progress.answered).toBe(atReview.progress.total - 1);
  await c.tap('draft');
  expect(c.status()).toEqual({
    step: 'done',
    progress: { answered: atReview.progress.total, total: atReview.progress.total },
  });
}

describe('buttons and the letter form', () => {
  it.each(['msteams', 'webchat'])(
    'take a requester from the greeting to a drafted letter in at most 12 turns (%s)',
    async (channel) => {
      const c = new BotClient(s.url, channel, `conv-form-${channel}`, 'en-GB');
      await c.start();
      let turns = 0;
      const turn = async (p: Promise<unknown>) => {
        await p;
        turns++;
      };
      await turn(c.tap('goal:letter'));
      await turn(c.say('SN'));
      await turn(c.tap('university'));
      await turn(c.say('we want a technology and innovation support centre'));
      await turn(c.tap('tisc'));
      await turn(c.tap('no'));
      await turn(c.tap('2027-07-01'));
      await turn(c.tap('en'));
      expect(c.status()?.step).toBe('senderName');
      await turn(
        c.submit({
          senderName: 'Aminata Diallo',
          senderTitle: 'Rector',
          institution: 'Cheikh Anta Diop University',
          place: 'Dakar',
          senderEmail: 'rectorat@ucad.edu.sn',
          purpose: 'Set up a TISC for our researchers.',
          developmentGoals: 'Plan Sénégal Émergent, innovation pillar.',
          expectedResults: 'An active centre and 200 searches a year.',
          beneficiaries: '40 researchers and 10 librarians',
          justification: 'Our researchers have no access to patent databases.',
          readinessText: 'A room and three librarians are ready.',
          period: 'From July 2027, for 12 months',
        }),
      );
      expect(c.status()?.step).toBe('review');
      await turn(c.tap('draft'));
      expect(c.status()?.step).toBe('done');
      expect(c.links().some((l) => l.endsWith('.docx')) || c.text().includes('Aminata Diallo')).toBe(true);
      expect(turns).toBeLessThanOrEqual(12);
      console.log(`buttons and form (${channel}): ${turns} turns to the letter`);
    },
  );
});

describe('POST /api/messages (expectReplies)', () => {
  it('runs a Web Chat conversation to a letter with suggested actions and a DOCX download', async () => {
    const c = new BotClient(s.url, 'webchat', 'conv-webchat-1', 'fr-FR');
    await letterPath(c, 'fr');
    for (const a of c.last) {
      expect(a.type).toBe('message');
      expect(a.attachments ?? []).toEqual([]);
    }
    expect(c.text()).toContain('أمينة ديالو');
    const docx = c.links().find((l) => l.endsWith('.docx'))!;
    expect(docx).toBeDefined();
    const res = await fetch(`${s.url}${new URL(docx).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('officedocument.wordprocessingml');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(2000);
  });

  it("lists the user's drafts, re-opens one on the review screen and updates it in place", async () => {
    const c = new BotClient(s.url, 'webchat', 'conv-drafts-1', 'en-US', 'user-drafts');
    await letterPath(c, 'en');
    const firstDocx = c.links().find((l) => l.endsWith('.docx'))!;
    const id = firstDocx.split('/').pop()!.replace('.docx', '');
    await c.say('my drafts');
    expect(c.text()).toContain(tr('en', 'common:drafts.title'));
    expect(c.choices()).toContain(`open-draft:${id}`);
    await c.tap(`open-draft:${id}`);
    expect(c.text()).toContain(tr('en', 'flow:q.review'));
    expect(c.text()).toContain('أمينة ديالو');
    await c.tap('edit:senderName');
    await c.say('Aminata Diallo');
    expect(c.choices()).toContain('draft');
    await c.tap('draft');
    expect(c.text()).toContain('Aminata Diallo');
    expect(c.links()).toContain(firstDocx); // the same draft, updated
    // Another user cannot open it from their chat.
    const other = new BotClient(s.url, 'webchat', 'conv-drafts-2', 'en-US', 'someone-else');
    await other.start();
    await postJson(`${s.url}/api/messages`, {
      type: 'message',
      value: { choice: `open-draft:${id}` },
      channelId: 'webchat',
      conversation: { id: 'conv-drafts-2' },
      from: { id: 'someone-else' },
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      serviceUrl: 'http://localhost',
    }).then((r) =>
      expect(JSON.stringify(r.json)).toContain(tr('en', 'common:drafts.not-found').slice(0, 20)),
    );
  });

  it('sends Teams Adaptive Cards that validate against the 1.5 schema, with a plain-text fallback', async () => {
    const c = new BotClient(s.url, 'msteams', 'conv-teams-1', 'ar-SA');
    const cards: unknown[] = [];
    const collect = () => c.last.forEach((a) => a.attachments?.forEach((att) => cards.push(att.content)));
    await c.start();
    collect();
    await c.tap('goal:check');
    collect();
    await c.say('السنغال');
    collect();
    await c.tap('yes');
    await c.tap('government');
    await c.say('IPAS');
    collect();
    await c.tap('ipas');
    collect();
    for (const a of ['yes', 'unknown', 'yes', 'yes']) {
      await c.tap(a);
      collect();
    }
    await c.tap('2027-07-01');
    collect();
    expect(c.text()).toContain(tr('ar', 'flow:route.title'));
    expect(cards.length).toBeGreaterThan(8);
    for (const card of cards) {
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect((card as { fallbackText: string }).fallbackText.length).toBeGreaterThan(0);
      expect((card as { rtl?: boolean }).rtl).toBe(true);
    }
    for (const a of c.last) expect(a.suggestedActions).toBeUndefined();
  });

  it('sends the drafted letter to Teams as a valid card with absolute download links', async () => {
    const c = new BotClient(s.url, 'msteams', 'conv-teams-letter', 'zh-CN');
    await letterPath(c, 'zh');
    const cards = c.last.flatMap((a) => (a.attachments ?? []).map((att) => att.content));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(validateAdaptiveCard(card)).toEqual([]);
    const docx = c.links().find((l) => l.endsWith('.docx'))!;
    expect(docx).toMatch(/^http:\/\/127\.0\.0\.1:1\/api\/letters\/[\w-]{22}\.docx$/);
  });

  it('handles a card submission with value and no text, and bad input without crashing', async () => {
    const c = new BotClient(s.url, 'msteams', 'conv-teams-2', 'en-US');
    await c.start();
    await c.tap('goal:find');
    await c.say('\u0000\u0001');
    expect(c.text()).toContain(tr('en', 'flow:hint.country'));
    await c.say('x'.repeat(10_000));
    expect(c.text().length).toBeGreaterThan(0);
  });

  it.each([
    [{ channelId: 'webchat', conversation: { id: 'c' } }, 'type'],
    [{ type: 'message', conversation: { id: 'c' } }, 'channelId'],
    [{ type: 'message', channelId: 'webchat' }, 'conversation.id'],
    [{ type: 'message', channelId: 'webchat', conversation: { id: 'c' }, text: 42 }, 'text'],
  ])('answers 400 for an invalid activity %j naming %s', async (body, field) => {
    const r = await postJson(`${s.url}/api/messages`, body);
    expect(r.status).toBe(400);
    expect(r.json.field).toBe(field);
  });
});

describe('authentication', () => {
  it('refuses an unauthenticated request with 401 when MicrosoftAppId is set', async () => {
    const secured = await startServer({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'x',
    });
    try {
      const r = await postJson(`${secured.url}/api/messages`, {
        type: 'message',
        text: 'hi',
        channelId: 'webchat',
        conversation: { id: 'c' },
        from: { id: 'u' },
        serviceUrl: 'http://localhost',
      });
      expect(r.status).toBe(401);
      // The Web Chat page has no Bot Framework token: it gets its own endpoint, for its channel
      // only, with a session token of its own.
      const page = await (await fetch(`${secured.url}/`)).text();
      expect(page).toContain('data-endpoint="/api/webchat/messages"');
      const session = await postJson(`${secured.url}/api/session`, {});
      const res = await postJson(
        `${secured.url}/api/webchat/messages`,
        {
          type: 'message',
          text: 'hello',
          channelId: 'msteams',
          conversation: { id: 'page-1' },
          from: { id: session.json.userId },
          locale: 'en-US',
        },
        { authorization: `Bearer ${session.json.token}` },
      );
      expect(res.status).toBe(200);
      const activities = res.json.activities as { attachments?: unknown[]; suggestedActions?: unknown }[];
      expect(JSON.stringify(activities)).toContain(tr('en', 'common:greeting').slice(0, 40));
      expect(activities[0]!.attachments ?? []).toEqual([]); // rendered for Web Chat, whatever it claimed
    } finally {
      await secured.close();
    }
  });
});

describe('Teams mentions', () => {
  it('ignores the bot mention that starts a message in a Teams channel', async () => {
    const r = await postJson(`${s.url}/api/messages`, {
      type: 'message',
      text: '<at>TA Navigator</at> help',
      entities: [
        {
          type: 'mention',
          mentioned: { id: 'ta-navigator', name: 'TA Navigator' },
          text: '<at>TA Navigator</at>',
        },
      ],
      channelId: 'msteams',
      conversation: { id: 'conv-mention' },
      from: { id: 'u' },
      recipient: { id: 'ta-navigator', name: 'TA Navigator' },
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      serviceUrl: 'http://localhost',
    });
    expect(JSON.stringify(r.json)).toContain(tr('en', 'common:help').slice(0, 30));
  });
});
