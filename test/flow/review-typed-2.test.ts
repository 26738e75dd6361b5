// At the review, a hedge typed with no yes ("I need to check first", "je dois vérifier") keeps the
// answers like a hedged yes, and a check verb before a field ("check the city") opens that field
// like "change the city". Every reviewed field, named after "yes, except" in the forms users type
// (Russian genitive, or accusative after "поменяйте"), opens that field's question.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { reviewLines } from '../../src/flow/review.js';
import { REVIEW_FIELDS, atLetterStep, tr } from '../helpers/flow.js';

const HEDGES: readonly [Lang, string][] = [
  ['en', 'I need to check first'],
  ['en', 'let me check with my director'],
  ['en', 'ok, I need to confirm with the ministry'],
  ['fr', 'je dois vérifier'],
  ['fr', "je dois d'abord demander à mon directeur"],
  ['ru', 'мне нужно уточнить'],
  ['ru', 'надо согласовать с руководством'],
  ['ru', 'да, мне нужно уточнить'],
  ['zh', '我需要核实一下'],
  ['zh', '我要先问一下领导'],
  ['es', 'tengo que comprobarlo'],
  ['es', 'necesito consultarlo con el director'],
  ['ar', 'عليّ التحقق أولاً'],
  ['ar', 'يجب أن أستشير المدير'],
];

describe('a hedge with no yes at the review', () => {
  it.each(HEDGES)('%s: "%s" keeps the answers and shows the review again', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    const before = c.state?.answers;
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.state?.goal).toBe('letter');
    expect(c.pending).toBe('review');
    expect(c.state?.editing).toBeUndefined();
    expect(c.state?.answers).toEqual(before);
    expect(c.last[0]?.text).toBe(tr(lang, 'flow:review.hedge'));
    expect(c.last.at(-1)?.step).toBe('review');
    c.tap('draft');
    expect(c.effects).toMatchObject([{ kind: 'draft-letter' }]);
  });

  // The user names what is in doubt but is not ready to change it: the answers are kept, as
  // after "yes, but I need to check the city".
  it.each<[Lang, string]>([
    ['en', 'I need to check the city'],
    ['en', 'yes, but I need to check the city'],
    ['fr', 'je dois vérifier la ville'],
    ['ru', 'мне нужно уточнить должность'],
  ])('%s: "%s" keeps the answers too', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe('review');
    expect(c.last[0]?.text).toBe(tr(lang, 'flow:review.hedge'));
  });

  it.each<[Lang, string, string]>([
    ['en', 'check eligibility', 'check'],
    ['en', 'I want to check eligibility', 'check'],
    ['en', 'check my request', 'check'],
    ['fr', 'vérifier ma demande', 'check'],
    ['ru', 'проверить заявку', 'check'],
    ['es', 'verificar nuestra solicitud', 'check'],
    ['ar', 'التحقق من طلبي', 'check'],
  ])('%s: "%s" still names the %s task', (lang, text, goal) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.state?.goal).toBe(goal);
    expect(c.last.map((r) => r.text)).not.toContain(tr(lang, 'flow:review.hedge'));
  });

  it.each<[Lang, string]>([
    ['en', 'no, I need to check'],
    ['en', 'do I need to ask the ministry?'],
    ['fr', 'non, je dois vérifier'],
    ['ru', 'нет, мне нужно уточнить'],
    ['es', '¿tengo que consultarlo con el ministerio?'],
  ])('%s: "%s" is no hedge and drafts nothing', (lang, text) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.last.map((r) => r.text)).not.toContain(tr(lang, 'flow:review.hedge'));
  });
});

describe('a check verb before a field at the review', () => {
  it.each<[Lang, string, string]>([
    ['en', 'check the city', 'place'],
    ['en', 'change the city', 'place'],
    ['en', 'verify the reference', 'reference'],
    ['fr', 'vérifier la ville', 'place'],
    ['fr', 'changer la ville', 'place'],
    ['fr', 'vérifier le titre', 'senderTitle'],
    ['es', 'comprobar la ciudad', 'place'],
    ['es', 'verificar el cargo', 'senderTitle'],
    ['ru', 'проверить город', 'place'],
    ['ru', 'уточнить должность', 'senderTitle'],
    ['zh', '核实城市', 'place'],
    ['zh', '核对职务', 'senderTitle'],
    ['ar', 'التحقق من المدينة', 'place'],
    ['ar', 'مراجعة الصفة', 'senderTitle'],
  ])('%s: "%s" opens %s', (lang, text, step) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    const before = c.state?.answers;
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.state?.goal).toBe('letter');
    expect(c.pending).toBe(step);
    expect(c.state?.answers).toEqual(before);
  });
});

/** Every line of the review in REVIEW_FIELDS' conversation, and a name users type for it. */
const EXCEPT: Record<Lang, [string, Record<string, string>]> = {
  ru: [
    'Да, кроме {{f}}',
    {
      country: 'страны',
      requester: 'заявителя',
      need: 'потребности',
      program: 'программы',
      partOfPlan: 'плана или стратегии',
      start: 'даты начала',
      letterType: 'типа письма',
      letterLang: 'языка письма',
      senderName: 'подписанта',
      senderTitle: 'должности',
      institution: 'учреждения',
      place: 'места подписания',
      reference: 'исходящего номера',
      senderEmail: 'электронной почты',
      senderPhone: 'телефона',
      purpose: 'цели',
      developmentGoals: 'целей развития',
      expectedResults: 'ожидаемых результатов',
      beneficiaries: 'бенефициаров',
      period: 'периода',
    },
  ],
  ar: [
    'نعم، ما عدا {{f}}',
    {
      country: 'البلد',
      requester: 'مقدم الطلب',
      need: 'الحاجة',
      program: 'البرنامج',
      partOfPlan: 'الإدراج في خطة',
      start: 'موعد البدء',
      letterType: 'نوع الرسالة',
      letterLang: 'لغة الرسالة',
      senderName: 'الموقّع',
      senderTitle: 'الصفة',
      institution: 'المؤسسة',
      place: 'مكان التوقيع',
      reference: 'رقم الإشارة',
      senderEmail: 'البريد الإلكتروني',
      senderPhone: 'الهاتف',
      purpose: 'الغرض',
      developmentGoals: 'الأهداف الإنمائية',
      expectedResults: 'النتائج المتوقعة',
      beneficiaries: 'المستفيدين',
      period: 'الفترة',
    },
  ],
  fr: [
    'oui, sauf {{f}}',
    {
      country: 'le pays',
      requester: 'le demandeur',
      need: 'le besoin',
      program: 'le programme',
      partOfPlan: "l'inscription dans un plan",
      start: 'la date de début',
      letterType: 'le type de lettre',
      letterLang: 'la langue de la lettre',
      senderName: 'le signataire',
      senderTitle: 'le titre',
      institution: "l'institution",
      place: 'le lieu de signature',
      reference: 'la référence',
      senderEmail: 'le courriel',
      senderPhone: 'le téléphone',
      purpose: "l'objet",
      developmentGoals: 'les objectifs de développement',
      expectedResults: 'les résultats attendus',
      beneficiaries: 'les bénéficiaires',
      period: 'la période',
    },
  ],
  es: [
    'sí, excepto {{f}}',
    {
      country: 'el país',
      requester: 'el solicitante',
      need: 'la necesidad',
      program: 'el programa',
      partOfPlan: 'la parte de un plan',
      start: 'la fecha de inicio',
      letterType: 'el tipo de carta',
      letterLang: 'el idioma de la carta',
      senderName: 'el firmante',
      senderTitle: 'el cargo',
      institution: 'la institución',
      place: 'el lugar de la firma',
      reference: 'la referencia',
      senderEmail: 'el correo electrónico',
      senderPhone: 'el teléfono',
      purpose: 'el objetivo',
      developmentGoals: 'los objetivos de desarrollo',
      expectedResults: 'los resultados esperados',
      beneficiaries: 'los beneficiarios',
      period: 'el período',
    },
  ],
  en: [
    'yes, except {{f}}',
    {
      country: 'the country',
      requester: 'the requester',
      need: 'the need',
      program: 'the program',
      partOfPlan: 'the plan or strategy',
      start: 'the start date',
      letterType: 'the letter type',
      letterLang: 'the letter language',
      senderName: 'the signatory',
      senderTitle: 'the title',
      institution: 'the institution',
      place: 'the place of signing',
      reference: 'the reference',
      senderEmail: 'the email',
      senderPhone: 'the phone',
      purpose: 'the purpose',
      developmentGoals: 'the development goals',
      expectedResults: 'the expected results',
      beneficiaries: 'the beneficiaries',
      period: 'the period',
    },
  ],
  zh: [
    '是的，除了{{f}}',
    {
      country: '国家',
      requester: '请求方',
      need: '需求',
      program: '计划',
      partOfPlan: '是否属于计划',
      start: '开始日期',
      letterType: '信函类型',
      letterLang: '信函语言',
      senderName: '签署人',
      senderTitle: '职务',
      institution: '机构',
      place: '签署地点',
      reference: '文号',
      senderEmail: '电子邮件',
      senderPhone: '电话',
      purpose: '目的',
      developmentGoals: '发展目标',
      expectedResults: '预期成果',
      beneficiaries: '受益人',
      period: '时段',
    },
  ],
};

const rows = (Object.keys(EXCEPT) as Lang[]).flatMap((lang) => {
  const [pattern, names] = EXCEPT[lang];
  return Object.entries(names).map(([id, name]) => [lang, pattern.replace('{{f}}', name), id] as const);
});

describe('every reviewed field after "yes, except"', () => {
  it.each(Object.keys(EXCEPT) as Lang[])('%s: the table names every line of the review', (lang) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    expect(Object.keys(EXCEPT[lang][1]).sort()).toEqual(
      reviewLines(c.ctx, c.state!, lang)
        .map((l) => l.id)
        .sort(),
    );
  });

  it.each(rows)('%s: "%s" opens %s', (lang, text, step) => {
    const c = atLetterStep(lang, REVIEW_FIELDS);
    const before = c.state?.answers;
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe(step);
    expect(c.state?.answers).toEqual(before);
  });
});

describe('Russian fields in the accusative after a change verb at the review', () => {
  it.each<[string, string]>([
    ['Да, только поменяйте подписанта', 'senderName'],
    ['Да, только исправьте дату начала', 'start'],
    ['Да, только поменяйте электронную почту', 'senderEmail'],
    ['исправьте тему', 'purpose'],
    ['Да, кроме темы', 'purpose'],
    ['поменяйте программу', 'program'],
    ['исправьте ожидаемые результаты', 'expectedResults'],
    ['поменяйте исходящий номер', 'reference'],
    ['Да, только поменяйте тип письма', 'letterType'],
    ['исправьте продолжительность', 'period'],
    ['Да, кроме срока начала', 'start'],
    ['Да, кроме номера телефона', 'senderPhone'],
    ['Да, кроме номера письма', 'reference'],
  ])('"%s" opens %s', (text, step) => {
    const c = atLetterStep('ru', REVIEW_FIELDS);
    c.send(text);
    expect(c.effects).toEqual([]);
    expect(c.pending).toBe(step);
  });
});
