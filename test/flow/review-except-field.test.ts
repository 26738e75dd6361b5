// At the review, "yes, except the city" or "no, the title is wrong" opens that field's question
// (as its Change button does) and drafts nothing; a value after "is" or a colon changes it at once.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { REVIEW_FIELDS, atLetterStep } from '../helpers/flow.js';

const OPENS: readonly [Lang, string, string][] = [
  ['ru', 'Да, кроме города', 'place'],
  ['ru', 'Да, за исключением места подписания', 'place'],
  ['fr', 'oui, sauf la ville', 'place'],
  ['en', 'yes, except the city', 'place'],
  ['zh', '是的，除了城市', 'place'],
  ['ar', 'نعم، ما عدا المدينة', 'place'],
  ['es', 'sí, excepto la ciudad', 'place'],
  ['en', 'no, the title is wrong', 'senderTitle'],
  ['fr', 'non, le titre est faux', 'senderTitle'],
  ['ru', 'нет, должность неверная', 'senderTitle'],
];

describe('a field named at the review', () => {
  it.each(OPENS)('%s: "%s" opens %s without drafting', (lang, text, step) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe(step);
    expect(c.state?.answers.place?.value).toBe(REVIEW_FIELDS.place);
    expect(c.state?.answers.senderTitle?.value).toBe(REVIEW_FIELDS.senderTitle);
    // The field's question is answered as usual and the review comes back.
    c.send('Osh');
    expect(c.state?.answers[step]?.value).toBe('Osh');
    expect(c.pending).toBe('review');
    expect(c.effects).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    ['en', 'yes, except the city is Osh', 'Osh'],
    ['en', 'yes, except the city: Osh', 'Osh'],
    ['fr', 'oui, sauf que la ville est Thiès', 'Thiès'],
    ['fr', 'oui, sauf la ville : Thiès', 'Thiès'],
    ['fr', 'oui, sauf la ville qui est Thiès', 'Thiès'],
    ['en', 'yes, except the city, which is Osh', 'Osh'],
    ['es', 'sí, excepto la ciudad, que es Cusco', 'Cusco'],
    ['ru', 'Да, кроме города: Ош', 'Ош'],
    ['es', 'sí, excepto la ciudad: Cusco', 'Cusco'],
    ['zh', '是的，除了城市是奥什', '奥什'],
    ['ar', 'نعم، ما عدا المدينة: أوش', 'أوش'],
  ])('%s: "%s" changes the city at once', (lang, text, city) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.state?.answers.place?.value).toBe(city);
    expect(c.pending).toBe('review');
  });
});
