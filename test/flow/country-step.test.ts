// The chat's country step with the public country-name test set: start, choose "find a program",
// type the name, and the bot reads back that country by its UN name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { Conversation, tr } from '../helpers/flow.js';

const NAMES = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'countries', 'names.json'), 'utf8'),
) as Record<Lang, [string, string, string][]>;

describe('the country step reads the public test set', () => {
  it('reads back every name as its country in each language (scores per language)', () => {
    const report: string[] = [];
    const misses: string[] = [];
    for (const lang of LANGS) {
      let hits = 0;
      for (const [name, code] of NAMES[lang]) {
        const c = new Conversation();
        c.send({ start: true, locale: lang });
        c.tap('goal:find');
        c.send(name);
        const readBack = tr(lang, 'flow:country.confirm', { country: countryName(code, lang) });
        // Two capitals ("UK") are taken like a code, without a read-back.
        const taken = /^[A-Z]{2}$/.test(name) && c.state?.answers.country?.value === code;
        if (taken || (c.pending === 'country' && c.text.includes(readBack))) hits++;
        else misses.push(`${lang} "${name}": ${c.text.slice(0, 120)}`);
      }
      report.push(`${lang}: ${hits}/${NAMES[lang].length}`);
    }
    console.log(`country names, chat country step: ${report.join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('offers both countries for "Congo" and takes a code typed in capitals without asking', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'fr' });
    c.tap('goal:find');
    c.send('Congo');
    expect(c.choices()).toEqual(expect.arrayContaining(['CG', 'CD']));
    const d = new Conversation();
    d.send({ start: true, locale: 'en' });
    d.tap('goal:find');
    d.send('KG');
    expect(d.state?.answers.country?.value).toBe('KG');
  });
});
