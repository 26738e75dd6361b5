// Text analysis rules of the finder: each rule on its own, on the query side and the index side.
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexTerms, phraseGroups } from '../../src/domain/finder/analyze.js';
import { arabicBases } from '../../src/domain/finder/arabic.js';
import { plausibleLatinLangs } from '../../src/domain/finder/language.js';
import { foldText } from '../../src/domain/finder/normalize.js';
import type { Lang } from '../../src/knowledge/types.js';

/** Every alternative term of a query, flattened. */
const queryTerms = (text: string, lang?: Lang) =>
  analyzeQuery(text, lang).groups.flatMap((g) => g.alternatives.map((a) => a.term));
const shares = (a: readonly string[], b: readonly string[]) => a.some((t) => b.includes(t));

describe('Chinese: words plus character bigrams', () => {
  it('meets a compound the segmenter splits into single characters (苗|绣, 抢|注, 域|名)', () => {
    for (const [query, indexed] of [
      ['我们县的苗绣被仿冒', '苗绣'],
      ['有人大量抢注我国域名', '抢注'],
      ['有人大量抢注我国域名', '域名'],
    ] as const) {
      expect(queryTerms(query, 'zh'), indexed).toContain(indexed);
      expect(indexTerms(indexed, 'zh')).toContain(indexed);
    }
  });

  it('lets 手工艺 and 手工艺品 meet although the segmenter cuts them differently', () => {
    expect(shares(queryTerms('手工艺品', 'zh'), indexTerms('手工艺', 'zh'))).toBe(true);
    expect(shares(queryTerms('手工艺', 'zh'), indexTerms('手工艺品', 'zh'))).toBe(true);
  });

  it('keeps single characters that are words (茶, 药) and drops the others', () => {
    expect(indexTerms('茶', 'zh')).toEqual(['茶']);
    expect(indexTerms('县', 'zh')).toEqual([]);
  });

  it('never makes a bigram across a stop word', () => {
    const terms = queryTerms('苗绣和蜡染', 'zh');
    expect(terms).toEqual(expect.arrayContaining(['苗绣', '蜡染']));
    expect(terms).not.toContain('绣和');
    expect(terms).not.toContain('和蜡');
  });

  it('still finds the segmenter words of a plain request', () => {
    expect(queryTerms('技术与创新支持中心', 'zh')).toEqual(
      expect.arrayContaining(['技术', '创新', '支持', '中心']),
    );
  });
});

describe('Arabic: letters folded, then proclitics, then the stemmer', () => {
  it('folds alef, ya, ta marbuta/ha, tatweel and diacritics the same way on both sides', () => {
    expect(foldText('إِدارة')).toBe(foldText('اداره'));
    expect(foldText('مستشفى')).toBe(foldText('مستشفي'));
    expect(foldText('قـضـاة')).toBe(foldText('قضاة'));
    expect(queryTerms('القضاه', 'ar')).toEqual(queryTerms('القضاة', 'ar'));
    expect(queryTerms('والقرصنه', 'ar')).toEqual(queryTerms('القرصنة', 'ar'));
  });

  it('takes off و، ف، ب، ل، ال before stemming, and keeps a word whose first letter only looks like one', () => {
    expect(arabicBases(foldText('والقرصنة')).map((b) => b.base)).toEqual(['قرصنه']);
    expect(arabicBases(foldText('بالتقليد')).map((b) => b.base)).toEqual(['تقليد']);
    expect(arabicBases(foldText('للقضاة')).map((b) => b.base)).toEqual(['قضاه']);
    expect(arabicBases(foldText('وتدريب')).map((b) => b.base)).toEqual(['وتدريب', 'تدريب']);
    expect(arabicBases(foldText('براءات')).map((b) => b.base)[0]).toBe('براءات');
    expect(shares(queryTerms('وتدريب', 'ar'), indexTerms('تدريب', 'ar'))).toBe(true);
  });

  it('does not merge "traditional" (تقليدي) with "counterfeiting" (تقليد)', () => {
    expect(shares(queryTerms('التقليد', 'ar'), indexTerms('المعارف التقليدية', 'ar'))).toBe(false);
    expect(shares(queryTerms('التقليدية', 'ar'), indexTerms('المعارف التقليدية', 'ar'))).toBe(true);
  });
});

describe('Latin and Cyrillic words', () => {
  it('unifies acronyms, their plurals and their other-language forms (SME, SMEs, PME, pymes, МСП)', () => {
    for (const text of ['SME', 'SMEs', 'smes', 'PME', 'pymes', 'МСП', 'small and medium-sized enterprises']) {
      expect(queryTerms(text), text).toContain('sme');
    }
    expect(indexTerms('SMEs', 'en')).toEqual(['sme']);
  });

  it('keeps an acronym that spells a stop word ("IT system")', () => {
    expect(queryTerms('IT system', 'en')).toContain('it');
    expect(queryTerms('it is', 'en')).toEqual([]);
  });

  it('keeps a cooperative apart from cooperation, and informal apart from information', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const cooperative = { en: 'cooperatives', fr: 'coopératives', es: 'cooperativas' }[lang];
      const cooperation = { en: 'cooperation', fr: 'coopération', es: 'cooperación' }[lang];
      expect(shares(queryTerms(cooperative, lang), indexTerms(cooperation, lang)), lang).toBe(false);
      expect(shares(queryTerms(cooperative, lang), indexTerms('cooperative', 'en')), lang).toBe(true);
    }
    expect(shares(queryTerms('informal economy', 'en'), indexTerms('information', 'en'))).toBe(false);
  });

  it('folds British and American spellings together', () => {
    expect(shares(queryTerms('computerise the centre', 'en'), indexTerms('computerize', 'en'))).toBe(true);
    expect(shares(queryTerms('centre', 'en'), indexTerms('center', 'en'))).toBe(true);
    expect(shares(queryTerms('licence', 'en'), indexTerms('licensing', 'en'))).toBe(true);
  });

  it("takes off elisions and possessives (d'appui, artists')", () => {
    expect(queryTerms("d'appui", 'fr')).toEqual(queryTerms('appui', 'fr'));
    expect(queryTerms("artists' rights", 'en')).toEqual(queryTerms('artists rights', 'en'));
  });

  it('reads "least developed countries" as one term, not as "developed"', () => {
    expect(queryTerms('least developed countries', 'en')).toEqual(['ldc']);
    expect(queryTerms('pays les moins avancés', 'fr')).toEqual(['ldc']);
    expect(queryTerms('наименее развитые страны', 'ru')).toEqual(['ldc']);
    expect(queryTerms('أقل البلدان نموا', 'ar')).toEqual(['ldc']);
  });
});

describe('the language of the text', () => {
  it('applies every plausible stemmer: a Spanish text in an English chat is stemmed as Spanish too', () => {
    const words = 'formar a los funcionarios de aduanas'.split(' ');
    expect(plausibleLatinLangs(words, 'en')).toEqual(expect.arrayContaining(['en', 'es']));
    expect(analyzeQuery('formar a los funcionarios de aduanas', 'en').latin).toContain('es');
    expect(shares(queryTerms('aduanas', 'en'), indexTerms('aduanas', 'es'))).toBe(true);
  });

  it("settles on the language whose own function words occur, and keeps the chat's", () => {
    const fr = 'former nos magistrats à la lutte contre la contrefaçon des médicaments'.split(' ');
    expect(plausibleLatinLangs(fr)).toEqual(['fr']);
    expect(plausibleLatinLangs(fr, 'en')).toEqual(['en', 'fr']);
  });

  it('tries all three when a few words say nothing', () => {
    expect(plausibleLatinLangs(['patent'])).toEqual(['en', 'fr', 'es']);
  });
});

describe('the domain stop-list', () => {
  it('drops what every request says (WIPO, OMPI, assistance, national, institute, 相关, 援助…)', () => {
    for (const [text, lang] of [
      ['We need assistance from WIPO for our national institute', 'en'],
      ["Nous avons besoin de l'assistance technique de l'OMPI", 'fr'],
      ['necesitamos la asistencia de la OMPI', 'es'],
      ['нам нужна помощь ВОИС', 'ru'],
      ['نحتاج إلى مساعدة الويبو', 'ar'],
      ['我国希望得到世界知识产权组织的相关援助', 'zh'],
    ] as const) {
      expect(analyzeQuery(text, lang).groups, text).toEqual([]);
    }
  });

  it('keeps the decisive word among them', () => {
    expect(queryTerms('We need assistance from WIPO on counterfeiting', 'en')).toContain('counterfeit');
  });
});

describe('concept phrases', () => {
  it('are one group per word, and one per bigram in Chinese', () => {
    expect(phraseGroups('fair share', 'en')).toHaveLength(2);
    expect(phraseGroups('手工艺品', 'zh')).toEqual([['手工'], ['工艺'], ['艺品']]);
    expect(phraseGroups('绣', 'zh')).toEqual([['绣']]);
  });
});
