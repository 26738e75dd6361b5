// `npm run letters:png`: renders one letter per language (the reviewed example inputs of
// test/fixtures/letters, composed on the golden letters' date) DOCX -> PDF with LibreOffice (one
// soffice call) -> PNG per page with pdftoppm, into docs/letters/, so a reviewer sees the layout
// without LibreOffice. Needs a build (the npm script runs it), soffice and pdftoppm.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterInput } from '../dist/src/domain/letters/input.js';
import { createI18n } from '../dist/src/i18n/index.js';
import { loadKnowledge } from '../dist/src/knowledge/load.js';
import { buildLetter } from '../dist/src/letters/build.js';
import { renderDocx } from '../dist/src/letters/render-docx.js';
import { commandExists, convertToPdf } from '../dist/src/letters/to-pdf.js';

/** One letter per language, the three types spread over them. */
const SAMPLES = [
  'ar-note-verbale',
  'zh-note-verbale',
  'en-project',
  'fr-new-assistance',
  'ru-new-assistance',
  'es-project',
];
const TODAY = '2026-06-10';
const OUT = 'docs/letters';

for (const cmd of ['soffice', 'pdftoppm']) {
  if (!commandExists(cmd)) {
    console.error(
      `letters:png needs ${cmd} (apt: libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-noto-cjk)`,
    );
    process.exit(1);
  }
}
const knowledge = loadKnowledge();
const i18n = createI18n();
const work = mkdtempSync(join(tmpdir(), 'ta-letters-png-'));
try {
  const files = [];
  for (const name of SAMPLES) {
    const input = LetterInput.parse(JSON.parse(readFileSync(`test/fixtures/letters/${name}.json`, 'utf8')));
    const built = buildLetter(knowledge, (l) => i18n.forLang(l), input, { today: TODAY });
    if (!built.ok) throw new Error(`${name}: ${JSON.stringify(built.error)}`);
    const file = join(work, `${name}.docx`);
    writeFileSync(file, await renderDocx(built.value.document));
    files.push(file);
  }
  const pdfs = convertToPdf(files, work);
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(join(OUT, old));
  SAMPLES.forEach((name, i) => {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfs[i], join(OUT, name)], { timeout: 60_000 });
  });
  for (const f of readdirSync(OUT)
    .filter((f) => f.endsWith('.png'))
    .sort())
    console.log(join(OUT, f));
} finally {
  rmSync(work, { recursive: true, force: true });
}
