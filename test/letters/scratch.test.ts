import { it } from 'vitest';
import { detectAll } from 'tinyld';
import { checkLanguages } from '../../src/domain/letters/language-check.js';
import { fixture } from './helpers.js';
it('x', () => {
  const f = fixture('fr','note-verbale');
  const w = checkLanguages(f); console.log(JSON.stringify(w));
  for (const x of w) { const t = (f.details as Record<string,string>)[x.field.split('.')[1]!]!; console.log(t, JSON.stringify(detectAll(t).slice(0,5))); }
});
