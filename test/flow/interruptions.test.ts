// Interruptions at any step, invalid answers, the hand-off, language switching and editing from
// the review screen — in all six languages, with the words of each language.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName, formatMonth } from '../../src/present/format.js';
import { nativeLanguageName } from '../../src/flow/choices.js';
import { Conversation, REVIEW_FIELDS, TISC_NEED, atLetterStep, tr } from '../helpers/flow.js';
import { unitView } from '../../src/present/route.js';

/** "What does the LDC Division do?", as typed in each language. */
const LDC_QUESTION: Record<Lang, string> = {
  en: 'what does the LDC Division do?',
  fr: 'Que fait la Division des PMA ?',
  es: '¿Qué hace la División de PMA?',
  ru: 'Чем занимается Отдел НРС?',
  zh: '最不发达国家司负责什么？',
  ar: 'ماذا تفعل شعبة البلدان الأقل نموا؟',
};

/** "Why do you need to know this?", as typed in each language. */
const WHY_ASKED: Record<Lang, string> = {
  en: 'why do you need to know this?',
  fr: 'Pourquoi avez-vous besoin de le savoir ?',
  es: '¿Por qué necesitan saberlo?',
  ru: 'Зачем вам это знать?',
  zh: '为什么需要知道这个？',
  ar: 'لماذا تحتاجون إلى معرفة ذلك؟',
};

/** How people name the letter task in a sentence of their own. */
const LETTER_TASK: Record<Lang, string> = {
  en: 'I want to write a letter',
  fr: 'Rédiger la lettre',
  es: 'Redactar la carta',
  ru: 'Хочу составить письмо',
  zh: '起草一份请求信',
  ar: 'نريد صياغة رسالة',
};

const word = (lang: Lang, key: string) =>
  (tr(lang, `commands:${key}`, { returnObjects: true }) as unknown as string[])[0]!;

/** A conversation at the program list, for a need that finds TISC (Senegal, a university). */
function atProgramList(lang: Lang): Conversation {
  const c = atRequester(lang);
  c.tap('university');
  c.send(TISC_NEED[lang]);
  expect(c.pending).toBe('program');
  return c;
}

/** A conversation at the requester question, Senegal chosen. */
function atRequester(lang: Lang): Conversation {
  const c = new Conversation();
  c.send({ start: true, locale: lang });
  c.tap('goal:find');
  c.send('SN');
  expect(c.pending).toBe('requester');
  return c;
}

describe.each(LANGS)('interruptions in %s', (lang) => {
  const question = (c: Conversation, step: string) =>
    tr(lang, `flow:q.${step}`, { country: countryName('SN', lang), program: '', start: '' });

  it('help and why answer, then ask the same question again', () => {
    const c = atRequester(lang);
    c.send(word(lang, 'command.help'));
    expect(c.text).toContain(tr(lang, 'common:help'));
    expect(c.pending).toBe('requester');
    expect(c.text).toContain(question(c, 'requester'));
    c.send(word(lang, 'command.why'));
    expect(c.text).toContain(tr(lang, 'flow:why.requester'));
    expect(c.pending).toBe('requester');
    c.tap('why');
    expect(c.text).toContain(tr(lang, 'flow:why.requester'));
  });

  it('back returns to the previous question and forgets its answer', () => {
    const c = atRequester(lang);
    c.tap('government');
    expect(c.pending).toBe('need');
    c.send(word(lang, 'command.back'));
    expect(c.pending).toBe('requester');
    expect(c.state?.answers.requester).toBeUndefined();
    c.send(word(lang, 'command.back'));
    expect(c.pending).toBe('country');
  });

  it('cancel goes to the menu keeping the answers; the task resumes where it was', () => {
    const c = atRequester(lang);
    c.send(word(lang, 'command.cancel'));
    expect(c.text).toContain(tr(lang, 'common:cancelled'));
    expect(c.pending).toBeUndefined();
    expect(c.state?.answers.country?.value).toBe('SN');
    c.tap('goal:find');
    expect(c.pending).toBe('requester');
  });

  it('back after a verdict reopens that task at its last question', () => {
    const c = atRequester(lang);
    c.tap('university');
    c.send('IPAS');
    c.tap('ipas');
    c.tap('goal:contact');
    expect(c.pending).toBeUndefined();
    c.send(word(lang, 'command.back'));
    expect(c.state?.goal).toBe('contact');
    expect(c.pending).toBe('country');
  });

  it('start over clears every answer', () => {
    const c = atRequester(lang);
    c.send(word(lang, 'command.restart'));
    expect(c.text).toContain(tr(lang, 'common:restarted'));
    expect(c.state?.answers).toEqual({});
    expect(c.state?.lang).toBe(lang);
  });

  it('switches language mid-path, keeps the answers and asks the question again in the new language', () => {
    const c = atRequester(lang);
    const other: Lang = lang === 'ar' ? 'zh' : 'ar';
    c.send(nativeLanguageName(other));
    expect(c.state?.lang).toBe(other);
    expect(c.state?.answers.country?.value).toBe('SN');
    expect(c.pending).toBe('requester');
    expect(c.text).toContain(tr(other, 'flow:q.requester'));
    expect(c.last.at(-1)?.dir).toBe(other === 'ar' ? 'rtl' : 'ltr');
  });

  it('re-asks invalid answers with a hint at each kind of step, and hands off after three failures', () => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    c.tap('goal:check');
    c.send('Qwxyzzz');
    expect(c.text).toContain(tr(lang, 'flow:hint.country'));
    c.send('SN');
    c.send('???');
    expect(c.text).toContain(tr(lang, 'flow:hint.choice'));
    c.tap('ip-office');
    c.send('x');
    expect(c.text).toContain(tr(lang, 'flow:hint.text.too-short'));
    c.send('zzqv xxkw qqpl');
    expect(c.text).toContain(tr(lang, 'flow:hint.no-match'));
    c.tap('browse');
    c.tap('c');
    c.tap(c.choices()[0]!);
    c.send('42');
    expect(c.pending).toBe('formalRequest');
    expect(c.text).toContain(tr(lang, 'flow:hint.yes-no'));
    c.send('42');
    c.send('42');
    // Third failure in a row: no loop, a person to write to.
    expect(c.text).toContain(
      tr(lang, 'common:handoff', {
        unit: unitView(c.ctx.knowledge, 'rb-africa', c.ctx.today, lang, (k, v) => tr(lang, k, v)).name,
        address: tr(lang, 'routing:postal', { street: '34, chemin des Colombettes' }),
      }),
    );
    expect(c.choices()).toEqual(expect.arrayContaining(['menu', 'goal:contact']));
    c.tap('retry');
    expect(c.pending).toBe('formalRequest');
    for (const a of ['yes', 'no', 'yes', 'yes']) c.tap(a);
    expect(c.pending).toBe('start');
    c.send('31/02/2027');
    expect(c.text).toContain(tr(lang, 'flow:hint.date', { example: tr(lang, 'flow:start.example') }));
    c.send('01/01/2026');
    expect(c.text).toContain(tr(lang, 'flow:hint.date-past'));
  });

  it('accepts a card submission with a value and no text', () => {
    const c = atRequester(lang);
    c.send({ value: { choice: 'university' } });
    expect(c.pending).toBe('need');
  });

  it('refuses text with control characters or beyond the limit, keeping the conversation going', () => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    c.tap('goal:letter');
    c.send('SN');
    c.tap('government');
    c.send('IPAS');
    c.tap('ipas');
    c.tap('no');
    c.tap('2027-07-01');
    c.tap('en');
    c.send('A\u0007B name');
    expect(c.text).toContain(tr(lang, 'flow:hint.text.control-characters'));
    c.send('x'.repeat(500));
    expect(c.text).toContain(tr(lang, 'flow:hint.text.too-long'));
    expect(c.pending).toBe('senderName');
  });

  it('edits an answer from the review screen and recomputes what depends on it', () => {
    const c = atReview(lang);
    // Change the start to a date that is too close: the lead-time question comes back before the review.
    c.tap('edit:start');
    expect(c.pending).toBe('start');
    c.send(formatMonth('2027-02-01', lang));
    expect(c.pending).toBe('startAccept');
    c.tap('keep');
    expect(c.pending).toBe('review');
    expect(c.last.at(-1)?.facts?.map((f) => f.value)).toContain(formatMonth('2027-02-01', lang));
    // Change the country: the review shows the new one and the letter goes with it.
    c.tap('edit:country');
    c.send('NP');
    expect(c.pending).toBe('review');
    expect(c.last.at(-1)?.facts?.map((f) => f.value)).toContain(countryName('NP', lang));
    c.tap('draft');
    expect(c.effects).toMatchObject([
      { kind: 'draft-letter', input: { country: 'NP', date: '2027-02-01', lang: 'es' } },
    ]);
  });
});

/** A conversation at the review screen (Senegal, a university, IPAS, a letter in Spanish). */
const atReview = (lang: Lang): Conversation => atLetterStep(lang, { ...REVIEW_FIELDS, reference: 'ninguna' });

describe('the review screen, typed', () => {
  it.each([
    ['en', 'all good, please draft the letter'],
    ['en', 'Looks good. Go ahead.'],
    ['fr', 'Tout est bon, rédigez la lettre'],
    ['es', 'todo está bien, redacte la carta'],
    ['ru', 'Всё верно, составьте письмо'],
    ['zh', '都对了，请起草信函'],
    ['ar', 'كل شيء صحيح، صغ الرسالة'],
    ['en', 'Please draft the letter'],
    ['fr', 'Rédigez la lettre'],
    ['es', 'Redacte la carta, por favor'],
    ['ru', 'Составьте письмо'],
    ['zh', '请起草信函'],
    ['ar', 'صغ الرسالة من فضلك'],
  ] as const)('%s: "%s" drafts the letter (the letter named is not its type to change)', (lang, text) => {
    const c = atReview(lang);
    c.send(text);
    expect(c.effects).toMatchObject([{ kind: 'draft-letter', input: { country: 'SN', lang: 'es' } }]);
  });

  it.each([
    ['en', 'no, do not draft the letter yet'],
    ['es', 'no, todavía no redacte la carta'],
  ] as const)('%s: "%s" does not draft', (lang, text) => {
    const c = atReview(lang);
    c.send(text);
    expect(c.effects).toEqual([]);
  });
});

describe('language from the channel', () => {
  it('asks for the language in all six when the locale is not a UN language', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'de-DE' });
    expect(c.choices()).toEqual(LANGS.map((l) => `lang:${l}`));
    for (const l of LANGS) expect(c.text).toContain(tr(l, 'common:choose-language'));
    c.tap('lang:ru');
    expect(c.state?.lang).toBe('ru');
    expect(c.text).toContain(tr('ru', 'common:greeting'));
  });

  it('takes the Teams locale when it is one of the six', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'zh-CN' });
    expect(c.state?.lang).toBe('zh');
  });

  it('switches task when another task is typed in the middle of one, keeping the answers', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'en' });
    c.tap('goal:find');
    c.send('SN');
    expect(c.pending).toBe('requester');
    c.send(word('es', 'intent.contact'));
    expect(c.state?.goal).toBeUndefined(); // contact needs only the country: answered at once
    expect(c.text).toContain(tr('en', 'flow:route.title'));
    expect(c.state?.answers.country?.value).toBe('SN');
  });

  it.each(LANGS)('at the program list, a task named in %s starts it instead of a new search', (lang) => {
    const c = atProgramList(lang);
    expect(c.pending).toBe('program');
    c.send(LETTER_TASK[lang]);
    expect(c.state?.goal).toBe('letter');
    expect(c.state?.answers.need?.value).toBe(TISC_NEED[lang]);
    expect(c.pending).toBe('program');
    expect(c.choices()).toContain('tisc');
  });

  it.each(LANGS)('at the program list, a question in %s is answered and the list stays', (lang) => {
    const c = atProgramList(lang);
    const offered = c.choices();
    c.send(LDC_QUESTION[lang]);
    expect(c.text).toContain(c.ctx.knowledge.unitById.get('ldc-division')!.name[lang]);
    expect(c.pending).toBe('program');
    expect(c.state?.answers.need?.value).toBe(TISC_NEED[lang]);
    expect(c.choices()).toEqual(offered);
  });

  it.each([
    ['en', 'yes, we have an official request'],
    ['fr', 'oui, nous avons une demande officielle'],
    ['es', 'sí, tenemos una solicitud oficial'],
    ['ru', 'да, есть официальный запрос'],
    ['zh', '是的，我们有正式请求'],
    ['ar', 'نعم، لدينا طلب رسمي'],
  ] as const)(
    'at the program list, "%s" %s is not a new search: the same list is asked again',
    (lang, text) => {
      const c = atProgramList(lang);
      const offered = c.choices();
      c.send(text);
      expect(c.pending).toBe('program');
      expect(c.state?.answers.need?.value).toBe(TISC_NEED[lang]);
      expect(c.choices()).toEqual(offered);
      expect(c.text).toContain(tr(lang, 'flow:hint.choice'));
    },
  );

  it.each([
    ['fr', 'je sais pas trop'],
    ['en', 'yes'],
    ['ru', 'да, конечно'],
    ['zh', '不知道'],
  ] as const)('at the menu, a bare answer in %s ("%s") is not searched', (lang, text) => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    c.send(text);
    expect(c.pending).toBeUndefined();
    expect(c.state?.answers.need).toBeUndefined();
    expect(c.text).toContain(tr(lang, 'common:not-understood-menu'));
  });

  it('an opening that gives its facts and ends with a question keeps them (ar)', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'ar' });
    c.send(
      'السلام عليكم، أنا مدير مكتب الملكية الصناعية في المغرب. نريد تحديث المكتب بنظام IPAS ابتداء من تشرين الأول/أكتوبر 2027. هل يمكنكم التحقق من طلبنا؟',
    );
    expect(c.state?.answers.country?.value).toBe('MA');
    expect(c.state?.answers.program?.value).toBe('ipas');
    expect(c.state?.answers.start?.value).toBe('2027-10-01');
    expect(c.pending).toBeDefined();
  });

  it('a Chinese opening that asks for a letter keeps its need and drafts the letter', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'zh' });
    const opening =
      '您好，我是柬埔寨工业和手工业部知识产权司的司长，我们希望明年10月开始为审查员举办专利审查培训，需要起草一份请求信。';
    c.send(opening);
    expect(c.state?.goal).toBe('letter');
    // The greeting is said to the bot; the need starts after it.
    expect(c.state?.answers.need?.value).toBe(opening.replace('您好，', ''));
    expect(c.state?.answers.country?.value).toBe('KH');
    expect(c.pending).toBe('program');
  });

  it.each(LANGS)(
    '"why do you need to know this?" in %s gets the question\'s reason, and it stays',
    (lang) => {
      const c = atRequester(lang);
      c.send(WHY_ASKED[lang]);
      expect(c.text).toContain(tr(lang, 'flow:why.requester'));
      expect(c.pending).toBe('requester');
    },
  );

  it('understands a menu intent typed in another language than the chat', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'en' });
    c.send(word('fr', 'intent.letter'));
    expect(c.state?.goal).toBe('letter');
  });
});

describe('the client joins again', () => {
  it('resumes at the pending question, in the new locale when it changed', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'en-US' });
    c.tap('goal:find');
    c.send('SN');
    expect(c.pending).toBe('requester');
    c.send({ start: true, locale: 'ar-EG' });
    expect(c.state?.lang).toBe('ar');
    expect(c.pending).toBe('requester');
    expect(c.text).toContain(tr('ar', 'flow:q.requester'));
    c.send({ start: true, locale: 'ar-EG' });
    expect(c.text).not.toContain(tr('ar', 'common:greeting'));
    expect(c.pending).toBe('requester');
  });
});
