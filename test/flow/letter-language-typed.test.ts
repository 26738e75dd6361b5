// The letter's language named in a typed message ("…et la lettre en anglais svp") is taken as the
// letter-language answer, said back, left out of the need, and the question is not asked; a
// language named for anything else (a course, the language people speak) is not, in six languages.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { letterLanguageNamed } from '../../src/flow/understand/letter-language.js';
import { Conversation, flowContext, tr } from '../helpers/flow.js';

const ctx = flowContext('2026-12-04');

/** Openings that name the letter's language, with the need they leave and the language. */
const NAMED: Record<Lang, readonly (readonly [string, Lang, string])[]> = {
  en: [
    [
      'We are the IP office of Kenya, we need training for patent examiners from October 2027 and we would like the request letter in French',
      'fr',
      'training for patent examiners',
    ],
    [
      'Our university in Ghana wants a technology and innovation support centre. Please draft the letter in Spanish.',
      'es',
      'technology and innovation support centre',
    ],
  ],
  fr: [
    [
      "Bonjour, je suis la directrice de l'office de la propriété industrielle du Sénégal, nous voulons une formation des examinateurs de brevets en mars 2027 et la lettre en anglais svp",
      'en',
      'formation des examinateurs de brevets',
    ],
    [
      "Notre université au Bénin veut créer un centre d'appui à la technologie et à l'innovation ; nous souhaitons la lettre de demande en arabe.",
      'ar',
      "centre d'appui à la technologie",
    ],
  ],
  es: [
    [
      'Somos la oficina de propiedad industrial de Bolivia, necesitamos capacitar a los examinadores de patentes y la carta en inglés, por favor',
      'en',
      'examinadores de patentes',
    ],
    [
      'Queremos un centro de apoyo a la tecnología y la innovación en la universidad. Quisiéramos la carta de solicitud en francés.',
      'fr',
      'centro de apoyo a la tecnología',
    ],
  ],
  ru: [
    [
      'Мы патентное ведомство Кыргызстана, нам нужно обучение патентных экспертов и письмо на английском языке',
      'en',
      'обучение патентных экспертов',
    ],
    [
      'Мы хотим создать центр поддержки технологий и инноваций. Письмо-запрос, пожалуйста, на французском.',
      'fr',
      'центр поддержки технологий',
    ],
  ],
  zh: [
    ['我们是肯尼亚知识产权局，需要专利审查员培训，请用英文起草申请函', 'en', '专利审查员培训'],
    ['我们想建立技术与创新支持中心。信函请用法文。', 'fr', '技术与创新支持中心'],
  ],
  ar: [
    [
      'نحن مكتب الملكية الصناعية في المغرب ونحتاج إلى تدريب فاحصي البراءات، ونرجو أن تكون الرسالة باللغة الإنجليزية',
      'en',
      'تدريب فاحصي البراءات',
    ],
    ['نريد إنشاء مركز لدعم التكنولوجيا والابتكار. الرسالة بالفرنسية من فضلكم', 'fr', 'مركز لدعم التكنولوجيا'],
  ],
};

/** Languages named for something else than the letter: none is the letter's. */
const NOT_NAMED: Record<Lang, readonly string[]> = {
  en: [
    'We need a training course in English for our patent examiners',
    'We speak English at the office and need help with a patent law',
    'We will send the letter later; the seminar itself should be in English',
  ],
  fr: [
    'Nous voulons une formation en anglais pour nos examinateurs',
    'Nous parlons anglais et voulons une lettre pour la formation en anglais',
    'Nous voulons un atelier en espagnol pour les artisans',
  ],
  es: [
    'Necesitamos un curso en inglés para los examinadores',
    'Nuestra oficina trabaja en español y necesita una carta para el taller en inglés',
    'Queremos un seminario en francés sobre marcas',
  ],
  ru: [
    'Нам нужен курс на английском языке для экспертов',
    'Мы говорим по-русски и хотим семинар по товарным знакам',
    'Нужно письмо про обучение на английском языке',
  ],
  zh: [
    '我们需要英语培训，帮助专利审查员',
    '我们说中文，需要商标方面的研讨会',
    '申请函的事情以后再说，我们需要法语课程',
  ],
  ar: [
    'نحتاج إلى دورة باللغة الإنجليزية لفاحصي البراءات',
    'نتحدث العربية ونريد ندوة عن العلامات التجارية',
    'نريد رسالة بشأن التدريب باللغة الفرنسية',
  ],
};

describe.each(LANGS)('the letter language named in a typed message, in %s', (lang) => {
  it.each(NAMED[lang].map((row) => [row[0], row] as const))('takes it from "%s"', (_text, row) => {
    const [text, letterLang, needPart] = row;
    const c = new Conversation(ctx);
    c.send({ start: true, locale: lang });
    c.send(text);
    expect(c.state?.answers.letterLang?.value).toBe(letterLang);
    // Said back with the other facts of the message.
    expect(c.text).toContain(tr(lang, 'flow:label.letterLang'));
    // The need is what to search for, without the clause about the letter.
    const need = String(c.state?.answers.need?.value ?? '');
    expect(need).toContain(needPart);
    for (const word of ['lettre', 'letter', 'carta', 'письмо', 'Письмо', '申请函', '信函', 'الرسالة'])
      expect(need).not.toContain(word);
  });

  it.each(NOT_NAMED[lang])('does not take one from "%s"', (text) => {
    expect(letterLanguageNamed(ctx, text)).toBeUndefined();
    const c = new Conversation(ctx);
    c.send({ start: true, locale: lang });
    c.send(text);
    expect(c.state?.answers.letterLang).toBeUndefined();
  });
});

describe('the letter drafted in the language named at the start', () => {
  it.each([
    ['fr', NAMED.fr[0]![0], 'en'],
    ['zh', NAMED.zh[0]![0], 'en'],
    ['ar', NAMED.ar[0]![0], 'en'],
  ] as const)('in %s: the letter-language question is not asked', (lang, text, letterLang) => {
    const c = new Conversation(ctx);
    c.send({ start: true, locale: lang });
    c.send(text);
    // The first program offered, then the letter.
    const program = c.choices().find((v) => !['new-search', 'why'].includes(v) && !v.startsWith('goal:'))!;
    c.tap(program);
    if (c.choices().includes('goal:letter')) c.tap('goal:letter');
    const asked: string[] = [];
    for (let n = 0; n < 40 && c.pending && c.pending !== 'senderName'; n++) {
      asked.push(c.pending);
      const offered = c.choices().filter((v) => v !== 'why');
      c.tap(offered.includes('yes') ? 'yes' : offered[0]!);
    }
    expect(asked).not.toContain('letterLang');
    expect(c.pending).toBe('senderName');
    expect(c.state?.answers.letterLang?.value).toBe(letterLang);
  });
});
