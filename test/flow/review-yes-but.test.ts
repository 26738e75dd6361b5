// At the review, a yes followed by a change ("Да, мы готовы: исправьте город на Ош", "Yes, but the
// city is Osh"): the change is made and the review shown again; the letter is not drafted. A
// plain yes ("Да, всё верно") still drafts it.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { REVIEW_FIELDS, atLetterStep } from '../helpers/flow.js';

const CHANGES: readonly [Lang, string, string][] = [
  ['ru', 'Да, мы готовы: исправьте город на Ош', 'Ош'],
  ['ru', 'Да, мы готовы, только город — Ош', 'Ош'],
  ['ru', 'Да, всё хорошо, но город Ош', 'Ош'],
  ['ru', 'Да, мы готовы составить письмо, но исправьте город на Ош', 'Ош'],
  ['en', 'Yes, but change the city to Osh', 'Osh'],
  ['en', 'Yes, but the city is Osh', 'Osh'],
  ['en', 'Yes but city: Osh', 'Osh'],
  ['fr', 'Oui, mais la ville est Thiès', 'Thiès'],
  ['fr', 'Oui, tout est bon, mais la ville est Thiès', 'Thiès'],
  ['fr', 'Oui, sauf la ville : Thiès', 'Thiès'],
  ['es', 'Sí, pero la ciudad es Cusco', 'Cusco'],
  ['es', 'Sí, todo bien, pero la ciudad es Cusco', 'Cusco'],
  ['zh', '是的，但城市是奥什', '奥什'],
  ['zh', '可以，不过请把城市改成奥什', '奥什'],
  ['ar', 'نعم، لكن المدينة هي أوش', 'أوش'],
  ['ar', 'نعم لكن المدينة أوش', 'أوش'],
];

describe('a yes with a change at the review', () => {
  it.each(CHANGES)('%s: "%s" changes the city and shows the review again', (lang, text, city) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.state?.answers.place?.value).toBe(city);
    expect(c.state?.answers.purpose?.value).toBe(REVIEW_FIELDS.purpose);
    expect(c.pending).toBe('review');
  });

  // A field named after the yes with no new value is asked again, not drafted.
  it.each<[Lang, string]>([
    ['en', 'Yes, except the city'],
    ['fr', 'Oui, mais la ville'],
    ['es', 'Sí, salvo la ciudad'],
    ['ru', 'Да, только город'],
    ['ar', 'نعم، ما عدا المدينة'],
    ['zh', '是的，除了城市'],
  ])('%s: "%s" asks the city again', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe('place');
  });

  it.each<[Lang, string]>([
    ['ru', 'Да, всё верно'],
    ['en', 'Yes, just draft it'],
    ['fr', 'Oui, tout est correct'],
    ['es', 'Sí, todo está bien'],
    ['ar', 'نعم، كل شيء صحيح'],
    ['zh', '是的，没问题'],
  ])('%s: "%s" drafts the letter', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toMatchObject([{ kind: 'draft-letter' }]);
  });
});
