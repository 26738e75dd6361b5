// Manual sections read from knowledge sources, and written as each language cites the manual.
import { describe, expect, it } from 'vitest';
import { cite, manualSections } from '../../src/flow/answers/citation.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { flowContext } from '../helpers/flow.js';

const ctx = flowContext();

describe('manualSections', () => {
  it.each([
    [
      'M III(c): requests other than WIPO Academy applications …',
      [{ chapter: 'III', letter: 'c', subs: [] }],
    ],
    [
      'M III(b)(iii) (regional bureaus: informal consultation); M III(a) (Country Plans)',
      [
        { chapter: 'III', letter: 'b', subs: ['iii'] },
        { chapter: 'III', letter: 'a', subs: [] },
      ],
    ],
    [
      'M IV Part I (b)(ii); registration without a letter: U, not stated',
      [{ chapter: 'IV', part: 'I', letter: 'b', subs: ['ii'] }],
    ],
    ['M IV Part II', [{ chapter: 'IV', part: 'II', subs: [] }]],
    ['M Appendix 2', [{ appendix: '2', subs: [] }]],
    ['S UN DESA LDC list, 2024-12', []],
  ])('%s', (source, expected) => {
    expect(manualSections(source)).toEqual(expected);
  });
});

describe('cite', () => {
  const EXPECTED = {
    en: '(Manual, IV Part I (b)(i) and III(c))',
    fr: '(Manuel, IV, partie I, b) i) et III c))',
    es: '(Manual, IV Parte I (b)(i) y III(c))',
    ru: '(Справочник, IV, часть I (b)(i) и III(c))',
    zh: '（《手册》第四章第一部分(b)(i)和第三章(c)）',
    ar: '(الدليل، IV الجزء الأول (ب)(i) وIII(ج))',
  } as const;
  it.each(LANGS)('%s', (lang) => {
    expect(cite(['M IV Part I (b)(i); URL …', 'M III(c) main criterion 1', 'M III(c)'], ctx.t(lang))).toBe(
      EXPECTED[lang],
    );
  });

  it('cites nothing when no source is the manual', () => {
    expect(cite('S UN DESA LDC list, 2024-12', ctx.t('en'))).toBe('');
  });
});
