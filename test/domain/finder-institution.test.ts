// The requester's own name does not steer the finder: a ministry's name ("Ministerio de Economía",
// "工业、商务和供应部") says who asks, so a need with it ranks as the need alone; the need's own
// words, even the same ones, still count. Six languages.
import { describe, expect, it } from 'vitest';
import { buildFinderIndex, findPrograms } from '../../src/domain/finder/finder.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { knowledge } from '../helpers/knowledge.js';

const index = buildFinderIndex(knowledge());
const search = (text: string, lang: Lang) => findPrograms(index, text, { lang, limit: 6 });
const ids = (text: string, lang: Lang) => search(text, lang).map((h) => h.program.id);

/** [the need with the requester's name, the same need alone, the program that must come first]. */
type Row = readonly [withName: string, needAlone: string, first: string];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['We, the Ministry of Economy, need training on patents', 'We need training on patents', 'tisc'],
    [
      'The Ministry of Industry, Commerce and Supplies needs help with SMEs',
      'We need help with SMEs',
      'sme-ip',
    ],
    [
      'the ministry of culture needs help with collective management',
      'help with collective management',
      'copyright-administration-cmo',
    ],
  ],
  fr: [
    [
      "Le Ministère de l'Économie et des Finances souhaite une formation sur les brevets",
      'Nous souhaitons une formation sur les brevets',
      'technology-transfer-training',
    ],
    [
      "Ministère de l'Industrie, du Commerce et des Approvisionnements : appui aux PME",
      'appui aux PME',
      'sme-ip',
    ],
  ],
  es: [
    ['El Ministerio de Economía necesita apoyo para las pymes', 'Necesitamos apoyo para las pymes', 'sme-ip'],
    [
      'Ministerio de Industria, Comercio y Suministros: capacitación sobre patentes',
      'capacitación sobre patentes',
      'patentscope',
    ],
  ],
  ru: [
    [
      'Министерство экономики просит обучение по патентам',
      'Просим обучение по патентам',
      'academy-distance-learning',
    ],
    [
      'Министерство промышленности, торговли и снабжения нуждается в поддержке МСП',
      'Нужна поддержка МСП',
      'sme-ip',
    ],
  ],
  ar: [
    [
      'وزارة الاقتصاد والتجارة تحتاج إلى تدريب على البراءات',
      'نحتاج إلى تدريب على البراءات',
      'technology-transfer-training',
    ],
    [
      'وزارة الصناعة والتجارة والتموين تحتاج إلى دعم الشركات الصغيرة والمتوسطة',
      'دعم الشركات الصغيرة والمتوسطة',
      'sme-ip',
    ],
  ],
  zh: [
    ['我们是坦桑尼亚工业、商务和供应部，需要中小企业方面的支持', '需要中小企业方面的支持', 'sme-ip'],
    ['经济与商务部希望为中小企业提供培训', '希望为中小企业提供培训', 'sme-ip'],
  ],
};

// The need's own words count, even where a ministry's name has the same word ("Economía").
const NEED_WORDS: Record<Lang, readonly [withName: string, needAlone: string]> = {
  en: ['The Ministry of Economy needs economic studies of IP', 'economic studies of IP'],
  fr: [
    "Le Ministère de l'Économie souhaite des études économiques sur la PI",
    'études économiques sur la PI',
  ],
  es: [
    'El Ministerio de Economía necesita estudios económicos sobre la PI',
    'estudios económicos sobre la PI',
  ],
  ru: [
    'Министерство экономики просит экономические исследования в области ИС',
    'экономические исследования в области ИС',
  ],
  ar: ['وزارة الاقتصاد تحتاج إلى دراسات اقتصادية عن الملكية الفكرية', 'دراسات اقتصادية عن الملكية الفكرية'],
  zh: ['经济部希望获得知识产权经济学研究', '知识产权经济学研究'],
};

describe.each(LANGS)('a ministry named in the need (%s)', (lang) => {
  it.each(TABLE[lang])('%s', (withName, needAlone, first) => {
    const named = ids(withName, lang);
    expect(named[0]).toBe(first);
    expect(named).toEqual(ids(needAlone, lang));
  });

  it('keeps the need words that the name also has', () => {
    const [withName, needAlone] = NEED_WORDS[lang];
    const named = ids(withName, lang);
    expect(named.some((id) => id.startsWith('econ-'))).toBe(true);
    expect(named).toEqual(ids(needAlone, lang));
  });
});
