// Every national IP office of knowledge/ip-offices.json, named in an opening sentence in six
// languages, gives its country (read back with the office's name when its source is "U inferred",
// kept as said when it is sourced or when the name itself spells the country) and makes the
// requester an IP office. Chinese writes the acronym against the characters ("我们是CNIPA，…").
// Negatives: an acronym inside another word, in lower case inside a sentence, and a country typed
// beside the office, which wins.
import { describe, expect, it } from 'vitest';
import { findCountryMention } from '../../src/domain/country-match.js';
import { isUnverified } from '../../src/domain/sources.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { officeReadBack as readBack, opening, tr } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';

const k = knowledge();

const fact = (lang: Lang, label: string, value: string) =>
  tr(lang, 'facts:fact', { label: tr(lang, `flow:label.${label}`), value });
const countryFact = (lang: Lang, code: string) => fact(lang, 'country', countryName(code, lang));
const ipOfficeFact = (lang: Lang) => fact(lang, 'requester', tr(lang, 'flow:requester.ip-office'));

/** An opening naming the office and asking for patent examiners' training, in each language. */
const SENTENCE: Record<Lang, (office: string) => string> = {
  en: (o) => `Hello, we are ${o} and we need training for our patent examiners`,
  fr: (o) => `Bonjour, nous sommes ${o} et nous avons besoin d'une formation des examinateurs de brevets`,
  es: (o) => `Hola, somos ${o} y necesitamos capacitación para examinadores de patentes`,
  ru: (o) => `Здравствуйте, мы ${o}, нам нужно обучение патентных экспертов`,
  zh: (o) => `我们是${o}，需要专利审查培训`,
  ar: (o) => `مرحبا، نحن ${o} ونحتاج إلى تدريب فاحصي البراءات`,
};
const LANGS = Object.keys(SENTENCE) as Lang[];

const officeNames = new Set(k.ipOffices.flatMap((o) => o.names.map((n) => n.toLowerCase())));
/** Whether the office's name itself spells its country ("Kenya Copyright Board"), offices' names apart. */
const spellsCountry = (name: string, code: string) => {
  const countryAliases = Object.fromEntries(
    Object.entries(k.countryAliases).filter(([alias]) => !officeNames.has(alias.toLowerCase())),
  );
  const m = findCountryMention(
    { countries: [...k.countries], countryNames: k.countryNames, countryAliases },
    name,
  );
  return m.kind === 'one' && m.code === code;
};

const NATIONAL = k.ipOffices.flatMap((o) =>
  o.country ? o.names.map((name) => ({ name, code: o.country!, unverified: isUnverified(o.source) })) : [],
);

describe('every national IP office of ip-offices.json, named in a sentence', () => {
  it('lists the offices the country aliases did not (COSOTA, KECOBO, PACRA, Rospatent…)', () => {
    const names = NATIONAL.map((n) => n.name);
    for (const n of [
      'COSOTA',
      'KECOBO',
      'PACRA',
      'EIPA',
      'SENADI',
      'SENAPI',
      'DINAPI',
      'IPOPHL',
      'MyIPO',
      'Rospatent',
    ])
      expect(names).toContain(n);
  });

  describe.each(LANGS)('%s', (lang) => {
    it.each(NATIONAL)('$name gives $code and the IP-office requester', ({ name, code, unverified }) => {
      const c = opening(lang, SENTENCE[lang](name));
      expect(c.state?.answers.requester?.value).toBe('ip-office');
      expect(c.text).toContain(ipOfficeFact(lang));
      if (unverified && !spellsCountry(name, code)) {
        expect(c.text).toContain(readBack(lang, code, name));
        expect(c.state?.answers.country).toBeUndefined();
        c.tap('yes');
      } else {
        expect(c.text).toContain(countryFact(lang, code));
      }
      expect(c.state?.answers.country?.value).toBe(code);
    });
  });
});

describe('Chinese: an office written against the characters', () => {
  it.each<[string, string, string]>([
    ['我们是CNIPA，需要专利审查培训', 'CN', 'CNIPA'],
    ['我们是国家知识产权局，需要专利审查培训', 'CN', '国家知识产权局'],
    ['我们是KECOBO，需要版权培训', 'KE', 'KECOBO'],
    ['你好，我们是Rospatent，希望培训专利审查员', 'RU', 'Rospatent'],
  ])('"%s" is the IP office and reads back %s from %s', (text, code, office) => {
    const c = opening('zh', text);
    expect(c.state?.answers.requester?.value).toBe('ip-office');
    expect(c.text).toContain(readBack('zh', code, office));
  });
});

describe('what is not an office', () => {
  it.each<[Lang, string, string]>([
    ['zh', '我们是CNIPAX，需要专利审查培训', 'CN'],
    ['en', 'We are from KIPIKO and we need training for patent examiners', 'KE'],
    ['en', 'Our museum wants to register the impi shield designs', 'MX'],
    ['es', 'Somos SAPIENS y necesitamos capacitación para examinadores de patentes', 'VE'],
    ['fr', "Nous sommes l'association PACRAX et voulons une formation sur les brevets", 'ZM'],
    ['ru', 'Мы из EIPAN, нам нужно обучение патентных экспертов', 'ET'],
    ['ar', 'نحن من SENADIX ونحتاج إلى تدريب فاحصي البراءات', 'EC'],
  ])('%s: "%s" gives neither %s nor the IP-office requester', (lang, text, code) => {
    const c = opening(lang, text);
    expect(c.state?.answers.requester?.value).not.toBe('ip-office');
    expect(c.state?.answers.country?.value).not.toBe(code);
    expect(c.text).not.toContain(countryName(code, lang));
  });
});

describe('a country typed beside the office wins', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'We are COSOTA in Kenya and need training for patent examiners', 'KE', 'TZ'],
    ['fr', 'Nous sommes PACRA, au Malawi, et voulons former nos examinateurs de brevets', 'MW', 'ZM'],
    ['es', 'Somos SENAPI de Paraguay y necesitamos capacitación para examinadores', 'PY', 'BO'],
    ['ru', 'Мы Роспатент из Казахстана, нам нужно обучение патентных экспертов', 'KZ', 'RU'],
    ['zh', '我们是肯尼亚的EIPA，需要专利审查培训', 'KE', 'ET'],
    ['ar', 'نحن IPOPHL في ماليزيا ونحتاج إلى تدريب فاحصي البراءات', 'MY', 'PH'],
  ])('%s: "%s" is %s, not %s, and not read back', (lang, text, typed, office) => {
    const c = opening(lang, text);
    expect(c.text).toContain(countryFact(lang, typed));
    expect(c.text).not.toContain(countryName(office, lang));
    expect(c.state?.answers.country?.value).toBe(typed);
    expect(c.state?.answers.requester?.value).toBe('ip-office');
  });
});
