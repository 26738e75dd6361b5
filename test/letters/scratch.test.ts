import { it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { buildLetter } from '../../src/letters/build.js';
import { renderDocx } from '../../src/letters/render-docx.js';
import { CASES, fixture, forLang, knowledge, TODAY } from './helpers.js';
it('x', async () => {
  mkdirSync('/tmp/ls', { recursive: true });
  for (const [lang, type] of CASES) {
    const r = buildLetter(knowledge, forLang, fixture(lang, type), { today: TODAY });
    if (!r.ok) throw new Error('x');
    writeFileSync(`/tmp/ls/${lang}-${type}.docx`, await renderDocx(r.value.document));
    writeFileSync(`/tmp/ls/${lang}-${type}.html`, r.value.html);
  }
});
