// Finds the country a user means from a name typed in any of the six languages (names from
// Intl.DisplayNames), an ISO code, or a common alias; tolerant of case, accents and small typos.
import { LANGS } from '../../knowledge/schema.js';
import type { Knowledge } from '../../knowledge/types.js';
import { countryName } from '../../present/format.js';
import { fold } from './vocabulary.js';

export type CountryMatch =
  | { readonly kind: 'one'; readonly code: string; readonly exact: boolean }
  | { readonly kind: 'several'; readonly codes: readonly string[] }
  | { readonly kind: 'none' };

interface CountryIndex {
  readonly exact: ReadonlyMap<string, ReadonlySet<string>>;
  readonly names: readonly (readonly [string, string])[];
}

const indexes = new WeakMap<object, CountryIndex>();

function add(map: Map<string, Set<string>>, key: string, code: string): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(code);
}

function buildIndex(k: Pick<Knowledge, 'countries' | 'countryAliases'>): CountryIndex {
  const exact = new Map<string, Set<string>>();
  const names: [string, string][] = [];
  for (const c of k.countries) {
    add(exact, c.code.toLowerCase(), c.code);
    for (const lang of LANGS) {
      const name = fold(countryName(c.code, lang));
      add(exact, name, c.code);
      names.push([name, c.code]);
      // "congo - kinshasa", "myanmar (burma)": each part is a name people type too.
      for (const part of name.split(/\s+-\s+|[()（）]/)) add(exact, part.trim(), c.code);
    }
  }
  for (const [alias, code] of Object.entries(k.countryAliases)) {
    add(exact, fold(alias), code);
    names.push([fold(alias), code]);
  }
  return { exact, names };
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...cur) > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

export function matchCountry(k: Pick<Knowledge, 'countries' | 'countryAliases'>, text: string): CountryMatch {
  let index = indexes.get(k.countries);
  if (!index) indexes.set(k.countries, (index = buildIndex(k)));
  const f = fold(text);
  if (!f) return { kind: 'none' };
  const exact = index.exact.get(f);
  if (exact && exact.size === 1) return { kind: 'one', code: [...exact][0]!, exact: true };
  if (exact && exact.size > 1) return { kind: 'several', codes: [...exact] };
  const found = new Set<string>();
  if (f.length >= 3) for (const [name, code] of index.names) if (name.startsWith(f)) found.add(code);
  if (found.size === 0 && f.length >= 4) {
    const max = f.length >= 7 ? 2 : 1;
    for (const [name, code] of index.names) if (editDistanceAtMost(f, name, max)) found.add(code);
  }
  if (found.size === 1) return { kind: 'one', code: [...found][0]!, exact: false };
  if (found.size > 1) return { kind: 'several', codes: [...found].slice(0, 8) };
  return { kind: 'none' };
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A country named inside a sentence ("we in Kenya want…", "我们肯尼亚…"), by exact name or alias
 * over runs of one to three words; never by ISO code, since "IN", "IT" or "NO" are ordinary words.
 */
export function findCountryMention(
  k: Pick<Knowledge, 'countries' | 'countryAliases'>,
  text: string,
): string | undefined {
  let index = indexes.get(k.countries);
  if (!index) indexes.set(k.countries, (index = buildIndex(k)));
  const words = [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => fold(s.segment));
  const found = new Set<string>();
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const minLength = /\p{Script=Han}/u.test(phrase) ? 2 : 3;
      const codes = phrase.length >= minLength ? index.exact.get(phrase) : undefined;
      if (codes?.size === 1 && !k.countries.some((c) => c.code.toLowerCase() === phrase))
        found.add([...codes][0]!);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
