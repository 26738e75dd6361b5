// Names, titles, institutions and places typed as a sentence: the lead-in goes, the answer stays.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { TEXT_FIELDS, cleanTextAnswer, type TextField } from '../../../src/flow/understand/text-answer.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();
type Row = readonly [field: TextField, text: string, expected: string];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['senderName', 'The signatory is Prof. Y', 'Prof. Y'],
    ['senderName', 'it will be signed by Dr Z', 'Dr Z'],
    ['senderName', 'My name is Amina Hassan.', 'Amina Hassan'],
    [
      'senderTitle',
      'I am the Director General of the National IP Office',
      'Director General of the National IP Office',
    ],
    [
      'senderTitle',
      'Director General of the National IP Office',
      'Director General of the National IP Office',
    ],
    ['institution', "We're the University of Dodoma", 'University of Dodoma'],
    ['institution', 'the Ministry of Trade', 'the Ministry of Trade'],
    ['onBehalfOf', 'on behalf of the Ministry of Education', 'Ministry of Education'],
    ['place', 'in nairobi', 'Nairobi'],
    ['place', 'Dar es Salaam', 'Dar es Salaam'],
    ['senderName', 'Prof. Y', 'Prof. Y'],
    ['senderName', 'The signatory is', 'The signatory is'],
  ],
  fr: [
    ['senderName', 'Le signataire sera M. Diallo', 'M. Diallo'],
    ['senderName', 'Elle sera signée par Mme Traoré.', 'Mme Traoré'],
    ['institution', "C'est le ministère du Commerce", 'Ministère du Commerce'],
    [
      'institution',
      "Nous sommes l'Office burkinabè de la propriété industrielle",
      'Office burkinabè de la propriété industrielle',
    ],
    ['senderTitle', 'Je suis le directeur général', 'Directeur général'],
    ['onBehalfOf', 'au nom du ministère de la Culture', 'Ministère de la Culture'],
    ['place', 'à Ouagadougou', 'Ouagadougou'],
    ['institution', 'Ministère du Commerce', 'Ministère du Commerce'],
    ['senderTitle', 'Directeur général de l’Office national', 'Directeur général de l’Office national'],
  ],
  es: [
    ['senderName', 'El firmante es el Dr. Pérez', 'Dr. Pérez'],
    ['senderName', 'Lo firmará la ministra Gómez', 'La ministra Gómez'],
    ['institution', 'Es el Ministerio de Comercio', 'Ministerio de Comercio'],
    ['institution', 'Somos la Universidad Nacional de Asunción', 'Universidad Nacional de Asunción'],
    ['senderTitle', 'Soy el director del INAPI', 'Director del INAPI'],
    ['onBehalfOf', 'en nombre del Ministerio de Cultura', 'Ministerio de Cultura'],
    ['place', 'en Lima', 'Lima'],
    ['institution', 'Universidad de Chile', 'Universidad de Chile'],
  ],
  ru: [
    ['senderName', 'Подписывает министр Иванов', 'Министр Иванов'],
    ['senderName', 'Письмо подпишет Петров П. П.', 'Петров П. П.'],
    ['senderName', 'Меня зовут Айгуль Садыкова', 'Айгуль Садыкова'],
    ['senderTitle', 'Должность: директор Кыргызпатента', 'Директор Кыргызпатента'],
    ['institution', 'Мы — Министерство экономики', 'Министерство экономики'],
    ['onBehalfOf', 'от имени Министерства юстиции', 'Министерства юстиции'],
    ['place', 'город Бишкек', 'Бишкек'],
    [
      'institution',
      'Государственное агентство интеллектуальной собственности',
      'Государственное агентство интеллектуальной собственности',
    ],
  ],
  zh: [
    ['institution', '我是某某大学的', '某某大学'],
    ['institution', '我们是国家知识产权局', '国家知识产权局'],
    ['senderName', '签署人是王教授', '王教授'],
    ['senderName', '由王教授签署', '王教授'],
    ['senderTitle', '职务是局长', '局长'],
    ['onBehalfOf', '代表教育部', '教育部'],
    ['place', '地点是达累斯萨拉姆', '达累斯萨拉姆'],
    ['institution', '国家知识产权局', '国家知识产权局'],
  ],
  ar: [
    ['senderName', 'الموقع هو الدكتور أحمد علي', 'الدكتور أحمد علي'],
    ['senderName', 'سيوقع الرسالة الوزير', 'الوزير'],
    ['senderName', 'اسمي فاطمة', 'فاطمة'],
    ['senderTitle', 'المنصب: المدير العام', 'المدير العام'],
    ['institution', 'نحن وزارة التجارة', 'وزارة التجارة'],
    ['onBehalfOf', 'نيابة عن وزارة الثقافة', 'وزارة الثقافة'],
    ['place', 'في الخرطوم', 'الخرطوم'],
    ['institution', 'المكتب المغربي للملكية الصناعية والتجارية', 'المكتب المغربي للملكية الصناعية والتجارية'],
  ],
};

describe.each(LANGS)('cleanTextAnswer in %s', (lang) => {
  it.each(TABLE[lang])('%s: %s', (field, text, expected) => {
    expect(cleanTextAnswer(ctx, field, text)).toBe(expected);
  });
});

describe('cleanTextAnswer', () => {
  it('removes only the lead-ins of the field asked', () => {
    expect(cleanTextAnswer(ctx, 'place', 'The signatory is Prof. Y')).toBe('The signatory is Prof. Y');
    expect(cleanTextAnswer(ctx, 'senderName', 'in Nairobi')).toBe('in Nairobi');
  });

  it('never throws and trims what it keeps', () => {
    for (const field of TEXT_FIELDS) {
      for (const text of [
        '',
        '🙂',
        '\ud800',
        '\u200f',
        'x'.repeat(10_000),
        'the signatory is '.repeat(500),
      ]) {
        expect(() => cleanTextAnswer(ctx, field, text)).not.toThrow();
      }
      expect(cleanTextAnswer(ctx, field, '  Prof. Y  ')).toBe('Prof. Y');
    }
  });
});
