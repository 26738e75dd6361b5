// A start said as a part of a year ("Q3 2027", "early next year", "下半年"): the months it begins
// with are offered, never guessed; months already past are not offered.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { parseYearPart } from '../../../src/flow/understand/period.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();
const TODAY = '2026-12-02';
const Q3_2027 = ['2027-07-01', '2027-08-01', '2027-09-01'];
const EARLY_2027 = ['2027-01-01', '2027-02-01', '2027-03-01'];
const H2_2027 = Q3_2027;
const END_2027 = ['2027-10-01', '2027-11-01', '2027-12-01'];
// Seasons by the northern-hemisphere convention; the months are offered, the user picks one.
const SPRING_2027 = ['2027-03-01', '2027-04-01', '2027-05-01'];
const AUTUMN_2027 = ['2027-09-01', '2027-10-01', '2027-11-01'];

const ROWS: Record<Lang, readonly [string, readonly string[] | undefined][]> = {
  en: [
    ['Q3 2027', Q3_2027],
    ['early next year', EARLY_2027],
    ['in the second half of 2027', H2_2027],
    ['mid-2027', ['2027-05-01', '2027-06-01', '2027-07-01']],
    ['we want a TISC', undefined],
    ['next spring', SPRING_2027],
    ['end of 2027', END_2027],
    ['in autumn 2027', AUTUMN_2027],
  ],
  fr: [
    ['au troisième trimestre 2027', Q3_2027],
    ["début de l'année prochaine", EARLY_2027],
    ['au second semestre 2027', H2_2027],
    ['fin 2027', END_2027],
    ['au printemps 2027', SPRING_2027],
    ['à partir de la rentrée 2027', AUTUMN_2027],
  ],
  es: [
    ['en el tercer trimestre de 2027', Q3_2027],
    ['a principios del próximo año', EARLY_2027],
    ['en el segundo semestre de 2027', H2_2027],
    ['a mediados de 2027', ['2027-05-01', '2027-06-01', '2027-07-01']],
    ['en la primavera de 2027', SPRING_2027],
    ['a finales de 2027', END_2027],
  ],
  ru: [
    ['в третьем квартале 2027 года', Q3_2027],
    ['в начале следующего года', EARLY_2027],
    ['во втором полугодии 2027 года', H2_2027],
    ['в конце 2027 года', END_2027],
    ['в 3 квартале 2027 года', Q3_2027],
    ['весной 2027', SPRING_2027],
    ['не раньше осени 2027', AUTUMN_2027],
    ['с начала осени 2027', AUTUMN_2027],
  ],
  zh: [
    ['2027年第三季度', Q3_2027],
    ['明年年初', EARLY_2027],
    ['2027年下半年', H2_2027],
    ['下半年', H2_2027],
    ['2027年底', END_2027],
    ['2028年底', ['2028-10-01', '2028-11-01', '2028-12-01']],
    ['2027年春季', SPRING_2027],
  ],
  ar: [
    ['في الربع الثالث من 2027', Q3_2027],
    ['في أوائل العام المقبل', EARLY_2027],
    ['في النصف الثاني من 2027', H2_2027],
    ['في منتصف 2027', ['2027-05-01', '2027-06-01', '2027-07-01']],
    ['أواخر 2027', END_2027],
    ['في ربيع 2027', SPRING_2027],
  ],
};

describe.each(Object.entries(ROWS))('parts of a year in %s', (_lang, rows) => {
  it.each(rows)('"%s"', (text, months) => {
    expect(parseYearPart(ctx, text, TODAY)?.months).toEqual(months);
  });
});

it('offers only the months still ahead: late this year in December is none', () => {
  expect(parseYearPart(ctx, 'late this year', TODAY)).toBeUndefined();
  expect(parseYearPart(ctx, 'Q4', '2026-11-10')?.months).toEqual(['2026-12-01']);
});
