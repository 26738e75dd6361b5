// The country matcher against the public test set in test/fixtures/countries/: names typed on
// their own (UN short, formal and everyday forms, six languages) and sentences that name a
// country, several, or none. Prints the score per language; every case must pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findCountryMention,
  matchCountry,
  searchCountries,
  type CountryMatch,
} from '../../src/domain/country-match.js';
import { russianForms } from '../../src/domain/country-forms.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'countries');
const read = (f: string) => JSON.parse(readFileSync(join(fixtures, f), 'utf8'));
export const NAMES = read('names.json') as Record<string, [string, string, string][]>;
export const SENTENCES = read('sentences.json') as Record<string, [string, string[]][]>;

const codesOf = (m: CountryMatch): string[] =>
  m.kind === 'one' ? [m.code] : m.kind === 'several' ? [...m.codes] : [];

describe('the public country-name test set', () => {
  const k = knowledge();

  it('has at least 20 names per language, with UN short, formal and everyday forms', () => {
    for (const lang of LANGS) {
      const set = NAMES[lang]!;
      expect(set.length, lang).toBeGreaterThanOrEqual(20);
      for (const kind of ['short', 'formal', 'colloquial'])
        expect(
          set.some((c) => c[2] === kind),
          `${lang} ${kind}`,
        ).toBe(true);
    }
  });

  it('reads every name as its country (scores per language)', () => {
    const report: string[] = [];
    const misses: string[] = [];
    for (const lang of LANGS) {
      let hits = 0;
      for (const [name, code] of NAMES[lang]!) {
        const m = matchCountry(k, name);
        if (m.kind === 'one' && m.code === code) hits++;
        else misses.push(`${lang} "${name}" → ${JSON.stringify(m)} (want ${code})`);
      }
      report.push(`${lang}: ${hits}/${NAMES[lang]!.length}`);
    }
    console.log(`country names, matcher: ${report.join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('finds the countries a sentence names, several in order, and none in ordinary words (scores per language)', () => {
    const report: string[] = [];
    const misses: string[] = [];
    for (const lang of LANGS) {
      let hits = 0;
      for (const [sentence, codes] of SENTENCES[lang]!) {
        const got = codesOf(findCountryMention(k, sentence));
        if (JSON.stringify(got) === JSON.stringify(codes)) hits++;
        else misses.push(`${lang} "${sentence}" → ${JSON.stringify(got)} (want ${JSON.stringify(codes)})`);
      }
      report.push(`${lang}: ${hits}/${SENTENCES[lang]!.length}`);
    }
    console.log(`country sentences, matcher: ${report.join(', ')}`);
    expect(misses).toEqual([]);
  });
});

describe('matchCountry', () => {
  const k = knowledge();

  it('finds every country by its UN short and formal name in all six languages', () => {
    const misses: string[] = [];
    for (const n of k.countryNames) {
      for (const lang of LANGS) {
        for (const name of [n.short[lang], n.formal[lang]]) {
          const m = matchCountry(k, name);
          // "Congo" is the UN's name for one country and what people call the other: both are offered.
          const ambiguous = Array.isArray(k.countryAliases[name]) && codesOf(m).includes(n.code);
          if (!ambiguous && !(m.kind === 'one' && m.code === n.code))
            misses.push(`${n.code} ${lang} "${name}" → ${JSON.stringify(m)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every country by its Intl.DisplayNames name in all six languages', () => {
    const misses: string[] = [];
    for (const c of k.countries) {
      for (const lang of LANGS) {
        const name = new Intl.DisplayNames([lang], { type: 'region' }).of(c.code)!;
        const m = matchCountry(k, name);
        if (!codesOf(m).includes(c.code)) misses.push(`${c.code} ${lang} "${name}" → ${JSON.stringify(m)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('ignores case, accents and articles', () => {
    for (const text of ['el Perú', 'EL PERU', 'peru', 'Pérou', 'le Pérou'])
      expect(matchCountry(k, text), text).toMatchObject({ kind: 'one', code: 'PE' });
    for (const text of ["la Côte d'Ivoire", 'COTE D IVOIRE', 'côte d’ivoire'])
      expect(matchCountry(k, text), text).toMatchObject({ kind: 'one', code: 'CI' });
    expect(matchCountry(k, 'The Gambia')).toMatchObject({ kind: 'one', code: 'GM', exact: true });
  });

  it('takes ISO codes only in capitals, so an answer like "no" is not Norway', () => {
    expect(matchCountry(k, 'NO')).toEqual({ kind: 'one', code: 'NO', exact: true });
    expect(matchCountry(k, 'SEN')).toEqual({ kind: 'one', code: 'SN', exact: true });
    expect(matchCountry(k, 'no')).toEqual({ kind: 'none' });
    expect(matchCountry(k, 'in')).toEqual({ kind: 'none' });
  });

  it('asks which one when a name fits several countries', () => {
    expect(matchCountry(k, 'Congo')).toEqual({
      kind: 'several',
      codes: expect.arrayContaining(['CG', 'CD']),
    });
    expect(matchCountry(k, 'Korea')).toEqual({
      kind: 'several',
      codes: expect.arrayContaining(['KR', 'KP']),
    });
    const guineas = matchCountry(k, 'Guin');
    expect(guineas.kind).toBe('several');
    expect(codesOf(guineas)).toEqual(expect.arrayContaining(['GN', 'GW', 'GQ']));
  });

  it('tolerates a small typo and a prefix, without calling it exact', () => {
    expect(matchCountry(k, 'Senegl')).toEqual({ kind: 'one', code: 'SN', exact: false });
    expect(matchCountry(k, 'Kyrgyzs')).toEqual({ kind: 'one', code: 'KG', exact: false });
  });

  it('reads a country named in a sentence typed at the country step', () => {
    expect(matchCountry(k, "We're in Tanzania.")).toMatchObject({ kind: 'one', code: 'TZ' });
  });

  it('returns none for text that names no country', () => {
    for (const text of ['', '   ', 'hello', 'xyzzy', '12345'])
      expect(matchCountry(k, text), text).toEqual({ kind: 'none' });
  });
});

describe('searchCountries', () => {
  const k = knowledge();
  it('ranks the exact name first, then prefixes', () => {
    const hits = searchCountries(k, 'Niger', 5);
    expect(hits[0]).toEqual({ code: 'NE', score: 100 });
    expect(hits.map((h) => h.code)).not.toContain('NG');
    const prefix = searchCountries(k, 'Nige', 5).map((h) => h.code);
    expect(prefix).toEqual(expect.arrayContaining(['NE', 'NG']));
  });
});

describe('Russian case forms', () => {
  it('declines the usual patterns and leaves indeclinable names alone', () => {
    expect(russianForms('Казахстан')).toContain('казахстане');
    expect(russianForms('Кения')).toContain('кении');
    expect(russianForms('Российская')).toContain('россиискои');
    expect(russianForms('Федерация')).toContain('федерации');
    expect(russianForms('Того')).toEqual(['того']);
    expect(russianForms('Грузия')).not.toContain('груза');
  });
});
