// locales/<lang>/letter.json: the same keys and the same {{placeholders}} in all six languages,
// so no letter can miss a sentence or drop the requester's text in one of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import { projectPath } from '../../src/paths.js';

type Tree = { [key: string]: string | Tree };
const load = (lang: string): Tree =>
  JSON.parse(readFileSync(projectPath('locales', lang, 'letter.json'), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (k.startsWith('_')) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('letter locales', () => {
  const en = flatten(load('en'));

  it.each(LANGS.filter((l) => l !== 'en'))('%s has the keys and placeholders of en', (lang) => {
    const other = flatten(load(lang));
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect(placeholders(other.get(key) ?? ''), `${lang}:${key}`).toEqual(placeholders(text));
      expect((other.get(key) ?? '').trim(), `${lang}:${key} is empty`).not.toBe('');
    }
  });

  it('never names a Director General personally', () => {
    for (const lang of LANGS)
      expect(JSON.stringify(load(lang))).not.toMatch(/Daren|Tang|Gurry|Idris|Bogsch|达仁|邓鸿森/);
  });
});
