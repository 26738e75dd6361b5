// The Web Chat page in a real browser (Debian's Chromium driven by playwright-core) against the real
// server. Skipped where /usr/bin/chromium is missing, except in CI, where that is a failure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownRenderer } from '../../src/server/channels/markdown.js';
import type { Lang } from '../../src/knowledge/types.js';
import { renderContext } from '../helpers/render.js';
import { tr } from '../helpers/flow.js';
import {
  accessibilityViolations,
  cspViolations,
  launchBrowser,
  openPage as openContext,
  RUN_BROWSER_TESTS,
  settled,
  SHOTS,
  startE2eServer,
  waitForWebChat,
  type E2eServer,
} from './browser.js';

const FIXTURE_DOCX = Buffer.from('PK\u0003\u0004 stands in for a letter', 'latin1');

let e2e: E2eServer;
let baseUrl = '';
let dataDir = '';
let browser: Browser;
const openPage = () => openContext(browser);

describe.skipIf(!RUN_BROWSER_TESTS)('Web Chat page in Chromium', () => {
  beforeAll(async () => {
    // A fixed "letter" the download test points at (served for real: Chromium cancels downloads
    // whose response a Playwright route fulfils).
    e2e = await startE2eServer((server) =>
      server.get('/api/letters/e2e-fixture.docx', async (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': 'attachment; filename="e2e-fixture.docx"',
          'Content-Length': String(FIXTURE_DOCX.length),
        });
        res.end(FIXTURE_DOCX);
      }),
    );
    ({ baseUrl, dataDir } = e2e);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await e2e?.close();
  });

  it('loads Web Chat from this server only, with no CSP violation, and switches to Arabic (rtl)', async () => {
    const { context, page, watch } = await openPage();
    try {
      await page.goto(`${baseUrl}/`);
      await waitForWebChat(page);
      expect(await page.evaluate(() => typeof (window as unknown as { WebChat?: unknown }).WebChat)).toBe(
        'object',
      );
      // The page greets the bot on its own: a conversationUpdate in English, expecting replies.
      await expect.poll(() => watch.posted.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const greeting = watch.posted[0]!;
      expect(greeting).toMatchObject({
        type: 'conversationUpdate',
        channelId: 'webchat',
        locale: 'en-US',
        deliveryMode: 'expectReplies',
      });
      // It speaks for the user of the session it got from POST /api/session.
      expect((greeting.from as { id: string }).id).toMatch(/^u-[\w-]{22}$/);
      const session = JSON.parse(
        (await page.evaluate(() => localStorage.getItem('ta-navigator.session'))) ?? '{}',
      ) as { userId?: string; token?: string };
      expect(session.userId).toBe((greeting.from as { id: string }).id);
      expect(session.token).toMatch(/^u-[\w-]{22}\.[\w-]{43}$/);
      // Give the bot's answer (or the "unreachable" notice) time to render before the picture.
      await page
        .waitForSelector('.webchat__bubble:not(.webchat__bubble--from-user), #status:not([hidden])', {
          timeout: 10_000,
        })
        .catch(() => undefined);
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS, 'webchat-en.png') });

      await page.selectOption('#lang', 'ar-EG');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      expect(new URL(page.url()).searchParams.get('locale')).toBe('ar-EG');
      expect(await page.locator('#lang-label').textContent()).toBe('اللغة');
      // Web Chat itself is laid out right-to-left.
      expect(await page.locator('.webchat__send-box').evaluate((el) => getComputedStyle(el).direction)).toBe(
        'rtl',
      );
      // Same conversation, now in Arabic.
      await expect.poll(() => watch.posted.length, { timeout: 10_000 }).toBeGreaterThan(1);
      const rejoin = watch.posted[1]!;
      expect(rejoin).toMatchObject({ type: 'conversationUpdate', locale: 'ar-EG' });
      expect(rejoin.conversation).toEqual(greeting.conversation);
      expect(rejoin.from).toMatchObject({ id: (greeting.from as { id: string }).id });
      await page.waitForTimeout(500); // let the bot's answer to the language change render
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS, 'webchat-ar.png') });

      expect(watch.csp).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.foreign).toEqual([]);
      expect(watch.requests.some((u) => u.endsWith('/webchat/webchat.js'))).toBe(true);
      expect(watch.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('honours ?locale=ar-EG on first load and puts the locale on every activity', async () => {
    const { context, page, watch } = await openPage();
    try {
      await page.goto(`${baseUrl}/?locale=ar-EG`);
      await waitForWebChat(page);
      expect(
        await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]),
      ).toEqual(['rtl', 'ar']);
      expect(await page.locator('#lang').inputValue()).toBe('ar-EG');
      await expect.poll(() => watch.posted.length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(watch.posted.every((a) => a.locale === 'ar-EG')).toBe(true);
      await page
        .waitForSelector('.webchat__bubble:not(.webchat__bubble--from-user), #status:not([hidden])', {
          timeout: 10_000,
        })
        .catch(() => undefined);
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS, 'webchat-ar-first-load.png') });
      expect(watch.csp).toEqual([]);
      expect(watch.foreign).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('posts typed messages with expectReplies, shows the replies, and downloads letter links', async () => {
    const { context, page, watch } = await openPage();
    // The bot's conversation engine is tested elsewhere; here a fixed reply exercises the page's
    // Direct Line object: suggested actions, a Markdown link and an Adaptive Card button to a letter.
    await page.route('**/api/webchat/messages', async (route) => {
      const activity = route.request().postDataJSON() as { type: string; text?: string };
      const replies =
        activity.type === 'conversationUpdate'
          ? [
              {
                type: 'message',
                text: 'Welcome',
                suggestedActions: { actions: [{ type: 'imBack', title: 'help', value: 'help' }] },
              },
            ]
          : [
              { type: 'message', text: `You said: ${activity.text ?? ''}` },
              {
                type: 'message',
                text: `Your letter: [e2e-fixture.docx](${baseUrl}/api/letters/e2e-fixture.docx)`,
                textFormat: 'markdown',
              },
              { type: 'message', text: 'Or: [the same letter](/api/letters/e2e-fixture.docx)' },
              {
                type: 'message',
                attachments: [
                  {
                    contentType: 'application/vnd.microsoft.card.adaptive',
                    content: {
                      type: 'AdaptiveCard',
                      version: '1.5',
                      body: [{ type: 'TextBlock', text: 'Letter ready', wrap: true }],
                      actions: [
                        {
                          type: 'Action.OpenUrl',
                          title: 'Download DOCX',
                          url: '/api/letters/e2e-fixture.docx',
                        },
                      ],
                    },
                  },
                ],
              },
            ];
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ activities: replies }),
      });
    });
    try {
      await page.goto(`${baseUrl}/`);
      await waitForWebChat(page);
      await page.locator('.webchat__bubble__content', { hasText: 'Welcome' }).first().waitFor();
      await page.locator('.webchat__suggested-actions__button', { hasText: 'help' }).click();
      await page.locator('.webchat__bubble__content', { hasText: 'You said: help' }).first().waitFor();

      const message = watch.posted.find((a) => a.type === 'message')!;
      expect(message).toMatchObject({
        text: 'help',
        locale: 'en-US',
        deliveryMode: 'expectReplies',
        channelId: 'webchat',
      });
      expect((message.channelData as { clientActivityID?: string }).clientActivityID).toBeTruthy();
      // Web Chat marks the message sent only once it is echoed back with its clientActivityID.
      await expect(page.locator('text=/Send failed/i').count()).resolves.toBe(0);

      // An absolute link (an <a>), a relative one (Web Chat 4.18 makes it a citation button) and
      // an Adaptive Card Action.OpenUrl: each downloads the DOCX in place, no new tab.
      const clickables = [
        page.locator('.webchat__bubble__content a', { hasText: 'e2e-fixture.docx' }),
        page.locator('.webchat__bubble__content button', { hasText: 'the same letter' }),
        page.locator('.webchat__bubble__content .ac-pushButton', { hasText: 'Download DOCX' }),
      ];
      for (const [i, clickable] of clickables.entries()) {
        const download = page.waitForEvent('download', { timeout: 10_000 });
        await clickable.first().click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('e2e-fixture.docx');
        const saved = path.join(dataDir, `download-${i}.docx`);
        await file.saveAs(saved);
        expect(readFileSync(saved).equals(FIXTURE_DOCX), `download ${i}`).toBe(true);
      }
      expect(context.pages()).toHaveLength(1);

      await page.screenshot({ path: path.join(SHOTS, 'webchat-letter-link.png') });
      expect(watch.csp).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.foreign).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
  it.each<[Lang, string]>([
    ['en', 'en-US'],
    ['ar', 'ar-EG'],
  ])(
    '%s: shows a form card accessibly and submits its values by step id, with a calendar download',
    async (lang, locale) => {
      const { context, page, watch } = await openContext(browser, { locale });
      // A reply with a form and a deadline, rendered by the Web Chat renderer as the server does.
      const reply = markdownRenderer.render(
        {
          text: tr(lang, 'flow:q.senderName'),
          step: 'senderName',
          dir: lang === 'ar' ? 'rtl' : 'ltr',
          choices: [{ value: 'why', label: tr(lang, 'common:why') }],
          reminder: { submitBy: '2027-06-01', start: '2027-12-01', programId: 'tisc' },
          form: {
            id: 'letter-details',
            submitLabel: tr(lang, 'channels:choice.submit'),
            fields: [
              {
                id: 'senderName',
                label: tr(lang, 'flow:label.senderName'),
                maxLength: 120,
                required: true,
                multiline: false,
              },
              {
                id: 'purpose',
                label: tr(lang, 'flow:label.purpose'),
                maxLength: 1500,
                required: true,
                multiline: true,
                value: 'x',
                error: tr(lang, 'flow:hint.text.too-short'),
              },
            ],
          },
        },
        renderContext('webchat', lang, { baseUrl }),
      );
      await page.route('**/api/webchat/messages', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ activities: [reply] }),
        }),
      );
      try {
        await page.goto(`${baseUrl}/?locale=${locale}`);
        await waitForWebChat(page);
        await page.waitForSelector('.ac-adaptiveCard input');
        await settled(page);
        expect(await page.title()).toBe(tr(lang, 'page:title'));
        expect(await page.locator('#webchat').getAttribute('aria-label')).toBe(tr(lang, 'page:chat'));
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, `webchat-form-${lang}.png`) });

        // The calendar link downloads the .ics in place.
        const download = page.waitForEvent('download', { timeout: 10_000 });
        await page
          .locator('.webchat__bubble__content a', { hasText: tr(lang, 'channels:reminder.link') })
          .click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('wipo-request-deadline-2027-06-01.ics');
        const ics = readFileSync((await file.path())!, 'utf8');
        expect(ics).toContain('DTSTART;VALUE=DATE:20270601');

        // Web Chat merges each input's value into the submit's data under the input's id.
        await page.locator('.ac-adaptiveCard input').first().fill('Aminata Diallo');
        await page
          .locator('.ac-adaptiveCard textarea')
          .first()
          .fill('Set up a technology and innovation support centre');
        const before = watch.posted.length;
        await page
          .locator('.ac-adaptiveCard .ac-pushButton', { hasText: tr(lang, 'channels:choice.submit') })
          .click();
        await expect.poll(() => watch.posted.length, { timeout: 10_000 }).toBeGreaterThan(before);
        expect(watch.posted.at(-1)).toMatchObject({
          type: 'message',
          value: {
            form: 'letter-details',
            step: 'senderName',
            senderName: 'Aminata Diallo',
            purpose: 'Set up a technology and innovation support centre',
          },
        });
        expect(watch.csp).toEqual([]);
        expect(watch.foreign).toEqual([]);
        expect(watch.errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
