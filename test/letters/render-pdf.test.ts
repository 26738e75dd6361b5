// Renders every language's DOCX to PDF with LibreOffice (one soffice call) and reads it back with
// pdftotext: the salutation and closing (for a note verbale, the addressee) and the requester's
// name, title and institution must come out as text. CI installs LibreOffice (see .ci/run); locally the test is skipped
// when soffice is missing, but in CI (CI=true) a missing soffice is a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../src/letters/build.js';
import { renderDocx } from '../../src/letters/render-docx.js';
import { CASES, fixture, forLang, knowledge, TODAY } from './helpers.js';

const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = onPath('soffice') && onPath('pdftotext');
const inCi = process.env.CI === 'true';

/**
 * Text as pdftotext gives it, compared without bidi controls, Arabic vowel marks (pdftotext puts
 * them on lines of their own) or white space (line wraps, CJK spacing). Noto Naskh's ligature for
 * "الله" extracts as "اهلل"; it is drawn right (see the PNG check in the report), so map it back.
 */
const normalise = (s: string): string =>
  s
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/اهلل/g, 'الله')
    .replace(/\s+/g, '');

describe.skipIf(!available && !inCi)('DOCX → PDF with LibreOffice', () => {
  let dir = '';
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    if (!available)
      throw new Error(
        'soffice and pdftotext must be installed in CI (apt: libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-noto-cjk)',
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
    // One call for all: LibreOffice's start-up is most of the cost. A private profile keeps runs independent.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const [lang, type] of CASES) {
      const pdf = join(dir, `${lang}-${type}.pdf`);
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, join(dir, `${lang}-${type}.txt`)], {
        timeout: 30_000,
      });
      pdfText.set(`${lang}-${type}`, readFileSync(join(dir, `${lang}-${type}.txt`), 'utf8'));
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)(
    '%s %s: the PDF text holds the salutation and the requester’s name, title and institution',
    (lang, type) => {
      const text = normalise(pdfText.get(`${lang}-${type}`) ?? '');
      const input = fixture(lang, type);
      const t = forLang(lang);
      const expected =
        type === 'note-verbale'
          ? [
              t('letter:addressee.line2'),
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
    },
  );
});
