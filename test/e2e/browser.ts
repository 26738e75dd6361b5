// Shared set-up of the browser tests: the real server on a free loopback port, Debian's Chromium
// driven by playwright-core, and a page context that records what the page requests and breaks.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { projectPath } from '../../src/paths.js';
import { createServer } from '../../src/server/app.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { TODAY } from '../helpers/flow.js';

export const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true';
/** Run where Chromium is installed; in CI always, so that a missing Chromium fails instead of skipping. */
export const RUN_BROWSER_TESTS = HAVE_CHROMIUM || IN_CI;

// Chromium as root in CI: no sandbox, and nothing that phones home (the machine has no open network).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SHOTS = projectPath('test-output', 'screenshots');

export interface E2eServer {
  readonly server: Server;
  readonly baseUrl: string;
  /** A fresh temporary folder, removed by close(). */
  readonly dataDir: string;
  close(): Promise<void>;
}

/** The real server (memory storage, pinned "today"); `setup` may add routes before it listens. */
export async function startE2eServer(setup?: (server: Server) => void): Promise<E2eServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-'));
  const config = loadConfig({ STORAGE: 'memory', DATA_DIR: dataDir, TODAY, PORT: '0', LOG_LEVEL: 'silent' });
  const server = createServer(buildDeps(config));
  setup?.(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    server,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dataDir,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with a fresh profile (playwright-core gives each launch its own user data dir). */
export async function launchBrowser(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing: CI must run "apt-get install -y chromium"`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface Watch {
  readonly requests: string[];
  readonly foreign: string[];
  readonly csp: string[];
  readonly errors: string[];
  readonly posted: Record<string, unknown>[];
  /** The activities the bot answered with, in order. */
  readonly replies: Record<string, unknown>[];
}

/** A fresh context that records every request, aborts any that leaves this machine, and collects CSP reports. */
export async function openPage(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1000, height: 760 },
  });
  const watch: Watch = { requests: [], foreign: [], csp: [], errors: [], posted: [], replies: [] };
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
  page.on('response', async (r) => {
    if (r.request().method() !== 'POST' || new URL(r.url()).pathname !== '/api/webchat/messages') return;
    const body = (await r.json().catch(() => ({}))) as { activities?: Record<string, unknown>[] };
    watch.replies.push(...(body.activities ?? []));
  });
  page.on('request', (r: Request) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/webchat/messages') {
      watch.posted.push(JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
    }
  });
  return { context, page, watch };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export async function waitForWebChat(page: Page): Promise<void> {
  await page.waitForSelector('.webchat__send-box', { timeout: 15_000 });
}

/** Web Chat shows "Connecting…" for a moment after it goes online; wait it out before a picture. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.webchat__connectivityStatus', { state: 'detached', timeout: 5_000 });
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each (rule: where). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} ${n.html.slice(0, 120)} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}
