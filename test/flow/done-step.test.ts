// Just after a task is finished ("What next? 1. Draft my letter 2. Find a program 3. Main menu"):
// thanks are returned, a question is answered, and text not understood says so, each with the
// same next moves (not the main menu); "2" still picks the second; a need typed starts a search.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { onlyThanks } from '../../src/flow/understand/thanks.js';
import { Conversation, flowContext, tr, TISC_NEED } from '../helpers/flow.js';

function atDone(lang: Lang): Conversation {
  const c = new Conversation(flowContext('2026-12-03'));
  c.send({ start: true, locale: lang });
  c.tap('goal:check');
  c.send('SN');
  c.tap('university');
  c.send('IPAS');
  c.tap('ipas');
  c.drive({
    formalRequest: { tap: 'yes' },
    partOfPlan: { tap: 'no' },
    nationalNeeds: { tap: 'yes' },
    readiness: { tap: 'yes' },
    start: { tap: '2027-07-01' },
  });
  expect(c.pending).toBeUndefined();
  expect(c.choices()).toEqual(['goal:letter', 'goal:find', 'menu']);
  return c;
}

const ROWS: Record<Lang, { thanks: string; gibberish: string; question: string }> = {
  en: {
    thanks: 'ok, thank you very much for your help!',
    gibberish: 'asdfgh qwerty',
    question: 'What is a note verbale?',
  },
  fr: {
    thanks: "D'accord, merci beaucoup !",
    gibberish: 'asdfgh qwerty',
    question: "Qu'est-ce qu'une note verbale ?",
  },
  es: {
    thanks: 'Vale, muchas gracias por su ayuda',
    gibberish: 'asdfgh qwerty',
    question: '¿Qué es una nota verbal?',
  },
  ru: {
    thanks: 'Хорошо, большое спасибо!',
    gibberish: 'asdfgh qwerty',
    question: 'Что такое вербальная нота?',
  },
  zh: { thanks: '好的，谢谢！', gibberish: 'asdfgh qwerty', question: '什么是普通照会？' },
  ar: { thanks: 'حسنا، شكرا جزيلا', gibberish: 'asdfgh qwerty', question: 'ما هي المذكرة الشفوية؟' },
};

describe.each(LANGS)('after a finished check in %s', (lang) => {
  const row = ROWS[lang];
  const nextMoves = ['goal:letter', 'goal:find', 'menu'];

  it('returns thanks and keeps the next moves', () => {
    const c = atDone(lang);
    c.send(row.thanks);
    expect(c.text).toContain(tr(lang, 'flow:done.thanks'));
    expect(c.choices()).toEqual(nextMoves);
    // The numbers still mean the same buttons: "1" drafts the letter.
    c.send('1');
    expect(c.state?.goal).toBe('letter');
  });

  it('says what it did not understand and keeps the next moves', () => {
    const c = atDone(lang);
    c.send(row.gibberish);
    expect(c.text).toContain(tr(lang, 'flow:done.not-understood'));
    expect(c.choices()).toEqual(nextMoves);
  });

  it('answers a question, then offers the next moves again', () => {
    const c = atDone(lang);
    c.send(row.question);
    expect(c.last.length).toBe(2);
    expect(c.last[1]!.text).toBe(tr(lang, 'flow:done.next'));
    expect(c.choices()).toEqual(nextMoves);
  });

  it('still takes a new need typed as a new search', () => {
    const c = atDone(lang);
    c.send(TISC_NEED[lang]);
    expect(c.state?.answers.need?.value).toBe(TISC_NEED[lang]);
    expect(c.text).not.toContain(tr(lang, 'flow:done.not-understood'));
  });

  it('once the main menu is shown, thanks keep the menu', () => {
    const c = atDone(lang);
    c.tap('menu');
    c.send(row.thanks);
    expect(c.text).toContain(tr(lang, 'flow:done.thanks'));
    expect(c.choices()).toContain('goal:check');
  });
});

describe('onlyThanks', () => {
  const ctx = flowContext();
  it.each([
    'thanks',
    'Thank you so much!',
    'merci',
    'Merci bien, parfait',
    'gracias',
    'спасибо',
    'Благодарю за помощь',
    '谢谢',
    '非常感谢您的帮助',
    'شكرًا',
  ])('"%s" only thanks', (text) => expect(onlyThanks(ctx, text)).toBe(true));

  it.each([
    'ok',
    'great',
    'thanks, and now the letter in English',
    'merci de rédiger la lettre',
    'спасибо, а как связаться с бюро?',
    '谢谢，我们还想申请培训',
    'gracias por la información sobre el PCT y las bases de datos de patentes',
    '',
  ])('"%s" says more than thanks', (text) => expect(onlyThanks(ctx, text)).toBe(false));
});
