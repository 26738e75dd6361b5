// At the review, a yes held back to check first ("yes, but I need to check", "oui, sauf que je dois
// vérifier") drafts nothing and opens no field: the answers are kept, the user told so, and the
// review shown again. A field named after the "but" still changes it; a plain yes still drafts.
// "need" / "besoin" used as ordinary words name no Need line.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { lineNamed } from '../../src/flow/review.js';
import { isHedgedYes } from '../../src/flow/understand/hedge.js';
import { REVIEW_FIELDS, atLetterStep, tr, yesWord } from '../helpers/flow.js';

const HEDGES: readonly [Lang, string][] = [
  ['en', 'yes, but I need to check'],
  ['en', 'yes but let me check with my director first'],
  ['en', 'Yes, just need to confirm with the ministry'],
  ['fr', 'oui, sauf que je dois vérifier'],
  ['fr', 'oui mais je dois demander à mon directeur'],
  ['fr', "oui, mais j'ai besoin de vérifier"],
  ['ru', 'да, но мне нужно проверить'],
  ['ru', 'Да, только нужно уточнить у руководства'],
  ['zh', '是的，但我需要核实一下'],
  ['zh', '可以，不过我要先问一下领导'],
  ['es', 'sí, pero tengo que comprobarlo'],
  ['es', 'sí, pero necesito consultarlo con el director'],
  ['ar', 'نعم، لكن عليّ التحقق'],
  ['ar', 'نعم، ولكن يجب أن أستشير المدير أولا'],
];

describe('a hedged yes at the review', () => {
  it.each(HEDGES)('%s: "%s" keeps the answers and shows the review again', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    const before = c.state?.answers;
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe('review');
    expect(c.state?.editing).toBeUndefined();
    expect(c.state?.answers).toEqual(before);
    expect(c.last[0]?.text).toBe(tr(lang, 'flow:review.hedge'));
    expect(c.last.at(-1)?.step).toBe('review');
    expect(c.choices()).toEqual(expect.arrayContaining(['draft', 'edit:need', 'edit:place']));
    // Coming back later: the Draft button drafts from here.
    c.tap('draft');
    expect(c.effects).toMatchObject([{ kind: 'draft-letter' }]);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Yes, but the city is Osh', 'Osh'],
    ['fr', 'Oui, mais la ville est Thiès', 'Thiès'],
    ['es', 'Sí, pero la ciudad es Cusco', 'Cusco'],
    ['ru', 'Да, всё хорошо, но город Ош', 'Ош'],
    ['zh', '是的，但城市是奥什', '奥什'],
    ['ar', 'نعم، لكن المدينة هي أوش', 'أوش'],
  ])('%s: "%s" still changes the city', (lang, text, city) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.state?.answers.place?.value).toBe(city);
    expect(c.last.map((r) => r.text)).not.toContain(tr(lang, 'flow:review.hedge'));
  });

  it.each<[Lang, string]>([
    ['en', 'yes, except the city, I need to check it'],
    ['fr', 'oui, sauf la ville, je dois la vérifier'],
    ['es', 'sí, salvo la ciudad, tengo que comprobarla'],
  ])('%s: "%s" names the city after the "but": its question opens', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe('place');
  });

  it.each<Lang>(['en', 'fr', 'es', 'ru', 'zh', 'ar'])('%s: a plain yes still drafts', (lang) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(yesWord(lang));
    expect(c.effects).toMatchObject([{ kind: 'draft-letter' }]);
  });

  it.each<[Lang, string]>([
    ['en', 'I need to check'],
    ['en', 'no, but I need to check'],
    ['en', 'yes, but quickly please'],
    ['fr', 'je dois vérifier'],
    ['fr', 'oui, mais vite'],
    ['ru', 'да, всё верно'],
    ['zh', '是的，没问题'],
    ['es', 'sí, pero rápido'],
    ['ar', 'نعم، كل شيء صحيح'],
  ])('%s: "%s" is no hedged yes', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    expect(isHedgedYes(c.ctx, text, c.state!.history)).toBe(false);
  });
});

describe('a field name used as an ordinary word at the review', () => {
  it.each<[Lang, string]>([
    ['en', 'I need to check'],
    ['en', 'we need to ask the director first'],
    ['fr', "j'ai besoin de vérifier"],
    ['fr', 'nous avons besoin de consulter le ministère'],
  ])('%s: "%s" names no line', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    expect(lineNamed(c.ctx, c.state!, lang, text)).toBeUndefined();
  });

  it.each<[Lang, string, string]>([
    ['en', 'Need', 'need'],
    ['en', 'the need', 'need'],
    ['en', 'change the need', 'need'],
    ['en', 'I would like to change the period', 'period'],
    ['fr', 'Besoin', 'need'],
    ['fr', 'modifier le besoin', 'need'],
    ['fr', 'la période', 'period'],
    ['es', 'cambiar el período', 'period'],
    ['zh', '修改时段', 'period'],
  ])('%s: "%s" still names the %s line', (lang, text, id) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    expect(lineNamed(c.ctx, c.state!, lang, text)?.id).toBe(id);
  });
});
