import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createI18n } from '../../src/i18n/index.js';
import { LetterInput } from '../../src/domain/letters/input.js';
import { composeLetter } from '../../src/domain/letters/compose.js';
import { renderText } from '../../src/letters/render-text.js';
it('x', () => {
  const k = loadKnowledge();
  const i18n = createI18n();
  const input = LetterInput.parse(
    JSON.parse(readFileSync('test/fixtures/letters/en-new-assistance.json', 'utf8')),
  );
  for (const type of ['new-assistance', 'project', 'note-verbale'] as const) {
    const r = composeLetter(
      k,
      {
        ...input,
        type,
        details: {
          ...input.details,
          project: 'WIPO TISC project',
          justification: 'Because.',
          readiness: 'Ready.',
        },
        sender:
          type === 'note-verbale'
            ? {
                ...input.sender,
                institution:
                  'Permanent Mission of the Republic of Uganda to the United Nations Office and other international organizations in Geneva',
              }
            : input.sender,
      },
      '2026-06-10',
      i18n.forLang('en'),
    );
    if (!r.ok) {
      console.log(r.error);
      return;
    }
    console.log(renderText(r.value.document));
    console.log(JSON.stringify(r.value.warnings));
  }
});
