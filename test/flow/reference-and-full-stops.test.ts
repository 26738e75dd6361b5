// Letter fields typed as sentences, as officials type them: the reference after "Our reference
// is", "Наш исходящий номер", "我们的文号是" is the reference alone; a name, title, institution or
// city loses the full stop that ended its sentence ("Бишкек." → "Бишкек"), while an initial,
// "S.A." or "Inc." keeps its own.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { REVIEW_FIELDS, atLetterStep } from '../helpers/flow.js';

const answerAt = (lang: Lang, stepId: string, text: string) => {
  const c = atLetterStep(lang, REVIEW_FIELDS, stepId);
  c.send(text);
  return { value: c.state?.answers[stepId]?.value, pending: c.pending };
};

describe('a reference typed in a sentence', () => {
  it.each<[Lang, string, string]>([
    ['ru', 'Наш исходящий номер ASPIT/DG/2026-14', 'ASPIT/DG/2026-14'],
    ['ru', 'Исходящий номер письма: 12/3-456', '12/3-456'],
    ['zh', '我们的文号是 MOC/IPD/2026/7', 'MOC/IPD/2026/7'],
    ['zh', '本函文号为：商知〔2026〕7号', '商知〔2026〕7号'],
    ['ar', 'المرجع هو MOC/IPD/2026/7', 'MOC/IPD/2026/7'],
    ['ar', 'رقم إشارتنا هو 2026/45', '2026/45'],
    ['en', 'Our reference is MOC/IPD/2026/7.', 'MOC/IPD/2026/7'],
    ['en', 'our ref: ipo-2026-07', 'ipo-2026-07'],
    ['fr', 'Notre référence est MOC/IPD/2026/7', 'MOC/IPD/2026/7'],
    ['fr', 'Réf. UCAD/R/2026-114', 'UCAD/R/2026-114'],
    ['es', 'Nuestra referencia es MOC/IPD/2026/7', 'MOC/IPD/2026/7'],
    ['es', 'El número de oficio es 045-2026-INDECOPI', '045-2026-INDECOPI'],
  ])('%s: "%s" → %s', (lang, text, reference) => {
    expect(answerAt(lang, 'reference', text)).toEqual({ value: reference, pending: 'senderEmail' });
  });

  // A reference that opens with such a word is the reference itself.
  it.each<[Lang, string]>([
    ['en', 'REF/1'],
    ['fr', 'RÉF-2026-3'],
    ['es', 'Oficio-2026/117'],
    ['ru', 'Номер-17/2026'],
    ['ar', 'KH/2026/3'],
    ['zh', '2026-7'],
  ])('%s: "%s" stays as typed', (lang, text) => {
    expect(answerAt(lang, 'reference', text).value).toBe(text);
  });
});

describe('a value that ended a sentence', () => {
  it.each<[Lang, string, string, string]>([
    ['ru', 'place', 'Бишкек.', 'Бишкек'],
    ['ru', 'senderTitle', 'Заместитель министра.', 'Заместитель министра'],
    ['en', 'place', 'The city is Geneva.', 'Geneva'],
    ['en', 'institution', 'Ministry of Commerce.', 'Ministry of Commerce'],
    ['fr', 'senderName', 'Aminata Diallo.', 'Aminata Diallo'],
    ['fr', 'place', 'Thiès.', 'Thiès'],
    ['es', 'senderTitle', 'Viceministra de Comercio.', 'Viceministra de Comercio'],
    ['es', 'place', 'Cusco.', 'Cusco'],
    ['ar', 'place', 'القاهرة.', 'القاهرة'],
    ['ar', 'institution', 'وزارة التجارة.', 'وزارة التجارة'],
    ['zh', 'place', '比什凯克。', '比什凯克'],
    ['zh', 'institution', '商务部知识产权局。', '商务部知识产权局'],
  ])('%s %s: "%s" → %s', (lang, stepId, text, value) => {
    expect(answerAt(lang, stepId, text).value).toBe(value);
  });

  it.each<[Lang, string, string]>([
    ['en', 'institution', 'Acme Inc.'],
    ['en', 'institution', 'We are Acme Inc.'],
    ['es', 'institution', 'Industrias Andinas S.A.'],
    ['fr', 'senderName', 'Diallo A.'],
    ['ru', 'senderName', 'Иванов И.И.'],
    ['zh', 'institution', 'Huawei Technologies Co.'],
    ['ar', 'senderName', 'د. م.'],
  ])('%s %s: "%s" keeps its abbreviation', (lang, stepId, text) => {
    const { value } = answerAt(lang, stepId, text);
    expect(value).toMatch(/\.$/u);
    expect(text.endsWith(String(value))).toBe(true);
  });
});
