// The terminal chat runs the same interview: numbers pick choices, typing works, /quit ends it.
import { Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../src/cli/chat.js';
import { tr } from '../helpers/flow.js';

describe('ta-navigator chat', () => {
  it('runs the interview with numbered choices in the asked language', async () => {
    const out: string[] = [];
    const lines = ['1', 'Senegal', '1', '3', 'TISC', '1', '/quit'];
    const code = await runChat(['--lang', 'fr'], {
      input: Readable.from(lines.map((l) => `${l}\n`)),
      write: (t) => out.push(t),
      env: { STORAGE: 'memory', DATA_DIR: mkdtempSync(join(tmpdir(), 'ta-chat-')), TODAY: '2026-11-25' },
    });
    const text = out.join('');
    expect(code).toBe(0);
    expect(text).toContain(tr('fr', 'common:greeting'));
    expect(text).toContain('(1) ' + tr('fr', 'common:menu.find'));
    expect(text).toContain(tr('fr', 'flow:country.confirm', { country: 'Sénégal' }));
    expect(text).toContain(tr('fr', 'flow:program.request.letter-project'));
    expect(text).toContain(tr('fr', 'flow:done.find'));
  });
});
