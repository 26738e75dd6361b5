// A country taken only from an IP office's name whose source is "U inferred" (knowledge/ip-offices.json):
// "Hello, we are KIPI…" is not "Country: Kenya" said as a fact, but read back with the office's
// name ("From the name KIPI, I take it the country is Kenya. Is that right?"), and kept on "yes".
// A country typed in the same message, one the office's full name spells, an office cited "S",
// a regional office, or a country already answered: taken as before, not read back.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { officeReadBack as readBack, opening, tr } from '../helpers/flow.js';

const countryFact = (lang: Lang, code: string) =>
  tr(lang, 'facts:fact', { label: tr(lang, 'flow:label.country'), value: countryName(code, lang) });

/** An opening naming an unverified office and no country, in each language's words. */
const INFERRED: readonly [Lang, string, string, string][] = [
  ['en', 'Hello, we are KIPI and we need training on patent examination', 'KE', 'KIPI'],
  ['en', 'URSB would like training for our patent examiners', 'UG', 'URSB'],
  [
    'fr',
    "Bonjour, nous sommes l'OMPIC et nous avons besoin d'une formation des examinateurs de brevets",
    'MA',
    'OMPIC',
  ],
  ['es', 'Somos INDECOPI y necesitamos capacitación para examinadores de patentes', 'PE', 'INDECOPI'],
  ['es', 'Hola, somos el IMPI y queremos formar a nuestros examinadores de patentes', 'MX', 'IMPI'],
  ['ru', 'Мы из Казпатента, нам нужно обучение патентных экспертов', 'KZ', 'Казпатент'],
  ['ru', 'Здравствуйте, мы Kyrgyzpatent, нам нужно обучение экспертов', 'KG', 'Kyrgyzpatent'],
  ['zh', '我们是KIPI，需要专利审查员培训', 'KE', 'KIPI'],
  ['zh', '我们是CNIPA，需要专利审查员培训', 'CN', 'CNIPA'],
  ['ar', 'نحن من URSB ونحتاج إلى تدريب فاحصي البراءات', 'UG', 'URSB'],
  ['ar', 'مرحبا، نحن OMPIC ونحتاج إلى تدريب على فحص البراءات', 'MA', 'OMPIC'],
];

describe('a country taken from an unverified IP office name is read back with the office', () => {
  it.each(INFERRED)('%s: "%s" reads back %s from %s', (lang, text, code, office) => {
    const c = opening(lang, text);
    expect(c.text).toContain(readBack(lang, code, office));
    expect(c.text).not.toContain(countryFact(lang, code));
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.pending).toBe('country');
    expect(c.choices()).toEqual(['yes', 'no']);
    c.tap('yes');
    expect(c.state?.answers.country?.value).toBe(code);
    expect(c.pending).not.toBe('country');
  });

  it.each<[Lang, string]>([
    ['en', 'yes'],
    ['fr', 'oui'],
    ['es', 'sí'],
    ['ru', 'да'],
    ['zh', '是'],
    ['ar', 'نعم'],
  ])('%s: "%s" typed keeps the country and goes on to the programs found', (lang, yes) => {
    const c = opening(lang, INFERRED.find(([l]) => l === lang)![1]);
    c.send(yes);
    expect(c.state?.answers.country?.value).toBe(INFERRED.find(([l]) => l === lang)![2]);
    expect(c.state?.answers.need).toBeDefined();
  });

  it('the requester the message names is still said and kept', () => {
    const c = opening('en', INFERRED[0]![1]);
    expect(c.state?.answers.requester?.value).toBe('ip-office');
    expect(c.text).toContain(
      tr('en', 'facts:fact', {
        label: tr('en', 'flow:label.requester'),
        value: tr('en', 'flow:requester.ip-office'),
      }),
    );
  });

  it.each<[Lang, string, string]>([
    ['en', 'No, we are in Uganda', 'UG'],
    ['fr', "non, c'est le Mali", 'ML'],
    ['ru', 'нет, Мали', 'ML'],
  ])('%s: "%s" at the read-back reads back the country named instead', (lang, text, code) => {
    const c = opening(lang, INFERRED.find(([l]) => l === lang)![1]);
    c.send(text);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.text).toContain(tr(lang, 'flow:country.confirm', { country: countryName(code, lang) }));
    c.tap('yes');
    expect(c.state?.answers.country?.value).toBe(code);
  });

  it('a plain "no" asks which country, then', () => {
    const c = opening('en', INFERRED[0]![1]);
    c.tap('no');
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.text).toContain(tr('en', 'flow:country.again'));
  });

  it('an answer not understood at the read-back asks it again, with the office', () => {
    const c = opening('en', INFERRED[0]![1]);
    c.send('hmm');
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.pending).toBe('country');
  });

  it('a task named with the office ("KIPI: check my request") reads back first, then the task', () => {
    const c = opening('en', 'We are KIPI. Check my request');
    expect(c.text).toContain(readBack('en', 'KE', 'KIPI'));
    expect(c.state?.goal).toBe('check');
    c.tap('yes');
    expect(c.state?.answers.country?.value).toBe('KE');
  });

  it('an office named with no need ("Мы из Казпатента.") reads back, then asks the need', () => {
    const c = opening('ru', 'Мы из Казпатента.');
    expect(c.text).toContain(readBack('ru', 'KZ', 'Казпатент'));
    c.tap('yes');
    expect(c.state?.answers.country?.value).toBe('KZ');
    expect(c.pending).toBe('need');
  });
});

/** Openings whose country is not read back: typed, spelt by the office's name, or sourced. */
const NOT_INFERRED: readonly [Lang, string, string, string, string][] = [
  [
    'en',
    'We are KIPI in Kenya and we need training on patent examination',
    'KE',
    'KIPI',
    'typed in the same message',
  ],
  [
    'en',
    'We are KIPI in Tanzania and we need training on patent examination',
    'TZ',
    'KIPI',
    'another country typed',
  ],
  [
    'en',
    'The Kenya Industrial Property Institute needs training on patent examination',
    'KE',
    'Kenya Industrial Property Institute',
    "the office's name spells it",
  ],
  ['en', 'We are BRELA and we need training on patent examination', 'TZ', 'BRELA', 'an office cited "S"'],
  [
    'fr',
    "Nous sommes l'OMPIC au Maroc et nous avons besoin d'une formation des examinateurs de brevets",
    'MA',
    'OMPIC',
    'typed',
  ],
  [
    'es',
    'Somos INDECOPI de Perú y necesitamos capacitación para examinadores de patentes',
    'PE',
    'INDECOPI',
    'typed',
  ],
  ['ru', 'Мы из Казпатента в Казахстане, нам нужно обучение патентных экспертов', 'KZ', 'Казпатент', 'typed'],
  ['zh', '我们是肯尼亚的KIPI，需要专利审查员培训', 'KE', 'KIPI', 'typed'],
  ['ar', 'نحن URSB في أوغندا ونحتاج إلى تدريب فاحصي البراءات', 'UG', 'URSB', 'typed'],
];

describe('a country not inferred from an office is taken as before', () => {
  it.each(NOT_INFERRED)('%s: "%s" keeps %s (%s, %s)', (lang, text, code, office) => {
    const c = opening(lang, text);
    expect(c.state?.answers.country?.value).toBe(code);
    expect(c.text).toContain(countryFact(lang, code));
    expect(c.text).not.toContain(readBack(lang, code, office));
    expect(c.state?.scratch?.office).toBeUndefined();
    expect(c.pending).not.toBe('country');
  });

  it.each<[Lang, string]>([
    ['fr', "Nous sommes l'OAPI et nous avons besoin d'une formation des examinateurs de brevets"],
    ['en', 'We are ARIPO and we need training on patent examination'],
    ['es', 'Somos el INAPI y necesitamos capacitación para examinadores de patentes'],
  ])('%s: a regional or shared office ("%s") gives no country to read back', (lang, text) => {
    const c = opening(lang, text);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.state?.scratch?.office).toBeUndefined();
    expect(c.state?.answers.requester?.value).toBe('ip-office');
  });

  it('a country already answered is not read back again', () => {
    const c = opening('en', 'We are in Uganda.');
    expect(c.state?.answers.country?.value).toBe('UG');
    c.send('Hello, we are KIPI and we need training on patent examination');
    expect(c.state?.answers.country?.value).toBe('UG');
    expect(c.text).not.toContain(readBack('en', 'KE', 'KIPI'));
  });
});
