// The e-mail and the telephone typed after the field's name, as officials type them in each
// language ("电子邮件：…", "البريد الإلكتروني: …", "Эл. почта: …"): the name is no part of the
// address, and the next message answers the next question.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { REVIEW_FIELDS, atLetterStep } from '../helpers/flow.js';

const EMAIL = 'ipd@moc.gov.kh';
const PHONE = '+996 312 62 33 44';

// [lang, e-mail typed with its label, telephone typed with its label]
const LABELLED: readonly [Lang, string, string][] = [
  ['zh', `电子邮件：${EMAIL}`, `电话：${PHONE}`],
  ['ar', `البريد الإلكتروني:${EMAIL}`, `الهاتف: ${PHONE}`],
  ['en', `Email:${EMAIL}`, `Tel: ${PHONE}`],
  ['fr', `Courriel : ${EMAIL}`, `Téléphone : ${PHONE}`],
  ['ru', `Эл. почта: ${EMAIL}`, `Тел.: ${PHONE}`],
  ['es', `Correo: ${EMAIL}`, `Teléfono: ${PHONE}`],
];

const value = (c: ReturnType<typeof atLetterStep>, id: string) => c.state?.answers[id]?.value;

describe('contact details typed after their label', () => {
  it.each(LABELLED)('%s: the e-mail, then the telephone', (lang, email, phone) => {
    const c = atLetterStep(lang, REVIEW_FIELDS, 'senderEmail');
    c.send(email);
    expect(value(c, 'senderEmail')).toBe(EMAIL);
    expect(c.pending).toBe('senderPhone');
    c.send(phone);
    expect(value(c, 'senderPhone')).toBe(PHONE);
    expect(value(c, 'senderEmail')).toBe(EMAIL);
    expect(c.pending).toBe('purpose');
  });

  it.each(LABELLED)(
    '%s: the telephone alone, with its label, where the e-mail is asked',
    (lang, _e, phone) => {
      const c = atLetterStep(lang, REVIEW_FIELDS, 'senderEmail');
      c.send(phone);
      expect(value(c, 'senderPhone')).toBe(PHONE);
      expect(value(c, 'senderEmail')).toBe('');
      expect(c.pending).toBe('purpose');
    },
  );

  it.each(LABELLED)('%s: both in one message', (lang, email, phone) => {
    const c = atLetterStep(lang, REVIEW_FIELDS, 'senderEmail');
    c.send(`${email}${lang === 'zh' ? '，' : lang === 'ar' ? '، ' : '; '}${phone}`);
    expect(value(c, 'senderEmail')).toBe(EMAIL);
    expect(value(c, 'senderPhone')).toBe(PHONE);
  });
});
