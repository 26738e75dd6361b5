// Corrections of earlier answers typed in each of the six languages, at any step; and the
// answers and remarks that use the same words but change nothing.
import { describe, expect, it } from 'vitest';
import { detectCorrection, findField, type Correction } from '../../../src/flow/understand/correction.js';
import type { Lang } from '../../../src/knowledge/types.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();

/** Everything a letter asks, answered (as on the review screen). */
const ALL = [
  'country',
  'requester',
  'need',
  'program',
  'partOfPlan',
  'start',
  'letterType',
  'letterLang',
  'senderName',
  'senderTitle',
  'institution',
  'purpose',
  'developmentGoals',
  'expectedResults',
  'beneficiaries',
  'period',
];
/** Mid-way through the letter: the period question is pending, so it is not "answered". */
const BEFORE_PERIOD = ALL.filter((id) => id !== 'period');

type Row = readonly [text: string, expected: Correction | undefined, answered?: readonly string[]];

const TABLES: Record<Lang, readonly Row[]> = {
  en: [
    ['actually start in January 2028', { stepId: 'start', value: 'January 2028' }],
    ['no, the signatory is Dr Z', { stepId: 'senderName', value: 'Dr Z' }],
    ['change the period', { stepId: 'period' }],
    ['Actually, January 2028', { stepId: 'start', value: 'January 2028' }],
    ['change the letter language to French', { stepId: 'letterLang', value: 'French' }],
    [
      'Please change the institution to the Ministry of Trade',
      { stepId: 'institution', value: 'Ministry of Trade' },
    ],
    ['the signatory will be Prof. Y', { stepId: 'senderName', value: 'Prof. Y' }],
    ['sorry, I meant Niger', { stepId: 'country', value: 'Niger' }],
    [
      'Actually the beneficiaries are 40 examiners, not 30',
      { stepId: 'beneficiaries', value: '40 examiners' },
    ],
    ['change the purpose', { stepId: 'purpose' }],
    ['the period, please change it', { stepId: 'period' }],
    ['change the start January 2028', { stepId: 'start', value: 'January 2028' }],
    // The pending question's answer, and plain answers, are not corrections.
    ['The period is 12 months from July', undefined, BEFORE_PERIOD],
    ['change the period', undefined, BEFORE_PERIOD],
    ['No, not yet', undefined],
    // "correct" after "is" says the answers are right: the review's yes, not a change.
    ['Everything is correct, please draft the letter', undefined],
    ['No, the need has not been assessed yet', undefined],
    ['Actually we are not sure', undefined],
    ['Purpose: to train 30 examiners in patent searching', undefined],
    ['We need training for 30 examiners starting in our main office', undefined],
    [
      'In fact the start of the project depends on our researchers, who need access to journals and databases for their work on medicinal plants, which the university cannot pay for.',
      undefined,
    ],
  ],
  fr: [
    ['Tout est correct, rédigez la lettre', undefined],
    [
      'Petite correction : finalement nous préférons commencer en octobre 2027',
      { stepId: 'start', value: 'octobre 2027' },
    ],
    ['non, le signataire est le Dr Z', { stepId: 'senderName', value: 'Dr Z' }],
    ['changez la période', { stepId: 'period' }],
    ['En fait, le début sera en janvier 2028', { stepId: 'start', value: 'janvier 2028' }],
    ['modifiez le titre en Ministre du Commerce', { stepId: 'senderTitle', value: 'Ministre du Commerce' }],
    ['Finalement la lettre en anglais', { stepId: 'letterLang', value: 'anglais' }],
    ['Le signataire sera Mme Diallo', { stepId: 'senderName', value: 'Mme Diallo' }],
    ['changer les bénéficiaires', { stepId: 'beneficiaries' }],
    ['Non, pas encore', undefined],
    ["Oui, c'est bien ça.", undefined],
    ['La période est de 12 mois à partir de juillet', undefined, BEFORE_PERIOD],
    ['Nous voulons former nos examinateurs', undefined],
  ],
  es: [
    ['en realidad empezamos en enero de 2028', { stepId: 'start', value: 'enero de 2028' }],
    ['mejor en marzo de 2028', { stepId: 'start', value: 'marzo de 2028' }],
    ['no, el firmante es el Dr. Pérez', { stepId: 'senderName', value: 'Dr. Pérez' }],
    ['cambie el período', { stepId: 'period' }],
    ['cambie el cargo a Viceministro', { stepId: 'senderTitle', value: 'Viceministro' }],
    [
      'Corrección: la institución es el Ministerio de Industria',
      { stepId: 'institution', value: 'Ministerio de Industria' },
    ],
    ['El firmante será la Dra. Gómez', { stepId: 'senderName', value: 'Dra. Gómez' }],
    ['mejor la carta en francés', { stepId: 'letterLang', value: 'francés' }],
    ['No, todavía no', undefined],
    ['Sí, correcto.', undefined],
    ['Queremos mejorar la formación de los examinadores', undefined],
    ['El período es de 12 meses a partir de julio', undefined, BEFORE_PERIOD],
  ],
  ru: [
    [
      'Подписывать будет заместитель министра Петров',
      { stepId: 'senderName', value: 'заместитель министра Петров' },
    ],
    ['поменяйте подписанта на Петрова', { stepId: 'senderName', value: 'Петрова' }],
    ['на самом деле начнём в январе 2028', { stepId: 'start', value: 'январе 2028' }],
    ['измените период', { stepId: 'period' }],
    [
      'нет, должность — первый заместитель министра',
      { stepId: 'senderTitle', value: 'первый заместитель министра' },
    ],
    [
      'нет, должность это первый заместитель министра',
      { stepId: 'senderTitle', value: 'первый заместитель министра' },
    ],
    [
      'Исправьте учреждение на Министерство экономики',
      { stepId: 'institution', value: 'Министерство экономики' },
    ],
    ['поменяйте язык письма на английский', { stepId: 'letterLang', value: 'английский' }],
    ['Да, всё верно.', undefined],
    ['Нет, еще нет', undefined],
    ['да, в национальную стратегию', undefined],
    ['Период — 12 месяцев с июля', undefined, BEFORE_PERIOD],
  ],
  zh: [
    ['把开始时间改为2028年1月', { stepId: 'start', value: '2028年1月' }],
    ['签署人改成王部长', { stepId: 'senderName', value: '王部长' }],
    ['不，签署人是张博士', { stepId: 'senderName', value: '张博士' }],
    ['修改时段', { stepId: 'period' }],
    ['其实开始时间是2028年3月', { stepId: 'start', value: '2028年3月' }],
    ['把机构改为商务部', { stepId: 'institution', value: '商务部' }],
    ['把信函语言改为英语', { stepId: 'letterLang', value: '英语' }],
    ['签署人将是李司长', { stepId: 'senderName', value: '李司长' }],
    ['对，没错。', undefined],
    ['不知道', undefined],
    ['部委', undefined],
    ['时段是从7月开始的12个月', undefined, BEFORE_PERIOD],
  ],
  ar: [
    ['غيّر الموقّع إلى د. زياد', { stepId: 'senderName', value: 'د. زياد' }],
    ['في الواقع نبدأ في يناير 2028', { stepId: 'start', value: 'يناير 2028' }],
    ['لا، الموقع هو الدكتور سامي', { stepId: 'senderName', value: 'الدكتور سامي' }],
    ['عدّل الفترة', { stepId: 'period' }],
    ['غيّر المؤسسة إلى وزارة التجارة', { stepId: 'institution', value: 'وزارة التجارة' }],
    ['غيّر لغة الرسالة إلى الفرنسية', { stepId: 'letterLang', value: 'الفرنسية' }],
    ['سيكون الموقّع الوزير خالد', { stepId: 'senderName', value: 'الوزير خالد' }],
    ['تصحيح: الصفة هي وكيل الوزارة', { stepId: 'senderTitle', value: 'وكيل الوزارة' }],
    ['غير متأكد', undefined],
    ['نعم، هذا صحيح.', undefined],
    ['لا، ليس بعد', undefined],
    ['الفترة هي 12 شهرا ابتداء من يوليو', undefined, BEFORE_PERIOD],
  ],
};

describe.each(Object.keys(TABLES) as Lang[])('detectCorrection in %s', (lang) => {
  const rows = TABLES[lang].map(([text, expected, answered]) => ({
    text,
    expected,
    answered: answered ?? ALL,
  }));
  it.each(rows)('$text', ({ text, expected, answered }) => {
    expect(detectCorrection(ctx, text, answered)).toEqual(expected);
  });
});

describe('detectCorrection only changes what was answered', () => {
  it('ignores a field not answered yet', () => {
    expect(detectCorrection(ctx, 'actually start in January 2028', ['country', 'program'])).toBeUndefined();
    expect(detectCorrection(ctx, 'change the period', [])).toBeUndefined();
  });

  it('asks again when the new value cannot be that answer (a date for the start)', () => {
    expect(detectCorrection(ctx, 'change the start to later', ALL)).toEqual({ stepId: 'start' });
  });
});

describe('findField (the review screen)', () => {
  it.each([
    ['Project', 'project'],
    ['période', 'period'],
    ['change the period', 'period'],
    ['Langue de la lettre', 'letterLang'],
    ['签署人', 'senderName'],
    ['Подписывающее лицо', 'senderName'],
    ['الفترة', 'period'],
    ['Firmante', 'senderName'],
  ])('%s -> %s', (text, stepId) => {
    expect(findField(ctx, text, [...ALL, 'project'])).toBe(stepId);
  });

  it('needs the whole text to be a field name', () => {
    expect(findField(ctx, 'the period is fine', ALL)).toBeUndefined();
    expect(findField(ctx, 'Project', ALL)).toBeUndefined();
  });
});

describe('the place of signing, named as the city', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Actually the city is Mombasa', 'Mombasa'],
    ['fr', 'En fait la ville est Thiès', 'Thiès'],
    ['es', 'En realidad la ciudad es Sucre', 'Sucre'],
    ['ru', 'На самом деле город — Гомель', 'Гомель'],
    ['zh', '其实城市是暹粒', '暹粒'],
    ['ar', 'في الواقع المدينة هي الإسكندرية', 'الإسكندرية'],
  ])('%s: "%s" changes the place', (_lang, text, value) => {
    expect(detectCorrection(ctx, text, ['country', 'place', 'senderName'])).toEqual({
      stepId: 'place',
      value,
    });
  });
});
