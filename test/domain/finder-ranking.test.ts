// Ranking rules of the finder: the decisive word wins, the concept layer links requesters' words
// at a lower weight, a weak match is reported as none, explanations name the user's words, and
// the country filter is the chat's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFinderIndex, findPrograms, searchPrograms } from '../../src/domain/finder/finder.js';
import { offeredTo } from '../../src/domain/finder/offered-to.js';
import { GENERIC_IDF } from '../../src/domain/finder/rank.js';
import { countryFilter } from '../../src/flow/choices.js';
import type { Concept, Lang, Program } from '../../src/knowledge/types.js';
import { flowContext, TODAY } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';

const k = knowledge();
const index = buildFinderIndex(k);
const ids = (text: string, lang?: Lang, limit = 5) =>
  findPrograms(index, text, { lang, limit }).map((h) => h.program.id);

describe('needs as requesters describe them (paraphrases, typos, other scripts)', () => {
  it('potters and weavers whose designs are copied: crafts, branding or TK, not copyright administration', () => {
    const top = ids(
      'Our potters and basket weavers keep finding their designs copied by factories abroad',
      'en',
      3,
    );
    expect(top[0]).toBe('crafts-ip-brief');
    for (const id of top) {
      expect([
        'crafts-ip-brief',
        'tk-policy-strategy',
        'creative-heritage-project',
        'ip-branding-local-products',
      ]).toContain(id);
    }
  });

  it('苗绣 and 蜡染 copied by factories elsewhere: results, crafts first', () => {
    const top = ids('我们县的苗绣和蜡染图案被外地工厂大量仿冒', 'zh', 3);
    expect(top[0]).toBe('crafts-ip-brief');
    expect(top).toContain('tk-policy-strategy');
  });

  it('healers who want a fair share when companies use their herbs: TK and benefit-sharing, not SMEs', () => {
    const top = ids('المعالجون الشعبيون في قرانا يريدون نصيبا عادلا عندما تستخدم الشركات أعشابنا', 'ar', 3);
    expect(['abs-ip-guidelines', 'abs-contracts-database', 'tk-policy-strategy']).toContain(top[0]);
    expect(top).toContain('tk-policy-strategy');
    expect(top).not.toContain('sme-ip');
  });

  it('an SME that wants an IP audit: the SME program first, not World IP Day', () => {
    const top = ids('our SME wants an IP audit', 'en');
    expect(top[0]).toBe('sme-ip');
    expect(top).not.toContain('world-ip-day');
  });

  it('training judges on counterfeiting and piracy, with ه typed for ة: enforcement first', () => {
    expect(ids('نريد تدريب القضاه على قضايا التقليد والقرصنه', 'ar', 2).sort()).toEqual([
      'building-respect-for-ip',
      'transition-ip-enforcement',
    ]);
    expect(ids('نريد تدريب القضاه على قضايا التقليد والقرصنه', 'ar', 1)).toEqual(['building-respect-for-ip']);
  });

  it('a Spanish need in an English chat ranks as in a Spanish one: enforcement first', () => {
    const en = ids('formar a los funcionarios de aduanas', 'en');
    expect(en[0]).toBe('building-respect-for-ip');
    expect(ids('formar a los funcionarios de aduanas', 'es')).toEqual(en);
  });

  it('training customs officers on IP at the border (Russian): "Обеспечение уважения ИС" first', () => {
    const top = ids('обучение таможенников по защите прав ИС на границе', 'ru');
    expect(top[0]).toBe('building-respect-for-ip');
    expect(top).not.toContain('world-ip-day');
  });
});

describe('ranking', () => {
  it('lets the one decisive word of a long letter win over its generic words', () => {
    const letter =
      'Dear Director General, the Ministry of Industry and Trade of our country presents its compliments ' +
      'and would like to request technical assistance for our national institute in the field of ' +
      'intellectual property development, training, capacity building, support, cooperation and ' +
      'information for our office, our universities and our government, in particular on counterfeiting.';
    expect(ids(letter, 'en', 1)).toEqual(['building-respect-for-ip']);
  });

  it('gives the same ranking whatever the limit, and the same twice', () => {
    const text = 'our researchers cannot use patent databases';
    const ten = ids(text, 'en', 10);
    expect(ids(text, 'en', 3)).toEqual(ten.slice(0, 3));
    expect(ids(text, 'en', 10)).toEqual(ten);
  });

  it('puts the general program before its twin for one audience on an equal match', () => {
    expect(ids('counterfeiting', 'en', 2)).toEqual(['building-respect-for-ip', 'transition-ip-enforcement']);
  });
});

describe('the concept layer', () => {
  const template = k.programs.find((p) => p.id === 'tisc')!;
  const program = (id: string, enKeywords: string[]): Program => ({
    ...template,
    id,
    name: { ...template.name, en: `Program ${id}` },
    keywords: { ar: ['ا ب ت'], zh: ['测试'], en: enKeywords, fr: ['essai'], ru: ['проба'], es: ['prueba'] },
    description: { ...template.description, en: 'A test program.' },
  });
  const concept: Concept = {
    id: 'pottery',
    label: { ar: 'فخار', zh: '陶器', en: 'pottery', fr: 'poterie', ru: 'керамика', es: 'cerámica' },
    terms: {
      ar: ['فخار', 'خزف'],
      zh: ['陶器', '陶艺'],
      en: ['zorblat', 'potters'],
      fr: ['poterie', 'potiers'],
      ru: ['керамика', 'гончары'],
      es: ['cerámica', 'alfareros'],
    },
    programs: ['by-concept'],
    related: [],
    source: 'U test',
  };
  // Twenty other programs, so that word weights (idf) are those of a real catalogue.
  const others = Array.from({ length: 20 }, (_, i) => program(`other-${i}`, [`filler${i}`]));
  const small = buildFinderIndex({
    programs: [program('by-keyword', ['zorblat']), program('by-concept', ['pipes']), ...others],
    concepts: [concept],
  });

  it('links a requester word to a program whose texts never use it, in any language', () => {
    for (const [text, lang] of [
      ['potters', 'en'],
      ['potiers', 'fr'],
      ['гончары', 'ru'],
      ['陶艺', 'zh'],
    ] as const) {
      const [hit] = findPrograms(small, text, { lang });
      expect(hit?.program.id, text).toBe('by-concept');
      expect(hit?.reasons[0]?.concept?.id).toBe('pottery');
    }
  });

  it('counts a concept match lower than the same word in a program of its own', () => {
    expect(findPrograms(small, 'zorblat', { lang: 'en' }).map((h) => h.program.id)).toEqual([
      'by-keyword',
      'by-concept',
    ]);
  });

  it('explains a concept match as "words → concept" in the asked language', () => {
    expect(findPrograms(small, 'potters', { lang: 'en' })[0]?.matched).toEqual(['potters → pottery']);
    expect(findPrograms(small, 'potters', { lang: 'fr' })[0]?.matched).toEqual(['potters → poterie']);
    expect(findPrograms(small, 'فخار', { lang: 'ar' })[0]?.matched).toEqual(['فخار ← فخار']);
  });

  it('every concept phrase of the knowledge base analyses to at least one word', async () => {
    const { phraseGroups } = await import('../../src/domain/finder/analyze.js');
    const empty = k.concepts.flatMap((c) =>
      (Object.entries(c.terms) as [Lang, string[]][]).flatMap(([lang, terms]) =>
        terms.filter((t) => phraseGroups(t, lang).length === 0).map((t) => `${c.id} ${lang} "${t}"`),
      ),
    );
    expect(empty).toEqual([]);
  });

  it('every concept reaches one of its programs from each language', () => {
    const lost: string[] = [];
    for (const c of k.concepts) {
      for (const lang of Object.keys(c.terms) as Lang[]) {
        const text = c.terms[lang].join(', ');
        const found = ids(text, lang, 10);
        if (!c.programs.some((p) => found.includes(p))) lost.push(`${c.id} ${lang}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('no good match', () => {
  const offTopic = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'finder-negative', 'off-topic.json'), 'utf8'),
  ) as { lang: Lang; query: string }[];

  it('says so for needs the catalogue does not cover, in every language, instead of listing programs', () => {
    for (const c of offTopic) {
      const r = searchPrograms(index, c.query, { lang: c.lang });
      expect(
        r.hits.map((h) => h.program.id),
        c.query,
      ).toEqual([]);
      expect(r.noGoodMatch, c.query).toBe(true);
    }
  });

  it('says so when only generic words match', () => {
    expect(index.idf.get('知识')!).toBeLessThan(GENERIC_IDF);
    expect(searchPrograms(index, '知识产权', { lang: 'zh' })).toEqual({ hits: [], noGoodMatch: true });
  });

  it('does not flag a blank text (nothing was asked)', () => {
    expect(searchPrograms(index, '  ', {})).toEqual({ hits: [], noGoodMatch: false });
  });
});

describe('match explanations', () => {
  const matched = (text: string, lang: Lang) =>
    findPrograms(index, text, { lang, limit: 5 }).flatMap((h) => h.matched);

  it('never name a stop word, a generic word or a fragment', () => {
    expect(matched('we want to set up a TISC at our university', 'en')).not.toContain('set');
    const zh = matched('我们是最不发达国家，想建立知识产权咨询服务中心', 'zh');
    expect(zh.some((m) => m.includes('最不发达'))).toBe(true);
    for (const m of zh) expect(['最不', '发达', '国家']).not.toContain(m);
    for (const m of matched('obtain WIPO assistance for our national institute on counterfeiting', 'en')) {
      expect(m).not.toMatch(/\b(WIPO|assistance|national|institute|our)\b/);
    }
  });

  it("name the user's word and the concept when only the concept layer linked them", () => {
    const [hit] = findPrograms(index, 'Shops sell knock-offs everywhere', { lang: 'en' });
    expect(hit?.program.id).toBe('building-respect-for-ip');
    expect(hit?.matched).toEqual(['knock-offs → building respect for IP (enforcement)']);
    expect(hit?.reasons).toEqual([
      {
        words: ['knock-offs'],
        concept: { id: 'enforcement', label: 'building respect for IP (enforcement)' },
      },
    ]);
  });

  it('show Chinese words whole, as typed', () => {
    const [hit] = findPrograms(index, '我们县的苗绣和蜡染图案被外地工厂大量仿冒', { lang: 'zh' });
    expect(hit?.matched[0]).toBe('苗绣/蜡染 → 传统手工艺');
  });
});

describe('the country filter', () => {
  it('is the chat’s: the same programs for every country', () => {
    const ctx = flowContext();
    for (const country of k.countries) {
      const api = offeredTo(k, country.code, TODAY);
      const chat = countryFilter(ctx, { country: country.code });
      expect(
        k.programs.filter(api).map((p) => p.id),
        country.code,
      ).toEqual(k.programs.filter(chat).map((p) => p.id));
    }
  });

  it('keeps LDC programs for an LDC and drops them for another developing country', () => {
    const query = 'least developed countries appropriate technology';
    const forLdc = findPrograms(index, query, { filter: offeredTo(k, 'SN', TODAY) }).map((h) => h.program.id);
    const forOther = findPrograms(index, query, { filter: offeredTo(k, 'EG', TODAY) }).map(
      (h) => h.program.id,
    );
    expect(forLdc).toContain('ldc-appropriate-technology');
    expect(forOther).not.toContain('ldc-appropriate-technology');
  });
});
