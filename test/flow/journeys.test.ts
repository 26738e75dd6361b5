// Whole journeys through the pure engine as tables of turns, run in all six languages (DEFRA's
// describe.each(journey)). Expected text is built with t(key, {lng}) so a copy edit breaks nothing.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName, formatMonth } from '../../src/present/format.js';
import { Conversation, TISC_NEED, tr, yesWord } from '../helpers/flow.js';
import { nativeLanguageName } from '../../src/flow/choices.js';
import { unitView } from '../../src/present/route.js';

/** The third quarter of 2027, as people write it. */
const THIRD_QUARTER_2027: Record<Lang, string> = {
  en: 'Q3 2027',
  fr: 'au troisième trimestre 2027',
  es: 'en el tercer trimestre de 2027',
  ru: 'в третьем квартале 2027 года',
  zh: '2027年第三季度',
  ar: 'في الربع الثالث من 2027',
};

/** "Ok, let's do June": the offered month (June 2027) named in a sentence, as people answer. */
const LATE_START_REPLIES: Record<Lang, { offered: string }> = {
  en: { offered: "ok, let's do June then" },
  fr: { offered: "d'accord, va pour juin" },
  es: { offered: 'vale, mejor en junio' },
  ru: { offered: 'хорошо, давайте июнь' },
  zh: { offered: '好的，那就六月吧' },
  ar: { offered: 'حسنا، لنبدأ في يونيو' },
};

/** The letter's questions for joining a project, in the order asked (e-mail and phone in one). */
const PROJECT_LETTER_STEPS = [
  'senderName',
  'senderTitle',
  'institution',
  'place',
  'reference',
  'senderEmail',
  'purpose',
  'developmentGoals',
  'expectedResults',
  'beneficiaries',
  'justification',
  'partners',
  'readinessText',
  'period',
];

/** A typed answer for every free-text field of the letter (one row per step). */
const LETTER_TEXT = {
  senderName: 'Aminata Diallo',
  senderTitle: 'Rectrice',
  institution: 'Université Cheikh Anta Diop',
  place: 'Dakar',
  reference: 'Réf. UCAD/R/2026-114',
  senderEmail: 'rectorat@ucad.edu.sn, +221 33 824 69 81',
  project: 'Projet TISC de l’OMPI',
  purpose: 'Créer un TISC pour nos chercheurs.',
  developmentGoals: 'Plan Sénégal émergent, axe innovation.',
  expectedResults: 'Un centre actif et 200 recherches par an.',
  beneficiaries: '40 chercheurs et 10 bibliothécaires',
  justification: 'Nos chercheurs n’ont pas accès aux bases de brevets.',
  partners: 'Ministère de l’Enseignement supérieur',
  readinessText: 'Une salle équipée et trois bibliothécaires formés.',
  period: 'De juillet 2027 à juin 2028',
} as const;

function toProgram(c: Conversation, lang: Lang, goal: 'find' | 'check' | 'letter') {
  c.send({ start: true, locale: lang });
  expect(c.text).toContain(tr(lang, 'common:greeting'));
  c.tap(`goal:${goal}`);
  expect(c.pending).toBe('country');
  c.send(countryName('SN', lang));
  expect(c.text).toContain(tr(lang, 'flow:country.confirm', { country: countryName('SN', lang) }));
  c.send(yesWord(lang));
  expect(c.pending).toBe('requester');
  c.tap('university');
  expect(c.pending).toBe('need');
  c.send(TISC_NEED[lang]);
  expect(c.pending).toBe('program');
  expect(c.choices()).toContain('tisc');
  c.tap('tisc');
}

describe.each(LANGS)('journeys in %s', (lang) => {
  it('finds a program from a described need and offers the next moves', () => {
    const c = new Conversation();
    toProgram(c, lang, 'find');
    const program = c.ctx.knowledge.programById.get('tisc')!;
    expect(c.last[0]?.title).toBe(program.name[lang]);
    expect(c.last[0]?.links?.[0]?.url).toBe(program.url);
    expect(c.choices()).toEqual(expect.arrayContaining(['goal:check', 'goal:letter', 'goal:contact']));
    for (const r of c.last) expect(r.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });

  it('checks the approval criteria, the lead time and the route', () => {
    const c = new Conversation();
    toProgram(c, lang, 'check');
    expect(c.pending).toBe('formalRequest');
    c.tap('no');
    c.tap('unknown');
    expect(c.pending).toBe('nationalNeeds');
    c.tap('yes');
    c.tap('yes');
    // The unit of the informal consultation is the conversation country's, named.
    const consulted = unitView(c.ctx.knowledge, 'rb-africa', c.ctx.today, lang, c.ctx.t(lang)).name;
    expect(c.text).toContain(tr(lang, 'criteria:overall.needs-confirmation-unit', { unit: consulted }));
    expect(c.text).toContain(tr(lang, 'criteria:part-of-plan.advice-unit', { unit: consulted }));
    expect(c.text).toContain(tr(lang, 'criteria:part-of-plan.unknown'));
    expect(c.pending).toBe('start');
    // A typed month in the user's language, too close: the earliest realistic start is offered.
    c.send(formatMonth('2027-03-01', lang));
    expect(c.pending).toBe('startAccept');
    expect(c.text).toContain(formatMonth('2027-06-01', lang));
    c.tap('take:2027-06-01');
    const bureau = c.ctx.knowledge.unitById.get('rb-africa')!.name[lang];
    expect(c.text).toContain(bureau);
    expect(c.text).toContain(tr(lang, 'flow:route.title'));
    expect(c.text).toContain(tr(lang, 'flow:done.reviewer-tips'));
    expect(c.state?.answers.start?.value).toBe('2027-06-01');
    expect(c.choices()).toContain('goal:letter');
  });

  it('at the late-start question, a typed month picks the offer, keeps the date or moves it later', () => {
    const atLateStart = () => {
      const c = new Conversation();
      toProgram(c, lang, 'check');
      c.drive(
        {
          formalRequest: { tap: 'yes' },
          partOfPlan: { tap: 'no' },
          nationalNeeds: { tap: 'yes' },
          readiness: { tap: 'yes' },
        },
        'start',
      );
      c.send(formatMonth('2027-03-01', lang));
      expect(c.pending).toBe('startAccept');
      return c;
    };
    const offered = atLateStart();
    offered.send(LATE_START_REPLIES[lang].offered);
    expect(offered.state?.answers.start?.value).toBe('2027-06-01');
    expect(offered.pending).not.toBe('startAccept');
    const kept = atLateStart();
    kept.send(formatMonth('2027-03-01', lang));
    expect(kept.state?.answers.start?.value).toBe('2027-03-01');
    expect(kept.state?.answers.startAccept?.value).toBe('keep');
    const later = atLateStart();
    later.send(formatMonth('2027-09-01', lang));
    expect(later.state?.answers.start?.value).toBe('2027-09-01');
    // Earlier than the offer is still too late: the question stays.
    const earlier = atLateStart();
    earlier.send(formatMonth('2027-04-01', lang));
    expect(earlier.pending).toBe('startAccept');
  });

  it('a start said as a quarter offers its months as buttons, and one tap takes it', () => {
    const c = new Conversation();
    toProgram(c, lang, 'letter');
    c.drive({ partOfPlan: { tap: 'no' } }, 'start');
    c.send(THIRD_QUARTER_2027[lang]);
    expect(c.pending).toBe('start');
    expect(c.text).toContain(tr(lang, 'flow:start.which-month'));
    expect(c.choices()).toEqual(expect.arrayContaining(['2027-07-01', '2027-08-01', '2027-09-01']));
    c.tap('2027-08-01');
    expect(c.state?.answers.start?.value).toBe('2027-08-01');
  });

  it('a start changed after the period was typed points at the period, which stays as typed', () => {
    const c = new Conversation();
    toProgram(c, lang, 'letter');
    c.drive({ partOfPlan: { tap: 'no' }, start: formatMonth('2027-07-01', lang) }, 'letterLang');
    c.tap('fr');
    c.drive({ ...LETTER_TEXT, partners: { tap: 'skip' } }, 'review');
    c.tap('edit:start');
    c.send(formatMonth('2027-10-01', lang));
    expect(c.pending).toBe('review');
    expect(c.text).toContain(
      tr(lang, 'flow:start.period-differs', {
        period: LETTER_TEXT.period,
        start: formatMonth('2027-10-01', lang),
      }),
    );
    expect(c.state?.answers.period?.value).toBe(LETTER_TEXT.period);
    // A start that matches the period says nothing more.
    c.tap('edit:start');
    c.send(formatMonth('2027-07-01', lang));
    expect(c.last.map((r) => r.text ?? '').join('\n')).not.toContain(
      tr(lang, 'flow:start.period-differs', {
        period: LETTER_TEXT.period,
        start: formatMonth('2027-07-01', lang),
      }),
    );
  });

  it('a language name typed at the letter-language question sets the letter, never the chat', () => {
    for (const named of LANGS) {
      const c = new Conversation();
      toProgram(c, lang, 'letter');
      c.drive({ partOfPlan: { tap: 'no' }, start: formatMonth('2027-09-01', lang) }, 'letterLang');
      expect(c.pending).toBe('letterLang');
      c.send(nativeLanguageName(named));
      expect(c.state?.lang).toBe(lang);
      expect(c.state?.answers.letterLang?.value).toBe(named);
      expect(c.pending).not.toBe('letterLang');
    }
  });

  it('drafts a letter: details, review, then the letter in another language than the chat', () => {
    const c = new Conversation();
    toProgram(c, lang, 'letter');
    expect(c.text).toContain(
      tr(lang, 'flow:prefilled', {
        field: tr(lang, 'flow:label.letterType'),
        value: tr(lang, 'flow:letterType.project'),
      }),
    );
    expect(c.pending).toBe('partOfPlan');
    c.tap('yes');
    c.tap('ip-strategy');
    c.tap('2027-07-01');
    expect(c.text).toContain(tr(lang, 'flow:route.title'));
    // The deadline comes with a calendar reminder: six months before July 2027.
    expect(c.last.find((r) => r.reminder)?.reminder).toEqual({
      submitBy: '2027-01-01',
      start: '2027-07-01',
      programId: 'tisc',
    });
    // TISC is joined as a project: the kind of letter was said with the program, not asked.
    expect(c.state?.answers.letterType?.value).toBe('project');
    c.tap('fr');
    expect(c.drive({ ...LETTER_TEXT, partners: { tap: 'skip' } }, 'review')).toEqual(PROJECT_LETTER_STEPS);
    expect(c.pending).toBe('review');
    expect(c.last.at(-1)?.facts?.map((f) => f.value)).toEqual(
      expect.arrayContaining(['Aminata Diallo', countryName('SN', lang)]),
    );
    // Changed on the review to a request for new assistance: the project's own fields drop out.
    c.tap('edit:letterType');
    c.tap('new-assistance');
    expect(c.pending).toBe('review');
    c.tap('draft');
    expect(c.effects).toEqual([
      {
        kind: 'draft-letter',
        input: {
          type: 'new-assistance',
          lang: 'fr',
          country: 'SN',
          programId: 'tisc',
          date: '2027-07-01',
          city: 'Dakar',
          // The letter prints its own "Réf. :" before the reference typed as "Réf. UCAD/R/2026-114".
          reference: 'UCAD/R/2026-114',
          sender: {
            name: 'Aminata Diallo',
            title: 'Rectrice',
            institution: 'Université Cheikh Anta Diop',
            // Both contact details from one message.
            email: 'rectorat@ucad.edu.sn',
            phone: '+221 33 824 69 81',
          },
          details: {
            purpose: 'Créer un TISC pour nos chercheurs.',
            developmentGoals: 'Plan Sénégal émergent, axe innovation.',
            expectedResults: 'Un centre actif et 200 recherches par an.',
            beneficiaries: '40 chercheurs et 10 bibliothécaires',
            period: 'De juillet 2027 à juin 2028',
          },
          planReference: { kind: 'national-ip-strategy' },
        },
      },
    ]);
    expect(c.choices()).toEqual(expect.arrayContaining(['letter-lang', 'goal:letter-review']));
  });

  it('asks for a project letter what the manual lists for joining a project', () => {
    const c = new Conversation();
    toProgram(c, lang, 'letter');
    const asked = c.drive(
      {
        partOfPlan: { tap: 'no' },
        start: { tap: '2027-09-01' },
        letterLang: { tap: lang },
        ...LETTER_TEXT,
        partners: { tap: 'skip' },
      },
      'review',
    );
    expect(asked).toEqual(['partOfPlan', 'start', 'letterLang', ...PROJECT_LETTER_STEPS]);
    c.tap('draft');
    const input = (c.effects[0] as { input: { details: Record<string, string> } }).input;
    // The project to join is the program chosen, in the letter's language: said, not asked.
    expect(input.details).toMatchObject({
      project: c.ctx.knowledge.programById.get('tisc')!.name[lang],
      readiness: LETTER_TEXT.readinessText,
    });
    expect(input.details.partners).toBeUndefined();
  });

  it('sends an Academy course to the application route, with no letter', () => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    c.tap('goal:check');
    c.send('NP');
    c.tap('government');
    c.tap('browse');
    c.tap('h');
    c.tap('academy-distance-learning');
    expect(c.text).toContain(tr(lang, 'flow:program.request.academy-application'));
    // No criteria, no lead time: straight to the Academy's deadlines and the route.
    expect(c.pending).toBeUndefined();
    expect(c.text).toContain('https://www.wipo.int/academy/');
    expect(c.effects).toEqual([]);
  });

  it('answers "whom to contact" for a pending LDC and a developed country', () => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    c.tap('goal:contact');
    c.send('NP');
    expect(c.text).toContain(c.ctx.knowledge.unitById.get('rb-asia-pacific')!.name[lang]);
    expect(c.text).toContain(tr(lang, 'routing:confirm'));
    c.send({ value: { choice: 'goal:contact' } });
    expect(c.pending).toBeUndefined(); // the country is known: the answer comes at once
    expect(c.text).toContain(tr(lang, 'flow:route.title'));

    const d = new Conversation();
    d.send({ start: true, locale: lang });
    d.tap('goal:contact');
    d.send('FR');
    expect(d.text).toContain(tr(lang, 'flow:country.developed', { country: countryName('FR', lang) }));
    expect(d.text).toContain(c.ctx.knowledge.unitById.get('transition-developed')!.name[lang]);
  });
});

describe('a need typed at the menu', () => {
  it.each([
    ['en', 'we in Kenya want a technology and innovation support centre', 'KE'],
    ['fr', "au Sénégal nous voulons un centre d'appui à la technologie et à l'innovation", 'SN'],
    ['zh', '我们想在肯尼亚建立技术与创新支持中心', 'KE'],
    ['es', 'en Perú queremos un centro de apoyo a la tecnología y la innovación', 'PE'],
  ] as const)(
    'in %s starts the search and takes the country it names, said back in one line',
    (lang, text, code) => {
      const c = new Conversation();
      c.send({ start: true, locale: lang });
      c.send(text);
      expect(c.state?.goal).toBe('find');
      expect(c.state?.answers.country?.value).toBe(code);
      expect(c.text).toContain(countryName(code, lang));
      expect(c.pending).toBe('requester');
    },
  );

  it('does not take ordinary two-letter words for countries', () => {
    const c = new Conversation();
    c.send({ start: true, locale: 'en' });
    c.send('IT is what we need: patent databases in our office');
    expect(c.pending).toBe('country');
    expect(c.text).toContain(tr('en', 'flow:q.country'));
  });
});
