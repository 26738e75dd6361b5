// knowledge/ip-offices.json is the one source of an office's country: its national offices' names
// are names of their country (Knowledge.officeCountryNames), derived at load; a name listed twice,
// an unknown country, or an office's name also in country-aliases.json stops loading.
import { describe, expect, it } from 'vitest';
import { findCountryMention, matchCountry, searchCountries } from '../../src/domain/country-match.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { brokenCopy, knowledge } from '../helpers/knowledge.js';

describe('ip-offices.json', () => {
  const k = knowledge();

  it('gives every name of every national office as a name of its country, and no regional one', () => {
    const expected = k.ipOffices.flatMap((o) => (o.country ? o.names.map((name) => [name, o.country]) : []));
    expect(k.officeCountryNames.map((n) => [n.name, n.code])).toEqual(expected);
    expect(k.officeCountryNames.find((n) => n.name === 'COSOTA')).toEqual({ name: 'COSOTA', code: 'TZ', unverified: true });
    expect(k.officeCountryNames.find((n) => n.name === 'BRELA')?.unverified).toBe(false);
    for (const regional of ['ARIPO', 'OAPI', 'EAPO', 'INPI']) expect(k.officeCountryNames.map((n) => n.name)).not.toContain(regional);
  });

  it('is the only place an office is a name of its country: country-aliases.json lists none', () => {
    const names = new Set(k.ipOffices.flatMap((o) => o.names.map((n) => n.toLowerCase())));
    expect(Object.keys(k.countryAliases).filter((a) => names.has(a.toLowerCase()))).toEqual([]);
  });

  it.each([
    ['COSOTA', 'TZ'],
    ['Rospatent', 'RU'],
    ['Кыргызпатент', 'KG'],
    ['国家知识产权局', 'CN'],
  ])('"%s" typed alone or in a sentence is %s', (name, code) => {
    expect(matchCountry(k, name)).toMatchObject({ kind: 'one', code });
    expect(findCountryMention(k, `we are ${name}`)).toMatchObject({ kind: 'one', code });
  });

  it('an acronym counts in a sentence only in capitals and as a whole word', () => {
    expect(findCountryMention(k, 'we are pacra').kind).toBe('none');
    expect(findCountryMention(k, 'we are PACRAS').kind).toBe('none');
  });

  it('a word of an office\'s name typed alone suggests no country (a whole name does)', () => {
    for (const word of ['Patent', 'Business', 'Copyright', 'Instituto', 'Companies']) expect(searchCountries(k, word)).toEqual([]);
    expect(matchCountry(k, 'Patents and Companies Registration Agency')).toMatchObject({ kind: 'one', code: 'ZM' });
  });

  it('stops loading with the file, the entry and the field', () => {
    const unknown = brokenCopy('ip-offices.json', (d) => {
      d[1].country = 'ZZ';
      return d;
    });
    expect(() => loadKnowledge(unknown)).toThrow(/knowledge\/ip-offices\.json: entry 1 \("COSOTA"\), field country/);
    const twice = brokenCopy('ip-offices.json', (d) => {
      d[4].names.push('KIPI');
      return d;
    });
    expect(() => loadKnowledge(twice)).toThrow(
      /knowledge\/ip-offices\.json: entry 4 \("KECOBO"\), field names\.2: "KIPI" is already a name of entry 3/,
    );
    const alias = brokenCopy('country-aliases.json', (d) => ({ ...d, Kipi: 'KE' }));
    expect(() => loadKnowledge(alias)).toThrow(
      /knowledge\/country-aliases\.json: "Kipi": the name of an IP office; its country comes from ip-offices\.json \(entry 3, field country\)/,
    );
    const country = brokenCopy('ip-offices.json', (d) => {
      d[1].country = 'tz';
      return d;
    });
    expect(() => loadKnowledge(country)).toThrow(/knowledge\/ip-offices\.json: entry 1 \("COSOTA"\), field country: an ISO 3166-1 alpha-2 code/);
  });
});
