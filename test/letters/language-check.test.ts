import { describe, expect, it } from 'vitest';
import {
  checkLanguages,
  otherLanguage,
  SCRIPT_OF,
  type Script,
} from '../../src/domain/letters/language-check.js';
import * as stopwords from 'stopword';
import { detectAll } from 'tinyld';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { CASES, fixture } from './helpers.js';

describe('language check', () => {
  it('flags a field written in another language than the letter', () => {
    expect(
      otherLanguage(
        'Renforcer la capacité de l’université à soutenir l’innovation et le transfert de technologie',
        'en',
      ),
    ).toBe('fr');
    expect(
      otherLanguage(
        'To establish a Technology and Innovation Support Centre at the university library',
        'es',
      ),
    ).toBe('en');
    expect(
      otherLanguage('Criar um centro de apoio à tecnologia e inovação na biblioteca da universidade', 'es'),
    ).toBe('pt');
    expect(
      otherLanguage(
        'To establish a Technology and Innovation Support Centre at the university library',
        'ar',
      ),
    ).toBe('en');
    expect(otherLanguage('إنشاء مركز لدعم التكنولوجيا والابتكار في المكتبة المركزية للجامعة', 'fr')).toBe(
      'ar',
    );
    expect(otherLanguage('依托学校图书馆建立技术与创新支持中心，为本校师生提供专利检索服务', 'ru')).toBe(
      'zh',
    );
    expect(
      otherLanguage('Создание центра поддержки технологий и инноваций при библиотеке университета', 'zh'),
    ).toBe('ru');
  });

  it('accepts text in the letter’s language, with names and acronyms of other languages inside', () => {
    expect(
      otherLanguage(
        'Établir un CATI à l’Université Cheikh Anta Diop, avec l’appui de la Bibliothèque universitaire',
        'fr',
      ),
    ).toBeUndefined();
    expect(
      otherLanguage('إنشاء مركز لدعم التكنولوجيا والابتكار (TISC) في جامعة الخرطوم', 'ar'),
    ).toBeUndefined();
    expect(
      otherLanguage('依托学校图书馆建立技术与创新支持中心（TISC），提供PATENTSCOPE检索培训', 'zh'),
    ).toBeUndefined();
  });

  it('does not judge fields too short to tell', () => {
    expect(otherLanguage('Mars à juin 2027', 'en')).toBeUndefined();
    expect(otherLanguage('30 examiners', 'fr')).toBeUndefined();
    expect(otherLanguage('两年', 'en')).toBeUndefined();
  });

  it.each(CASES)(
    'finds nothing to say about the %s %s fixture, written in its own language',
    (lang, type) => {
      expect(checkLanguages(fixture(lang, type))).toEqual([]);
    },
  );
});

describe('language check without the detector when it cannot change the answer', () => {
  // The rule before the shortcut, asked of tinyld for every field: the oracle.
  const WORDS: Record<string, string> = { en: 'eng', fr: 'fra', es: 'spa', pt: 'por', it: 'ita', de: 'deu' };
  const share = (text: string, lang: string) => {
    const list = new Set((stopwords as unknown as Record<string, string[]>)[WORDS[lang] ?? ''] ?? []);
    const words = text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    return list.size && words.length ? words.filter((w) => list.has(w)).length / words.length : 0;
  };
  const SCRIPTS: Record<Script, string> = { Arabic: 'ar', Han: 'zh', Cyrillic: 'ru', Latin: 'en' };
  const oracle = (text: string, lang: Lang): string | undefined => {
    const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
    const count = (script: string) =>
      letters.filter((ch) => new RegExp(`\\p{Script=${script}}`, 'u').test(ch)).length;
    if (letters.length < 30 && count('Han') < 10) return undefined;
    const [dominant, n] = (Object.keys(SCRIPTS) as Script[])
      .map((sc) => [sc, count(sc)] as const)
      .sort((a, b) => b[1] - a[1])[0]!;
    if (!n) return undefined;
    const top = detectAll(text)[0];
    if (dominant !== SCRIPT_OF[lang]) return top && top.lang !== lang ? top.lang : SCRIPTS[dominant];
    if (dominant !== 'Latin' || !top || top.lang === lang) return undefined;
    return share(text, top.lang) > share(text, lang) ? top.lang : undefined;
  };

  it('gives the same verdicts as the detector on every field of every letter fixture, in each letter language', () => {
    const texts = CASES.flatMap(([lang, type]) => {
      const input = fixture(lang, type);
      return [...Object.values(input.details ?? {}), input.sender.institution].filter(
        (t): t is string => typeof t === 'string',
      );
    });
    expect(texts.length).toBeGreaterThan(100);
    let reported = 0;
    for (const text of texts)
      for (const lang of LANGS) {
        const verdict = otherLanguage(text, lang);
        expect(verdict, `${lang}: ${text}`).toBe(oracle(text, lang));
        if (verdict) reported++;
      }
    // Each field is also judged as the five other languages' letter: most are then reported.
    expect(reported).toBeGreaterThan(texts.length * 3);
  });
});
