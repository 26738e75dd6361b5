// The whole path in a real browser, as an official takes it, in English and in Arabic: greeting →
// program → approval criteria → start date → lead time and route → letter details → review →
// letter → the DOCX downloaded from the chat and opened. Expected text comes from the locales
// (tr) and the domain, so a copy edit breaks nothing. At the greeting and with the whole transcript
// at the end the page passes axe-core's WCAG 2.2 AA rules; the turns the user took are counted. Skipped where Chromium
// is missing, except in CI.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLeadTime } from '../../src/domain/lead-time.js';
import { nativeLanguageName } from '../../src/flow/choices.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName, formatMonth } from '../../src/present/format.js';
import { describeLeadTime, earliestMonth } from '../../src/present/lead-time.js';
import { unitView } from '../../src/present/route.js';
import { TODAY, tr } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';
import {
  accessibilityViolations,
  cspViolations,
  launchBrowser,
  openPage,
  RUN_BROWSER_TESTS,
  settled,
  SHOTS,
  startE2eServer,
  waitForWebChat,
  type E2eServer,
} from './browser.js';

interface Journey {
  readonly lang: Lang;
  readonly locale: string;
  /** A need the finder maps to TISC (as in test/flow/journeys.test.ts). */
  readonly need: string;
  /** Signatory, title, institution, then the letter's details, in the letter's language. */
  readonly sender: { readonly name: string; readonly title: string; readonly institution: string };
  readonly details: readonly string[];
  /** Justification and readiness, which a request to join a project adds. */
  readonly project: readonly [string, string];
}

const JOURNEYS: readonly Journey[] = [
  {
    lang: 'en',
    locale: 'en-US',
    need: 'we want a technology and innovation support centre at our university',
    sender: { name: 'Aminata Diallo', title: 'Rector', institution: 'Cheikh Anta Diop University' },
    details: [
      'Set up a TISC so that our researchers can search patent information.',
      'Plan Sénégal Émergent, innovation pillar.',
      'An active centre answering 200 search requests a year.',
      '40 researchers and 10 librarians',
      'From June 2027, for 12 months',
    ],
    project: [
      'Our researchers have no access to patent databases.',
      'A room, three librarians and an internet connection are ready.',
    ],
  },
  {
    lang: 'ar',
    locale: 'ar-EG',
    need: 'نريد إنشاء مركز لدعم التكنولوجيا والابتكار',
    sender: { name: 'أمينة ديالو', title: 'رئيسة الجامعة', institution: 'جامعة الشيخ أنتا ديوب' },
    details: [
      'إنشاء مركز لدعم التكنولوجيا والابتكار لباحثينا.',
      'خطة السنغال الناهضة، محور الابتكار.',
      'مركز فعال يجيب عن 200 طلب بحث في السنة.',
      '40 باحثا و10 أمناء مكتبات',
      'اعتبارا من يونيو 2027، لمدة 12 شهرا',
    ],
    project: [
      'لا يستطيع باحثونا النفاذ إلى قواعد بيانات البراءات.',
      'تتوفر قاعة وثلاثة أمناء مكتبات واتصال بالإنترنت.',
    ],
  },
];

// Compare words, not layout: bidi isolates (U+2066–U+2069) wrap Latin runs in Arabic text, and
// Web Chat's Markdown (markdown-it's typographer) curls straight quotes. Same rule in expectReply.
const plain = (s: string) =>
  s
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** The chat as the user drives it: buttons by their label, text in the send box. */
class Chat {
  /** Messages the user sent: each tap or typed answer is one turn. */
  turns = 0;
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  private botCount(): Promise<number> {
    return this.page.locator(BOT_BUBBLES).count();
  }

  /** Waits until the bot's replies after the first `from` bubbles contain every text. */
  async expectReply(from: number, ...texts: string[]): Promise<void> {
    const wanted = texts.map(plain);
    try {
      await this.page.waitForFunction(
        ([selector, n, want]) => {
          const said = Array.from(document.querySelectorAll(selector))
            .slice(n)
            .map((b) =>
              (b.textContent ?? '')
                .replace(/[\u2066-\u2069]/g, '')
                .replace(/[‘’]/g, "'")
                .replace(/[“”]/g, '"')
                .replace(/\s+/g, ' '),
            )
            .join('\n');
          return want.every((w) => said.includes(w));
        },
        [BOT_BUBBLES, from, wanted] as const,
        { timeout: 10_000, polling: 50 },
      );
    } catch (error) {
      const said = (await this.page.locator(BOT_BUBBLES).allTextContents()).slice(from).map(plain);
      throw new Error(
        `bot did not say ${JSON.stringify(wanted)}; it said ${JSON.stringify(said)}: ${String(error)}`,
      );
    }
  }

  /** The labels of the suggested actions on screen, in order. */
  buttons(): Promise<string[]> {
    return this.page.locator('.webchat__suggested-actions__button').allTextContents();
  }

  /** Clicks the suggested action labelled `label`, then waits for the bot to say `texts`. */
  async tap(label: string, ...texts: string[]): Promise<void> {
    const before = await this.botCount();
    const labels = await this.buttons();
    expect(labels, `button "${label}"`).toContain(label);
    await this.page
      .locator('.webchat__suggested-actions__button')
      .nth(labels.indexOf(label))
      .click({ timeout: 5_000 });
    this.turns++;
    await this.expectReply(before, ...texts);
  }

  /** Types `text` in the send box and sends it, then waits for the bot to say `texts`. */
  async say(text: string, ...texts: string[]): Promise<void> {
    const before = await this.botCount();
    const box = this.page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
    this.turns++;
    await this.expectReply(before, ...texts);
  }

  /**
   * Fills the last form card (each field found by its placeholder, as a screen reader names it)
   * and presses its submit button: one turn, however many fields.
   */
  async fillForm(
    fields: Readonly<Record<string, string>>,
    submit: string,
    ...texts: string[]
  ): Promise<void> {
    const before = await this.botCount();
    for (const [placeholder, value] of Object.entries(fields))
      await this.page.getByPlaceholder(placeholder, { exact: true }).last().fill(value, { timeout: 5_000 });
    await this.page.locator(`${BOT_BUBBLES} button`, { hasText: submit }).last().click({ timeout: 5_000 });
    this.turns++;
    await this.expectReply(before, ...texts);
  }

  /** The lines of the (last) bot bubble that says `text`, as rendered. */
  async lines(text: string): Promise<string[]> {
    const bubble = this.page.locator(BOT_BUBBLES, { hasText: plain(text) }).last();
    return (await bubble.innerText()).split('\n').map(plain);
  }

  /**
   * Puts the top of the bot bubble that says `text` at the top of the transcript, then takes a
   * picture. Web Chat animates its own scroll to the newest message and would undo ours, so wait
   * for it to come to rest first, and check the bubble is where we put it.
   */
  async shot(step: string, text: string): Promise<string> {
    const bubble = this.page.locator(BOT_BUBBLES, { hasText: plain(text) }).last();
    const offset = await bubble.evaluate(async (el) => {
      const scroller = el.closest('.webchat__basic-transcript__scrollable');
      if (!scroller) throw new Error('no transcript scroller');
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const rest = async () => {
        for (let i = 0, still = 0, last = NaN; i < 300 && still < 6; i++, last = scroller.scrollTop) {
          await frame();
          still = scroller.scrollTop === last ? still + 1 : 0;
        }
      };
      const place = async () => {
        await rest();
        el.scrollIntoView({ block: 'start' });
        await rest();
        const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
        // Near the end of the transcript the bubble cannot rise further: then it is lower down.
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
        return { top, atEnd, height: scroller.clientHeight };
      };
      // A message that renders late (a card, a warning) makes Web Chat scroll to it again after we
      // placed the bubble: place it again, a few times at most.
      let offset = await place();
      for (let i = 0; i < 4 && (offset.top < -2 || offset.top >= (offset.atEnd ? offset.height : 40)); i++)
        offset = await place();
      return offset;
    });
    expect(offset.top, `${step}: bubble top in view`).toBeGreaterThanOrEqual(-2);
    expect(offset.top, `${step}: bubble top in view`).toBeLessThan(offset.atEnd ? offset.height : 40);
    await this.page.mouse.move(0, 0); // no hover highlight on the last button clicked
    const file = path.join(SHOTS, `journey-${this.lang}-${step}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

/** The paragraphs of a DOCX's main part, as text. */
function docxParagraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
  );
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split('</w:p>')
    .map((p) =>
      plain(unescape([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))),
    )
    .filter(Boolean);
}

let e2e: E2eServer;
let browser: Browser;

describe.skipIf(!RUN_BROWSER_TESTS)('the whole journey in Web Chat (Chromium)', () => {
  beforeAll(async () => {
    [e2e, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await e2e?.close();
  });

  it.each(JOURNEYS)(
    'in $lang: program, criteria, date, route, letter, DOCX',
    async ({ lang, locale, need, sender, details, project }) => {
      const k = knowledge();
      const t = (key: string, vars?: Record<string, unknown>) => tr(lang, key, vars);
      const { context, page, watch } = await openPage(browser, {
        locale,
        viewport: { width: 1000, height: 900 },
      });
      const chat = new Chat(page, lang);
      try {
        await page.goto(`${e2e.baseUrl}/?locale=${locale}`);
        await waitForWebChat(page);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await chat.expectReply(0, t('common:greeting'));
        await settled(page);
        expect(await page.title()).toBe(t('page:title'));
        const a11y: Record<string, string[]> = { greeting: await accessibilityViolations(page) };

        // Find a program: country by its ISO code, a need in words, TISC from the matches.
        await chat.tap(t('common:menu.find'), t('flow:q.country'));
        await chat.say('SN', t('flow:q.requester'));
        await chat.tap(t('flow:requester.university'), t('flow:q.need'));
        await chat.say(need, t('flow:q.program'));
        const tisc = k.programById.get('tisc')!;
        await chat.tap(tisc.name[lang], tisc.name[lang], t('flow:done.find'));
        await chat.shot('program', tisc.name[lang]);

        // The approval criteria of the manual, one question at a time, then the verdict.
        await chat.tap(t('common:menu.check'), t('flow:q.formalRequest'));
        const country = countryName('SN', lang);
        await chat.tap(t('common:answer.no'), t('flow:q.partOfPlan', { country }));
        await chat.tap(t('common:answer.unknown'), t('flow:q.nationalNeeds'));
        await chat.tap(t('common:answer.yes'), t('flow:q.readiness'));
        await chat.tap(
          t('common:answer.yes'),
          t('flow:assessment.title'),
          // The unit of the informal consultation is Senegal's, named.
          t('criteria:overall.needs-confirmation-unit', {
            unit: unitView(k, 'rb-africa', TODAY, lang, t).name,
          }),
          t('criteria:part-of-plan.unknown'),
          t('flow:q.start'),
        );
        await chat.shot('criteria', t('flow:assessment.title'));

        // The first date offered is the earliest realistic start: the lead time is then enough.
        const now = checkLeadTime(k.leadTime, { today: TODAY, start: TODAY });
        if (!now.ok) throw new Error(`lead time: ${JSON.stringify(now.error)}`);
        const earliest = earliestMonth(now.value).start;
        expect((await chat.buttons())[0]).toBe(formatMonth(earliest, lang));
        const atEarliest = checkLeadTime(k.leadTime, { today: TODAY, start: earliest });
        if (!atEarliest.ok) throw new Error(`lead time: ${JSON.stringify(atEarliest.error)}`);
        expect(atEarliest.value.status).toBe('ok');
        const bureau = k.unitById.get('rb-africa')!.name[lang];
        await chat.tap(
          formatMonth(earliest, lang),
          describeLeadTime(atEarliest.value, earliest, lang, t),
          t('flow:route.title'),
          bureau,
        );
        await chat.shot('route', t('flow:route.title'));

        // The letter: its kind follows from the program (TISC is joined as a project), so the
        // next question is the language (the chat's); then every detail in one form.
        const turnsBefore = chat.turns;
        await chat.tap(t('common:menu.letter'), t('flow:q.letterLang'));
        await chat.tap(nativeLanguageName(lang), t('flow:q.senderName'), t('flow:label.purpose'));
        const texts = [sender.name, sender.title, sender.institution, 'Dakar', ...details, ...project];
        const ids = [
          'senderName',
          'senderTitle',
          'institution',
          'place',
          'purpose',
          'developmentGoals',
          'expectedResults',
          'beneficiaries',
          'period',
          'justification',
          'readinessText',
        ];
        await chat.fillForm(
          Object.fromEntries(ids.map((id, i) => [t(`flow:placeholder.${id}`), texts[i]!])),
          t('flow:form.submit'),
          t('flow:review.title'),
          t('flow:q.review'),
          sender.name,
          sender.institution,
          country,
        );
        // Menu, language, form: three turns from "draft my letter" to the review.
        expect(chat.turns - turnsBefore).toBe(3);
        await chat.shot('review', t('flow:review.title'));

        const language = nativeLanguageName(lang);
        await chat.tap(
          t('flow:review.draft', { language }),
          t('flow:letter.ready', { language }),
          t('flow:done.letter'),
        );
        await chat.shot('letter', t('flow:letter.ready', { language }));
        // The transcript now holds every card of the journey (program, criteria, route, review, letter).
        a11y.letter = await accessibilityViolations(page);
        expect(a11y).toEqual({ greeting: [], letter: [] });
        // Screen readers say a sentence for the letter, not its DOCX URL.
        const letterActivity = watch.replies.find((a) =>
          String(a.text ?? '').includes(plain(t('flow:letter.ready', { language })).slice(0, 10)),
        );
        expect(letterActivity?.speak).toBe(t('channels:letter.speak', { language }));
        expect(String(letterActivity?.speak)).not.toMatch(/https?:|\.docx/);
        // The letter keeps its lines in the chat: letterhead, address and salutation are not run together.
        const letterLines = await chat.lines(t('flow:letter.ready', { language }));
        for (const line of [sender.institution, ...t('letter:salutation').split('\n')])
          expect(letterLines).toContain(plain(line));
        // The place of signing stands with the country under the sender.
        expect(letterLines.some((l) => l.includes('Dakar') && l.includes(plain(country)))).toBe(true);

        // The DOCX link in the chat downloads in place; the file is a Word document with our words.
        const download = page.waitForEvent('download', { timeout: 10_000 });
        await page
          .locator(`${BOT_BUBBLES} a`, { hasText: t('flow:letter.download') })
          .last()
          .click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(new RegExp(`-${lang}-[A-Za-z0-9_-]+\\.docx$`));
        const saved = path.join(e2e.dataDir, `letter-${lang}.docx`);
        await file.saveAs(saved);
        const paragraphs = docxParagraphs(await readFile(saved));
        const text = paragraphs.join('\n');
        expect(text).toContain(sender.name);
        expect(text).toContain(sender.institution);
        for (const line of t('letter:salutation').split('\n')) expect(paragraphs).toContain(plain(line));
        expect(context.pages()).toHaveLength(1);

        // Buttons post their value, and every activity carries the page's locale.
        expect(
          watch.posted.some((a) => (a.value as { choice?: string } | undefined)?.choice === 'tisc'),
        ).toBe(true);
        expect(watch.posted.filter((a) => a.locale !== locale)).toEqual([]);
        // Turns: every message the user sent (typed or tapped), from greeting to drafted letter.
        const turns = watch.posted.filter((a) => a.type === 'message').length;
        console.warn(`e2e journey (${lang}): ${turns} turns from greeting to drafted letter`);
        expect(turns).toBe(chat.turns);
        expect(watch.csp).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
        expect(watch.foreign).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(await page.locator('text=/Send failed/i').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
