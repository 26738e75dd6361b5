// The letter's review screen and its text fields, typed as officials type them: a field restated
// with its new value ("the title should be X") changes it, a confirmation never becomes a value,
// and "none", remarks, a leading yes or the field's own name stay out of the letter.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, REVIEW_FIELDS, atLetterStep, tr } from '../helpers/flow.js';

/** A conversation at the review screen (Senegal, a university, IPAS, a letter in Spanish). */
const atReview = (lang: Lang): Conversation => atLetterStep(lang, REVIEW_FIELDS);

/** A conversation at one letter field (the fields before it answered). */
const atField = (lang: Lang, stepId: string): Conversation =>
  atLetterStep(
    lang,
    {
      ...REVIEW_FIELDS,
      senderEmail: 'ana@uni.edu',
      senderPhone: '+221 33 824 69 81',
    },
    stepId,
    lang,
  );

const value = (c: Conversation, id: string) => c.state?.answers[id]?.value;

type Restated = readonly [lang: Lang, text: string, stepId: string, value: string];

const RESTATED: readonly Restated[] = [
  ['en', 'the title should be Deputy Minister of Justice', 'senderTitle', 'Deputy Minister of Justice'],
  ['en', 'the reference is JM/2026/9', 'reference', 'JM/2026/9'],
  ['en', 'the signatory is Mr Kevin Smith', 'senderName', 'Mr Kevin Smith'],
  ['en', 'The title is wrong, it should be Permanent Secretary', 'senderTitle', 'Permanent Secretary'],
  ['en', 'Reference: JM/2026/9', 'reference', 'JM/2026/9'],
  ['fr', 'la référence est 2026-117', 'reference', '2026-117'],
  ['fr', 'le lieu de signature est Thiès', 'place', 'Thiès'],
  ['fr', "en fait la ville c'est Thiès", 'place', 'Thiès'],
  ['fr', 'le titre doit être Ministre du Commerce', 'senderTitle', 'Ministre du Commerce'],
  ['fr', 'le titre est faux, il doit être Ministre des Mines', 'senderTitle', 'Ministre des Mines'],
  ['es', 'el firmante es el Dr. Hugo Rojas Flores', 'senderName', 'Dr. Hugo Rojas Flores'],
  ['es', 'la referencia debe ser OF-2026-117', 'reference', 'OF-2026-117'],
  ['es', 'Cambie el lugar de la firma: Arequipa', 'place', 'Arequipa'],
  [
    'ru',
    'имя подписанта неправильное, должно быть: Абдыкалыков Бакыт Токтогулович',
    'senderName',
    'Абдыкалыков Бакыт Токтогулович',
  ],
  ['ru', 'поменяйте, пожалуйста, должность подписанта: директор', 'senderTitle', 'директор'],
  ['ru', 'исходящий номер должен быть 01-15/2026', 'reference', '01-15/2026'],
  ['zh', '签署人应为王伟', 'senderName', '王伟'],
  ['zh', '文号是外字2026第9号', 'reference', '外字2026第9号'],
  ['zh', '签署地点应该是北京', 'place', '北京'],
  ['ar', 'المرجع هو YEM/GVA/2026/117', 'reference', 'YEM/GVA/2026/117'],
  ['ar', 'الموقّع يجب أن يكون د. زياد العلي', 'senderName', 'د. زياد العلي'],
  ['ar', 'مكان التوقيع هو صنعاء', 'place', 'صنعاء'],
];

describe('at the review, a field stated with its new value changes it', () => {
  it.each(RESTATED)('%s: "%s"', (lang, text, stepId, expected) => {
    const c = atReview(lang);
    c.send(text);
    expect(value(c, stepId)).toBe(expected);
    expect(c.pending).toBe('review');
    expect(c.text).toContain(
      tr(lang, 'flow:stale.changed', { field: tr(lang, `flow:label.${stepId}`), value: expected }),
    );
  });
});

const CONFIRMATIONS: Record<Lang, string> = {
  en: 'fine, draft it',
  fr: "c'est bon, vous pouvez rédiger la lettre",
  es: 'de acuerdo, redacte la carta',
  ru: 'хорошо, составьте письмо',
  zh: '好的，请起草信函',
  ar: 'حسنا، صغ الرسالة',
};

describe('a confirmation typed where a field is asked again is never its value', () => {
  it.each(Object.entries(CONFIRMATIONS) as [Lang, string][])('%s: "%s"', (lang, text) => {
    const c = atReview(lang);
    c.tap('edit:senderTitle');
    expect(c.pending).toBe('senderTitle');
    c.send(text);
    expect(value(c, 'senderTitle')).toBe('Rectora');
    expect(c.pending).toBe('review');
  });

  it.each(Object.entries(CONFIRMATIONS) as [Lang, string][])('%s: "%s" at the review', (lang, text) => {
    const c = atReview(lang);
    c.send(`${tr(lang, 'flow:label.senderTitle')} ${text}`);
    expect(value(c, 'senderTitle')).toBe('Rectora');
  });
});

type FieldRow = readonly [lang: Lang, stepId: string, text: string, expected: Record<string, string>];

const FIELDS: readonly FieldRow[] = [
  // "None", "not yet", "not needed" leave an optional field out.
  ['en', 'reference', "we don't have one yet", { reference: '' }],
  ['fr', 'reference', "pas de référence pour l'instant", { reference: '' }],
  ['es', 'reference', 'todavía no tenemos número de oficio', { reference: '' }],
  ['ru', 'reference', 'номера пока нет, пропустим', { reference: '' }],
  ['zh', 'reference', '暂时没有文号', { reference: '' }],
  ['ar', 'reference', 'لا يوجد رقم مرجعي', { reference: '' }],
  ['ru', 'senderPhone', 'телефон не нужен', { senderPhone: '' }],
  ['en', 'senderPhone', 'not needed', { senderPhone: '' }],
  ['fr', 'senderEmail', 'pas de courriel', { senderEmail: '' }],
  // The field's own name before the value is not part of it.
  ['en', 'reference', 'Reference: JM/2026/9', { reference: 'JM/2026/9' }],
  ['fr', 'reference', 'Référence : 2026-117', { reference: '2026-117' }],
  ['es', 'reference', 'Referencia: OF-2026-117', { reference: 'OF-2026-117' }],
  ['ru', 'reference', 'Номер: 01-15/2026', { reference: '01-15/2026' }],
  ['zh', 'reference', '文号：外字2026第9号', { reference: '外字2026第9号' }],
  ['ar', 'reference', 'رقم الإشارة: YEM/GVA/2026/117', { reference: 'YEM/GVA/2026/117' }],
  // A remark before or after the value is not part of it.
  ['en', 'senderName', 'Kevin Smith, as I said above', { senderName: 'Kevin Smith' }],
  ['es', 'senderName', 'Hugo Rojas Flores, ya lo dije arriba', { senderName: 'Hugo Rojas Flores' }],
  [
    'ru',
    'senderTitle',
    'я же писал выше — заместитель министра юстиции',
    { senderTitle: 'Заместитель министра юстиции' },
  ],
  ['fr', 'senderName', 'Awa Diop, comme je l’ai dit plus haut', { senderName: 'Awa Diop' }],
  ['zh', 'senderName', '王伟，我上面说过了', { senderName: '王伟' }],
  ['ar', 'senderName', 'زياد العلي، كما ذكرت سابقا', { senderName: 'زياد العلي' }],
  // A name with its title after a comma: the title is the next answer.
  [
    'zh',
    'senderName',
    '签署人：Asel Nurlanovna Bekova，副部长',
    { senderName: 'Asel Nurlanovna Bekova', senderTitle: '副部长' },
  ],
  // A yes before the text of a body field is not part of it.
  ['en', 'purpose', 'Yes, it is linked to our IP strategy', { purpose: 'It is linked to our IP strategy' }],
  [
    'fr',
    'purpose',
    "oui, c'est en lien avec notre stratégie",
    { purpose: "C'est en lien avec notre stratégie" },
  ],
  ['es', 'purpose', 'Sí, está ligado a la estrategia', { purpose: 'Está ligado a la estrategia' }],
  ['ru', 'purpose', 'Да, это связано со стратегией', { purpose: 'Это связано со стратегией' }],
  ['zh', 'purpose', '是的，与国家战略有关', { purpose: '与国家战略有关' }],
  ['ar', 'purpose', 'نعم، هذا مرتبط بالاستراتيجية', { purpose: 'هذا مرتبط بالاستراتيجية' }],
  // Only a telephone number where the e-mail is asked: it is the telephone.
  ['es', 'senderEmail', '+51 54 123456', { senderEmail: '', senderPhone: '+51 54 123456' }],
  ['ru', 'senderEmail', '+996 312 62 12 34', { senderEmail: '', senderPhone: '+996 312 62 12 34' }],
];

describe('what is typed into a letter field, as the letter prints it', () => {
  it.each(FIELDS)('%s at %s: "%s"', (lang, stepId, text, expected) => {
    const c = atField(lang, stepId);
    c.send(text);
    for (const [id, v] of Object.entries(expected)) expect(value(c, id)).toBe(v);
    expect(c.pending).not.toBe(stepId);
  });
});

describe('a text that is no telephone number is told so, whatever its length', () => {
  it.each([
    ['en', 'we would rather be contacted through the permanent mission in Geneva, by its usual channels'],
    ['fr', 'nous préférons être contactés par la mission permanente à Genève, par les voies habituelles'],
    ['es', 'preferimos que nos contacten a través de la misión permanente en Ginebra, por la vía habitual'],
    ['ru', 'мы предпочитаем, чтобы с нами связывались через постоянное представительство в Женеве'],
    ['zh', '我们希望通过常驻日内瓦代表团以通常渠道与我们联系，而不是打电话到办公室或者个人手机上'],
    ['ar', 'نفضل أن يتم التواصل معنا عبر البعثة الدائمة في جنيف بالطرق المعتادة وليس بالهاتف مباشرة'],
  ] as const)('%s', (lang, text) => {
    const c = atField(lang, 'senderPhone');
    c.send(text);
    expect(c.pending).toBe('senderPhone');
    expect(c.text).toContain(tr(lang, 'flow:hint.text.phone'));
    expect(c.text).not.toContain(tr(lang, 'flow:hint.text.too-long'));
  });
});

describe('at the review, the letter language changed in words', () => {
  it.each([
    ['en', 'the letter language should be English', 'en'],
    ['en', 'change the letter language to French', 'fr'],
    ['fr', "la langue de la lettre doit être l'anglais", 'en'],
    ['es', 'el idioma de la carta debe ser inglés', 'en'],
    ['ru', 'язык письма должен быть английский', 'en'],
    ['zh', '信函语言改为英文', 'en'],
    ['zh', '语言改成英语', 'en'],
    ['ar', 'لغة الرسالة يجب أن تكون الإنجليزية', 'en'],
    ['ar', 'غيّر لغة الرسالة إلى الإنكليزية', 'en'],
  ] as const)('%s: "%s"', (lang, text, expected) => {
    const c = atReview(lang);
    c.send(text);
    expect(value(c, 'letterLang')).toBe(expected);
    expect(c.pending).toBe('review');
  });
});
