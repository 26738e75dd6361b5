import { it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createI18n } from '../../src/i18n/index.js';
import { LetterInput } from '../../src/domain/letters/input.js';
import { buildLetter } from '../../src/letters/build.js';
import { renderDocx } from '../../src/letters/render-docx.js';
it('x', async () => {
  const k = loadKnowledge();
  const i18n = createI18n();
  mkdirSync('/tmp/ls', { recursive: true });
  const input = LetterInput.parse(
    JSON.parse(readFileSync('test/fixtures/letters/en-new-assistance.json', 'utf8')),
  );
  const r = buildLetter(k, (l) => i18n.forLang(l), input, { today: '2026-06-10' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  writeFileSync('/tmp/ls/en.txt', r.value.text);
  writeFileSync('/tmp/ls/en.html', r.value.html);
  writeFileSync('/tmp/ls/en.docx', await renderDocx(r.value.document));
});
