import { describe, expect, it } from 'vitest';
import { checkLanguages, otherLanguage } from '../../src/domain/letters/language-check.js';
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
