// The public finder set: realistic requester queries in the six languages with the expected
// program. Reports top-1 and top-3 accuracy; top-3 must stay at or above 90 %.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFinderIndex, findPrograms, programsInArea } from '../../src/domain/finder/finder.js';
import { analyze } from '../../src/domain/finder/analyze.js';
import { foldText } from '../../src/domain/finder/normalize.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { knowledge } from '../helpers/knowledge.js';

interface Case {
  lang: Lang;
  query: string;
  expected: string;
}
const dir = join(import.meta.dirname, '..', 'fixtures', 'finder');
const cases: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case[]);

describe('finder accuracy on the public set', () => {
  const index = buildFinderIndex(knowledge());

  it('has at least 10 queries per language, each naming an existing program', () => {
    for (const lang of LANGS)
      expect(cases.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(knowledge().programById.has(c.expected), c.expected).toBe(true);
  });

  it('finds the expected program in the top 3 for at least 90 % of queries, in every language', () => {
    const report: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const lang of LANGS) {
      const mine = cases.filter((c) => c.lang === lang);
      let l1 = 0;
      let l3 = 0;
      for (const c of mine) {
        const ids = findPrograms(index, c.query, { limit: 3 }).map((h) => h.program.id);
        if (ids[0] === c.expected) l1++;
        if (ids.includes(c.expected)) l3++;
        else report.push(`  miss [${lang}] "${c.query}" -> ${ids.join(', ')} (expected ${c.expected})`);
      }
      top1 += l1;
      top3 += l3;
      report.push(`${lang}: top-1 ${l1}/${mine.length}, top-3 ${l3}/${mine.length}`);
      expect(l3 / mine.length, `${lang} top-3`).toBeGreaterThanOrEqual(0.8);
    }
    report.push(
      `all: top-1 ${((100 * top1) / cases.length).toFixed(1)} %, top-3 ${((100 * top3) / cases.length).toFixed(1)} % of ${cases.length}`,
    );
    console.log(report.join('\n'));
    expect(top3 / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('finder behaviour', () => {
  const k = knowledge();
  const index = buildFinderIndex(k);

  it('finds a program whatever the chat language (a Spanish query with lang=en)', () => {
    const ids = findPrograms(index, 'bases de datos de patentes para investigadores', {
      lang: 'en',
      limit: 5,
    }).map((h) => h.program.id);
    expect(ids).toContain('patentscope');
  });

  it('reports the words that matched, as typed', () => {
    const [hit] = findPrograms(index, 'TISC centre at our university', { limit: 1 });
    expect(hit?.program.id).toBe('tisc');
    expect(hit?.matched).toContain('TISC');
  });

  it('segments Chinese and folds Arabic letter forms and diacritics', () => {
    expect(analyze('技术与创新支持中心', 'zh').map((t) => t.term)).toEqual(
      expect.arrayContaining(['技术', '创新', '支持', '中心']),
    );
    expect(foldText('إِدارة')).toBe(foldText('اداره'));
    expect(foldText('Propriété INTELLECTUELLE')).toBe('propriete intellectuelle');
  });

  it('returns nothing for stop words only or empty text', () => {
    expect(findPrograms(index, 'the and of', {})).toEqual([]);
    expect(findPrograms(index, '   ', {})).toEqual([]);
  });

  it('filters by audience: an LDC-only program is not offered when the filter excludes it', () => {
    const ldcOnly = k.programs.filter((p) => p.audience.length === 1 && p.audience[0] === 'ldc');
    expect(ldcOnly.length).toBeGreaterThan(0);
    const hits = findPrograms(index, 'least developed countries appropriate technology', {
      limit: 20,
      filter: (p) => !(p.audience.length === 1 && p.audience[0] === 'ldc'),
    });
    for (const h of hits) expect(ldcOnly.map((p) => p.id)).not.toContain(h.program.id);
  });

  it('browses by area', () => {
    const academy = programsInArea(k, 'h');
    expect(academy.length).toBeGreaterThan(3);
    for (const p of academy) expect(p.area).toBe('h');
  });
});
