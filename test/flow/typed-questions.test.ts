// Questions officials type in the middle of a conversation, in all six languages: what an LDC is
// and whether a country is one (its status on the day, from its dated record), who decides, how
// to speed a request up, whether a letter is needed, two questions in one message, and an
// opening that gives facts and asks a question. Each is answered; the conversation goes on.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { Conversation, TISC_NEED, tr } from '../helpers/flow.js';

const at = (lang: Lang) => {
  const c = new Conversation();
  c.send({ start: true, locale: lang });
  return c;
};

/** [lang, text, the country asked about, whether its status is pending on the test date]. */
const LDC_AT_MENU: readonly (readonly [Lang, string, string | undefined, boolean])[] = [
  ['en', 'what does LDC mean? is Malawi one?', 'MW', false],
  ['en', 'is Bangladesh still an LDC?', 'BD', true],
  ['en', 'is Nepal still an LDC? I heard we graduate this year', 'NP', true],
  ['fr', "c'est quoi exactement un pays moins avancé ? le Sénégal en fait partie ?", 'SN', false],
  ['es', '¿Qué significa PMA?', undefined, false],
  ['es', '¿Haití es un PMA?', 'HT', false],
  ['ru', 'Что такое НРС?', undefined, false],
  ['zh', '什么是最不发达国家？', undefined, false],
  ['zh', '老挝还是最不发达国家吗？', 'LA', true],
  ['ar', 'ما معنى البلدان الأقل نموا؟ وهل السنغال منها؟', 'SN', false],
  ['ar', 'هل ما زالت بنغلاديش من أقل البلدان نموا؟', 'BD', true],
];

describe('what an LDC is, and whether a country is one', () => {
  it.each(LDC_AT_MENU)('%s: "%s" is answered at the menu', (lang, text, country, pending) => {
    const c = at(lang);
    c.send(text);
    expect(c.text).toContain(tr(lang, 'questions:answer.ldc.what'));
    expect(c.pending).toBeUndefined();
    expect(c.state?.answers.need).toBeUndefined();
    if (!country) {
      expect(c.text).toContain(tr(lang, 'questions:answer.ldc.ask-country'));
      return;
    }
    expect(c.text).toContain(countryName(country, lang));
    // A graduation whose outcome is not known is said to be pending, to be confirmed.
    expect(c.text.includes(tr(lang, 'questions:answer.ldc.confirm'))).toBe(pending);
  });

  it('a graduated country is said to have graduated (en)', () => {
    const c = at('en');
    c.send('Is Bhutan still an LDC?');
    expect(c.text).toContain('Bhutan graduated from the LDC category on 13 December 2023');
  });

  const AT_COUNTRY: Record<Lang, string> = {
    en: 'Is Afghanistan an LDC?',
    fr: "L'Afghanistan est-il un PMA ?",
    es: '¿Afganistán es un PMA?',
    ru: 'Афганистан относится к НРС?',
    zh: '阿富汗是最不发达国家吗？',
    ar: 'هل أفغانستان من أقل البلدان نموا؟',
  };
  it.each(Object.entries(AT_COUNTRY) as [Lang, string][])(
    '%s: at the country question, "%s" is answered and the country still asked',
    (lang, text) => {
      const c = at(lang);
      c.tap('goal:find');
      expect(c.pending).toBe('country');
      c.send(text);
      expect(c.text).toContain(tr(lang, 'questions:answer.ldc.what'));
      expect(c.text).toContain(countryName('AF', lang));
      expect(c.pending).toBe('country');
      expect(c.state?.answers.country).toBeUndefined();
    },
  );

  const AT_YES_NO: Record<Lang, string> = {
    en: 'Is Armenia an LDC?',
    fr: "L'Arménie est-elle un PMA ?",
    es: '¿Armenia es un PMA?',
    ru: 'Армения — это НРС?',
    zh: '亚美尼亚是最不发达国家吗？',
    ar: 'هل أرمينيا من أقل البلدان نموا؟',
  };
  it.each(Object.entries(AT_YES_NO) as [Lang, string][])(
    '%s: at a yes/no question, "%s" is answered (not an LDC) and the question stays',
    (lang, text) => {
      const c = at(lang);
      c.tap('goal:check');
      c.send('AM');
      c.drive({ requester: { tap: 'government' }, need: TISC_NEED[lang], program: '1' }, 'formalRequest');
      expect(c.pending).toBe('formalRequest');
      c.send(text);
      expect(c.text).toContain(tr(lang, 'questions:answer.ldc.not', { country: countryName('AM', lang) }));
      expect(c.pending).toBe('formalRequest');
    },
  );
});

/** A conversation at the program list (Senegal, a university, a need that finds TISC). */
function atProgramList(lang: Lang): Conversation {
  const c = at(lang);
  c.tap('goal:find');
  c.send('SN');
  c.tap('university');
  c.send(TISC_NEED[lang]);
  expect(c.pending).toBe('program');
  return c;
}

/** [lang, question typed at the program list, the answer it must hold]. */
const AT_LIST: readonly (readonly [Lang, string, string])[] = [
  ['en', 'what does LDC mean? is Malawi one?', 'questions:answer.ldc.what'],
  ['en', 'who decides on urgent cases??', 'questions:answer.urgent.rule'],
  ['en', 'why are there so many of them?', 'questions:answer.other'],
  ['fr', 'qui décide ?', 'questions:answer.criteria.additional'],
  ['es', '¿Qué significa PMA? ¿Haití es un PMA?', 'questions:answer.ldc.what'],
  ['es', '¿se puede acelerar?', 'questions:answer.urgent.rule'],
  ['ru', 'а можно как-то ускорить?', 'questions:answer.urgent.rule'],
  ['zh', '可以加快吗？', 'questions:answer.urgent.rule'],
  ['ar', 'من يقرر قبول الطلب؟', 'questions:answer.criteria.additional'],
];

describe('a question at the program list is answered and the list kept', () => {
  it.each(AT_LIST)('%s: "%s"', (lang, text, key) => {
    const c = atProgramList(lang);
    const offered = c.choices();
    c.send(text);
    expect(c.text).toContain(tr(lang, key).split('{{')[0]!.trim());
    expect(c.pending).toBe('program');
    expect(c.state?.answers.need?.value).toBe(TISC_NEED[lang]);
    expect(c.choices()).toEqual(offered);
  });
});

/** [lang, question, the answers it must hold, in order]. */
const COMMON: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['en', 'who decides?', ['questions:answer.criteria.additional']],
  ['en', 'why does WIPO need a formal request?', ['questions:answer.request-letter.academy']],
  ['fr', 'où envoyer la lettre ?', ['questions:answer.contact.consult-general']],
  ['es', '¿Quién decide si nos aprueban?', ['questions:answer.criteria.additional']],
  ['es', '¿a dónde mando la carta?', ['questions:answer.contact.consult-general']],
  ['es', '¿cuánto se demora la OMPI en responder?', ['questions:answer.duration.none']],
  ['ru', 'куда отправлять письмо?', ['questions:answer.contact.consult-general']],
  ['ru', 'А если очень срочно?', ['questions:answer.urgent.general']],
  [
    'ru',
    'А что такое страновой план? И сколько это занимает по времени?',
    ['questions:answer.country-plan.yours', 'questions:answer.duration.none'],
  ],
  [
    'zh',
    '谁来决定？需要多长时间？',
    ['questions:answer.criteria.additional', 'questions:answer.duration.none'],
  ],
  [
    'ar',
    'من يقرر قبول الطلب؟ وكم يستغرق الأمر؟',
    ['questions:answer.criteria.additional', 'questions:answer.duration.none'],
  ],
];

describe('common questions, one or two in a message', () => {
  it.each(COMMON)('%s: "%s"', (lang, text, keys) => {
    const c = at(lang);
    if (keys.includes('questions:answer.country-plan.yours')) {
      // With a country known, the Country Plan answer names who leads it.
      c.send('SN');
    }
    c.send(text);
    const answer = c.last[0]!.text ?? '';
    let from = 0;
    for (const key of keys) {
      const head = tr(lang, key).split('{{')[0]!.trim();
      const i = answer.indexOf(head, from);
      expect(i, `${key} in ${answer}`).toBeGreaterThanOrEqual(0);
      from = i;
    }
    expect(c.pending).toBeUndefined();
    expect(c.state?.goal).toBeUndefined();
  });
});

/** [lang, opening with a question, the country it names, the answer it must hold]. */
const OPENINGS: readonly (readonly [Lang, string, string | undefined, string])[] = [
  [
    'en',
    "I'm a patent examiner at the Kenya Industrial Property Institute and I want to apply for a WIPO Academy summer school. Do I need a letter from my director?",
    'KE',
    'questions:answer.request-letter.academy-only',
  ],
  [
    'fr',
    "Bonjour. Je suis juriste à l'INNORPI en Tunisie, je voudrais m'inscrire à un cours de l'Académie de l'OMPI sur les brevets, le cours à distance DL-101. Il faut une lettre du ministère ?",
    'TN',
    'questions:answer.request-letter.academy-only',
  ],
  [
    'es',
    'Soy abogada en el Perú y quiero inscribirme en un curso a distancia de la Academia de la OMPI sobre patentes. ¿Necesito una carta del ministerio?',
    'PE',
    'questions:answer.request-letter.academy-only',
  ],
  [
    'ru',
    'Здравствуйте, я юрист из Узбекистана, хочу пройти дистанционный курс Академии ВОИС по патентному праву. Нужно ли писать письмо генеральному директору? И сколько стоит?',
    'UZ',
    'questions:answer.cost.academy-general',
  ],
  [
    'zh',
    '我是越南的一名专利审查员，想报名WIPO学院的远程课程。需要信函吗？',
    'VN',
    'questions:answer.request-letter.academy-only',
  ],
  [
    'ar',
    'أنا باحثة في جامعة القاهرة بمصر، وأرغب في التسجيل في دورة التعلم عن بعد في أكاديمية الويبو حول أساسيات الملكية الفكرية. هل هي مجانية؟',
    'EG',
    'questions:answer.cost.academy-general',
  ],
];

describe('an opening with facts and a question', () => {
  it.each(OPENINGS)('%s: the facts are kept, the question answered', (lang, text, country, key) => {
    const c = at(lang);
    c.send(text);
    expect(c.last[0]!.text).toContain(tr(lang, key).split('{{')[0]!.trim());
    if (country) expect(c.state?.answers.country?.value).toBe(country);
    // The conversation goes on (the need searched, or the next question), not back to the menu.
    expect(c.pending).toBeDefined();
    expect(c.state?.goal).not.toBe('letter');
  });
});
