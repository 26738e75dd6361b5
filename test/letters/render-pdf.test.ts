// Renders every language × type to PDF with LibreOffice (one soffice call) and reads the pages back
// as a reader sees them: lines rebuilt from pdftotext's word boxes, words in the order they stand
// (see pdf-words.ts). The salutation and closing (for a note verbale, the addressee and the
// requesting authority) and the requester's name, title and institution must read in order, and no
// line may open gaps a reader would notice. CI installs LibreOffice (see .ci/run); locally the test
// is skipped when soffice is missing, but in CI (CI=true) a missing soffice is a failure.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../src/letters/build.js';
import { renderDocx } from '../../src/letters/render-docx.js';
import { commandExists, convertToPdf } from '../../src/letters/to-pdf.js';
import { CASES, fixture, forLang, knowledge, TODAY } from './helpers.js';
import { readLine, readPdf, widestGap, type Page } from './pdf-words.js';

const available = commandExists('soffice') && commandExists('pdftotext');
const inCi = process.env.CI === 'true';

/** Twice a space of 12 pt Times: a wider gap inside a line is what a reader notices. */
const MAX_GAP_PT = 6;

/**
 * Compared without bidi controls, Arabic vowel marks (pdftotext gives them as words of their own),
 * white space (line wraps, CJK spacing) or hyphens (a word hyphenated at the end of a line).
 * Noto Naskh's ligature for "الله" extracts as "اهلل"; it is drawn right, so map it back.
 */
const normalise = (s: string): string =>
  s
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/اهلل/g, 'الله')
    .replace(/[-\u00AD\u2010\u2011]/g, '')
    .replace(/\s+/g, '');

describe.skipIf(!available && !inCi)('DOCX → PDF with LibreOffice', () => {
  let dir = '';
  const pages = new Map<string, Page[]>();
  const read = (lang: string, type: string): string =>
    (pages.get(`${lang}-${type}`) ?? [])
      .flatMap((p) => p.lines.map((l) => readLine(l, lang === 'ar' ? 'rtl' : 'ltr')))
      .join('\n');

  beforeAll(async () => {
    if (!available)
      throw new Error(
        'soffice and pdftotext must be installed in CI (apt: libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-noto-cjk hyphen-*)',
      );
    dir = mkdtempSync(join(tmpdir(), 'ta-letters-pdf-'));
    const files: string[] = [];
    for (const [lang, type] of CASES) {
      const built = buildLetter(knowledge, forLang, fixture(lang, type), { today: TODAY });
      if (!built.ok) throw new Error(`compose failed for ${lang}-${type}`);
      const file = join(dir, `${lang}-${type}.docx`);
      writeFileSync(file, await renderDocx(built.value.document));
      files.push(file);
    }
    const pdfs = convertToPdf(files, dir);
    CASES.forEach(([lang, type], i) => pages.set(`${lang}-${type}`, readPdf(pdfs[i] as string)));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)(
    '%s %s: the pages read the salutation and the requester’s name, title and institution',
    (lang, type) => {
      const text = normalise(read(lang, type));
      const input = fixture(lang, type);
      const t = forLang(lang);
      const expected =
        type === 'note-verbale'
          ? [
              ...t('letter:addressee', { street: '' }).split('\n').filter(Boolean),
              input.sender.institution,
              input.sender.name,
              input.sender.title,
              input.onBehalfOf ?? '',
            ]
          : [
              ...t('letter:salutation').split('\n'),
              t('letter:closing'),
              input.sender.name,
              input.sender.institution,
              input.sender.title,
            ];
      for (const s of expected.filter(Boolean)) expect(text, s).toContain(normalise(s));
      // Every field of the body, in order, each as one run of words.
      for (const v of Object.values(input.details)) {
        for (const para of (v ?? '').split(/\n+/).filter(Boolean))
          expect(text, para).toContain(normalise(para));
      }
    },
  );

  it.each(CASES)('%s %s: no line opens gaps wider than twice a space', (lang, type) => {
    const input = fixture(lang, type);
    for (const [n, page] of (pages.get(`${lang}-${type}`) ?? []).entries()) {
      for (const line of page.lines) {
        // The Russian signature line sets the name at the right margin on purpose.
        if (lang === 'ru' && line.some((w) => input.sender.name.includes(w.text)) && line.length < 8)
          continue;
        const { gap, between } = widestGap(line);
        expect(gap, `page ${n + 1}: ${between}`).toBeLessThanOrEqual(MAX_GAP_PT);
      }
    }
  });

  it.each(CASES)(
    '%s %s: fits on two pages, the letterhead space on the first, page numbers from the second',
    (lang, type) => {
      const letter = pages.get(`${lang}-${type}`) ?? [];
      expect(letter.length).toBeGreaterThanOrEqual(1);
      expect(letter.length).toBeLessThanOrEqual(2);
      const top = (p: Page) => Math.min(...(p.lines[0] ?? []).map((w) => w.yMin));
      // 45 mm = 127.6 pt: the first line starts below the printed letterhead.
      expect(top(letter[0]!)).toBeGreaterThan(120);
      expect(letter[0]!.lines[0]!.map((w) => w.text).join(' ')).not.toMatch(/^–\s*1\s*–$/);
      if (letter[1]) {
        expect(letter[1].lines[0]!.map((w) => w.text).join(' ')).toBe('– 2 –');
        // Page 2 uses the page: its text starts under the page number, far above 45 mm.
        expect(letter[1].lines[1]!.map((w) => w.yMin)[0]).toBeLessThan(100);
      }
    },
  );

  it.each(['new-assistance', 'note-verbale'] as const)(
    'ar %s: the phone number and the reference read in logical order',
    (type) => {
      const input = fixture('ar', type);
      const lines = (pages.get(`ar-${type}`) ?? []).flatMap((p) => p.lines.map((l) => readLine(l, 'rtl')));
      const t = forLang('ar');
      const phone = t('letter:sender.phone', { phone: input.sender.phone });
      expect(lines.map(normalise), phone).toContain(normalise(phone));
      const reference = t('letter:ref', { reference: input.reference });
      expect(lines.map(normalise), reference).toContain(normalise(reference));
    },
  );
});
