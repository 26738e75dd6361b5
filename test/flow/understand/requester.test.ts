// The requester kind read from a body's name, in the six languages: an IP office by the name or
// acronym knowledge/ip-offices.json gives it, a ministry by the form of its name (Chinese: the 部
// that ends it); at the requester question and in an opening sentence.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { choicesFor } from '../../../src/flow/choices.js';
import { openingFacts } from '../../../src/flow/understand/facts.js';
import { matchRequester } from '../../../src/flow/understand/requester.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');

/** [what is typed at the requester question, the kind understood (undefined: neither an IP office nor a ministry)]. */
type Row = readonly [text: string, kind: string | undefined];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['BRELA', 'ip-office'],
    ['brela', 'ip-office'],
    ['We write from BRELA in Dar es Salaam', 'ip-office'],
    ['Business Registrations and Licensing Agency', 'ip-office'],
    ['the Kenya Copyright Board', 'ip-office'],
    ['ARIPO', 'ip-office'],
    ['Ministry of Industry, Commerce and Supplies', 'government'],
    ['Brela is a nice word', undefined],
    ['a foundation', undefined],
  ],
  fr: [
    ['OMPIC', 'ip-office'],
    ["Nous écrivons de l'OAPI", 'ip-office'],
    ["Ministère de l'Industrie, du Commerce et des Approvisionnements", 'government'],
    ['une fondation', undefined],
  ],
  es: [
    ['INDECOPI', 'ip-office'],
    ['somos el SENAPI de Bolivia', 'ip-office'],
    ['Ministerio de Industria, Comercio y Suministros', 'government'],
    ['una fundación', undefined],
  ],
  ru: [
    ['Кыргызпатент', 'ip-office'],
    ['мы из Роспатента', 'ip-office'],
    ['Роспатент', 'ip-office'],
    ['Министерство промышленности, торговли и снабжения', 'government'],
    ['фонд', undefined],
  ],
  ar: [
    ['BRELA', 'ip-office'],
    ['نحن من OMPIC في المغرب', 'ip-office'],
    ['وزارة الصناعة والتجارة والتموين', 'government'],
    ['مؤسسة خيرية', undefined],
  ],
  zh: [
    ['BRELA', 'ip-office'],
    ['工业、商务和供应部', 'government'],
    ['经济与商务部', 'government'],
    ['坦桑尼亚财政和计划部', 'government'],
    ['我们是经济与商务部', 'government'],
    ['全部', undefined],
    ['内部培训', undefined],
    ['非洲东部的一个基金会', undefined],
  ],
};

describe.each(LANGS)('the requester named by its body (%s)', (lang) => {
  const choices = choicesFor('requesterBodies', ctx, {}, lang);
  it.each(TABLE[lang])('%s → %s', (text, kind) => {
    const value = matchRequester(ctx, choices, text)?.value;
    if (kind) expect(value).toBe(kind);
    else expect(['ip-office', 'government']).not.toContain(value);
  });
});

describe('an opening sentence that names the body', () => {
  const OPENING: Record<Lang, readonly [string, string]> = {
    en: ['BRELA needs training for patent examiners', 'ip-office'],
    fr: ["L'OMPIC souhaite une formation des examinateurs de brevets", 'ip-office'],
    es: ['INDECOPI necesita capacitación de examinadores de patentes', 'ip-office'],
    ru: ['Кыргызпатент просит обучить патентных экспертов', 'ip-office'],
    ar: ['وزارة الصناعة والتجارة والتموين تحتاج إلى تدريب', 'government'],
    zh: ['工业、商务和供应部希望获得中小企业方面的培训', 'government'],
  };
  // The office or the ministry, not the SMEs the need is about.
  const ABOUT_SMES: Record<Lang, readonly [string, string]> = {
    en: ['BRELA wants training for SMEs', 'ip-office'],
    fr: ["L'OMPIC veut former des PME", 'ip-office'],
    es: ['INDECOPI quiere capacitar a las pymes', 'ip-office'],
    ru: ['Кыргызпатент хочет обучить МСП', 'ip-office'],
    ar: ['OMPIC يريد تدريب المؤسسات الصغيرة والمتوسطة', 'ip-office'],
    zh: ['经济与商务部希望为中小企业提供培训', 'government'],
  };
  it.each(LANGS)('%s', (lang) => {
    const [text, kind] = OPENING[lang];
    expect(openingFacts(ctx, text, lang).requester).toBe(kind);
  });
  it.each(LANGS)('%s, a need about SMEs', (lang) => {
    const [text, kind] = ABOUT_SMES[lang];
    expect(openingFacts(ctx, text, lang).requester).toBe(kind);
  });
});

describe('every IP office in knowledge/ip-offices.json', () => {
  it('is read as an IP office by each of its names', () => {
    const choices = choicesFor('requesterBodies', ctx, {}, 'en');
    const missed = ctx.knowledge.ipOffices
      .flatMap((o) => o.names)
      .filter((n) => matchRequester(ctx, choices, n)?.value !== 'ip-office');
    expect(missed).toEqual([]);
  });
});
