// Golden letters: each language × each type, composed from a fixed input on a fixed date and
// compared with the reviewed text under test/transcripts/letters/. After a deliberate wording
// change, regenerate with UPDATE_GOLDEN=1 and read every changed file before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLetter } from '../../src/letters/build.js';
import { CASES, fixture, forLang, goldenPath, knowledge, TODAY } from './helpers.js';

const update = process.env.UPDATE_GOLDEN === '1';

describe('golden letters', () => {
  it.each(CASES)('%s %s matches its reviewed text', (lang, type) => {
    const input = fixture(lang, type);
    expect(input.lang).toBe(lang);
    expect(input.type).toBe(type);
    const built = buildLetter(knowledge, forLang, input, { today: TODAY });
    if (!built.ok) throw new Error(`compose failed: ${JSON.stringify(built.error)}`);
    const file = goldenPath(lang, type);
    if (update || !existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, built.value.text);
      if (!update) throw new Error(`wrote missing golden file ${file}; review it and re-run`);
    }
    expect(built.value.text).toBe(readFileSync(file, 'utf8'));
  });
});
