// Every language has the same files, keys and {{placeholders}} as English, and every plural form
// CLDR requires (Arabic: zero/one/two/few/many/other; Russian: one/few/many/other).
import { describe, expect, it } from 'vitest';
import { LANGS, readLocales } from '../../src/i18n/index.js';

const resources = readLocales();
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattens to "file:key.path" -> value; arrays stay values (word lists). */
function flatten(obj: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      if (k.startsWith('_')) continue; // translator notes
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
  } else out.set(prefix, obj);
  return out;
}

const placeholders = (v: unknown) =>
  typeof v === 'string' ? [...v.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort() : [];

function keysOf(lang: (typeof LANGS)[number]) {
  const map = new Map<string, unknown>();
  for (const [ns, data] of Object.entries(resources[lang]))
    flatten(data, '', new Map()).forEach((v, k) => map.set(`${ns}:${k}`, v));
  return map;
}

const en = keysOf('en');
const singular = (key: string) => key.replace(PLURAL, '');

describe.each(LANGS.filter((l) => l !== 'en'))('locale %s', (lang) => {
  const keys = keysOf(lang);
  const rules = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('has the same files as English', () => {
    expect(Object.keys(resources[lang]).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it('has every English key (plurals compared by their base) and no extra', () => {
    const base = (m: Map<string, unknown>) => new Set([...m.keys()].map(singular));
    expect([...base(en)].filter((k) => !base(keys).has(k))).toEqual([]);
    expect([...base(keys)].filter((k) => !base(en).has(k))).toEqual([]);
  });

  it('keeps the placeholders of each string', () => {
    const mismatched = [...en.entries()]
      .filter(([k]) => !PLURAL.test(k))
      .filter(([k, v]) => JSON.stringify(placeholders(keys.get(k))) !== JSON.stringify(placeholders(v)))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('has every plural form its language needs', () => {
    const plurals = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(singular));
    for (const key of plurals)
      for (const form of rules) expect(keys.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
  });

  it('has no empty string and no untranslated word list', () => {
    expect(
      [...keys.entries()].filter(([, v]) => v === '' || (Array.isArray(v) && v.length === 0)).map(([k]) => k),
    ).toEqual([]);
  });
});

describe('locale en', () => {
  it('has the plural forms English needs', () => {
    for (const key of new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(singular))) {
      for (const form of ['one', 'other']) expect(en.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
    }
  });
});
