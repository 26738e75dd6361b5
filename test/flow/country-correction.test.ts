// "Senegal — is that right?" answered "no" with the right country ("No, I meant Mali", "нет, не
// Сенегал, а Мали", "不对，是马里"): the new country is taken as if typed at the country question
// (a name read back, an ISO code taken, several offered); a "no" with no other country asks again.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { countryCorrection } from '../../src/flow/understand/country-correction.js';
import { Conversation, flowContext, tr } from '../helpers/flow.js';

function atReadBack(lang: Lang): Conversation {
  const c = new Conversation(flowContext('2026-12-08'));
  c.send({ start: true, locale: lang });
  c.tap('goal:check');
  c.send(countryName('SN', lang));
  expect(c.text).toContain(tr(lang, 'flow:country.confirm', { country: countryName('SN', lang) }));
  return c;
}

const readBack = (lang: Lang, code: string) =>
  tr(lang, 'flow:country.confirm', { country: countryName(code, lang) });

/** A "no" naming Mali, typed as users type it. */
const CORRECTIONS: readonly [Lang, string][] = [
  ['fr', "non, c'est le Mali"],
  ['fr', 'Non, pas le Sénégal mais le Mali'],
  ['en', 'No, I meant Mali'],
  ['en', 'no, not Senegal but Mali'],
  ['en', "no it's Mali"],
  ['ru', 'Нет, Мали'],
  ['ru', 'нет, не Сенегал, а Мали'],
  ['ru', 'нет, это Мали'],
  ['zh', '不对，是马里'],
  ['zh', '不是塞内加尔，是马里'],
  ['zh', '不是塞内加尔而是马里'],
  ['ar', 'لا، إنها مالي'],
  ['ar', 'لا، ليست السنغال بل مالي'],
  ['es', 'no, es Malí'],
  ['es', 'no, no Senegal sino Malí'],
  ['es', 'No, Malí'],
];

describe('a "no" naming the right country at the read-back', () => {
  it.each(CORRECTIONS)('%s: "%s" reads back Mali', (lang, text) => {
    const c = atReadBack(lang);
    c.send(text);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.text).toContain(readBack(lang, 'ML'));
    expect(c.text).not.toContain(tr(lang, 'flow:country.again'));
    expect(c.pending).toBe('country');
    c.send(tr(lang, 'common:answer.yes'));
    expect(c.state?.answers.country?.value).toBe('ML');
  });

  it.each(LANGS)('%s: an ISO code after "no" is taken at once', (lang) => {
    const c = atReadBack(lang);
    c.send(`${tr(lang, 'common:answer.no')}, ML`);
    expect(c.state?.answers.country?.value).toBe('ML');
    expect(c.pending).not.toBe('country');
  });

  it.each<[Lang, string]>([
    ['en', 'no, Congo'],
    ['fr', 'non, le Congo'],
    ['ru', 'нет, Конго'],
  ])('%s: "%s" offers the candidates', (lang, text) => {
    const c = atReadBack(lang);
    c.send(text);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.choices()).toEqual(expect.arrayContaining(['CG', 'CD', 'none']));
    c.tap('CD');
    expect(c.state?.answers.country?.value).toBe('CD');
  });
});

/** A "no" that names no other country: "Which country, then?", as before. */
const NO_OTHER: readonly [Lang, string][] = [
  ['en', 'no'],
  ['fr', 'non'],
  ['ru', 'нет'],
  ['zh', '不对'],
  ['ar', 'لا'],
  ['es', 'no'],
  ['en', 'no, not Senegal'],
  ['fr', 'non, pas le Sénégal'],
  ['ru', 'нет, не Сенегал'],
  ['zh', '不是塞内加尔'],
  ['ar', 'لا، ليست السنغال'],
  ['es', 'no, no Senegal'],
  ['en', 'no, I meant Senegal'],
  ['en', 'no, we are the ministry'],
  ['fr', 'non, nous sommes le ministère'],
  ['ru', 'нет, мы министерство'],
  ['en', 'no, not Senegal but the ministry'],
  ['es', 'no, es el ministerio'],
];

describe('a "no" naming no other country at the read-back', () => {
  it.each(NO_OTHER)('%s: "%s" asks which country', (lang, text) => {
    const c = atReadBack(lang);
    c.send(text);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.text).toContain(tr(lang, 'flow:country.again'));
    expect(c.pending).toBe('country');
    c.send(countryName('ML', lang));
    expect(c.text).toContain(readBack(lang, 'ML'));
  });
});

describe('countryCorrection', () => {
  const ctx = flowContext();
  it.each<[string, string | undefined]>([
    ['No, I meant Mali', 'Mali'],
    ['no, not Senegal but Mali', 'Mali'],
    ["non, c'est le Mali", 'le Mali'],
    ['нет, не Сенегал, а Мали', 'Мали'],
    ['不对，是马里', '马里'],
    ['لا، إنها مالي', 'مالي'],
    ['no, es Malí', 'Malí'],
    ['no, ES', 'ES'],
    ['no, ML', 'ML'],
    ['no', undefined],
    ['no, not Senegal', undefined],
    ['no, Senegal', undefined],
    ['yes, Mali', undefined],
    ['Mali', undefined],
    ['no, we are the ministry', undefined],
  ])('"%s" -> %s', (text, expected) => {
    expect(countryCorrection(ctx, text, 'SN')).toBe(expected);
  });
});
