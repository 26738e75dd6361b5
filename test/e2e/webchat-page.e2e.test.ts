// The Web Chat page in a real browser (Debian's Chromium driven by playwright-core) against the real
// server. Skipped where /usr/bin/chromium is missing, except in CI, where that is a failure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { projectPath } from '../../src/paths.js';
import { createServer } from '../../src/server/app.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { registerWebChatRoutes } from '../../src/server/webchat-routes.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true';
// The flags of issue 5: no sandbox (root in CI), and nothing that phones home.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SHOTS = projectPath('test-output', 'screenshots');
const FIXTURE_DOCX = Buffer.from('PK\u0003\u0004 stands in for a letter', 'latin1');

interface Watch {
  readonly requests: string[];
  readonly foreign: string[];
  readonly csp: string[];
  readonly errors: string[];
  readonly posted: Record<string, unknown>[];
}

let server: Server;
let baseUrl = '';
let browser: Browser;
let dataDir = '';

/** A fresh context that records every request, aborts any that leaves this machine, and collects CSP reports. */
async function openPage(): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'en-US',
    viewport: { width: 1000, height: 760 },
  });
  const watch: Watch = { requests: [], foreign: [], csp: [], errors: [], posted: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    watch.requests.push(url.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      watch.foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.fallback();
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} sample=${e.sample} el=${(e.target as Element)?.outerHTML?.slice(0, 200)}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to/i.test(text)) watch.csp.push(text);
    if (m.type() === 'error') watch.errors.push(text);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r: Request) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/messages') {
      watch.posted.push(JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
    }
  });
  return { context, page, watch };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

async function waitForWebChat(page: Page): Promise<void> {
  await page.waitForSelector('.webchat__send-box', { timeout: 15_000 });
}

/** Web Chat shows "Connecting…" for a moment after it goes online; wait it out before a picture. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.webchat__connectivityStatus', { state: 'detached', timeout: 5_000 });
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('Web Chat page in Chromium', () => {
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing: CI must run "apt-get install -y chromium"`);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    const config = loadConfig({ STORAGE: 'memory', DATA_DIR: dataDir, TODAY: '2026-11-25', PORT: '0' });
    server = createServer(buildDeps(config));
    // Until app.ts registers the page itself, the test does.
    const routes = Object.values(
      server.getDebugInfo().routes as Record<string, { method: string; path: string }>,
    );
    if (!routes.some((r) => r.method === 'get' && r.path === '/')) registerWebChatRoutes(server);
    // A fixed "letter" the download test points at (served for real: Chromium cancels downloads
    // whose response a Playwright route fulfils).
    server.get('/api/letters/e2e-fixture.docx', async (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': 'attachment; filename="e2e-fixture.docx"',
        'Content-Length': String(FIXTURE_DOCX.length),
      });
      res.end(FIXTURE_DOCX);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((done) => server.close(() => done()));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
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
    await page.route('**/api/messages', async (route) => {
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
});
