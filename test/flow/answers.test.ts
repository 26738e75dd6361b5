// Answers to questions asked mid-interview, in the six languages, checked for their facts: the
// knowledge they come from (unit names, titles, addresses, programs, criteria, dates), the
// manual section they cite, and the caveats for what is pending or unverified.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/flow/answers/answer-question.js';
import { QUESTION_TOPICS, type Question } from '../../src/flow/understand/question.js';
import { initialState, type ConversationState, type Goal, type StoredAnswer } from '../../src/flow/types.js';
import { basisOf } from '../../src/flow/navigation.js';
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang, UnitId } from '../../src/knowledge/types.js';
import { countryName, formatDate, formatMonth } from '../../src/present/format.js';
import { checkLeadTime } from '../../src/domain/lead-time.js';
import { describeLeadTime } from '../../src/present/lead-time.js';
import { unitView } from '../../src/present/route.js';
import { flowContext, tr } from '../helpers/flow.js';

const ctx = flowContext(); // today 2026-11-25
const k = ctx.knowledge;

/** The manual cited as each language cites it (written out here, not built by the code under test). */
const CITES: Record<string, Record<Lang, string>> = {
  'II(c)': {
    en: '(Manual, II(c))',
    fr: '(Manuel, II c))',
    es: '(Manual, II(c))',
    ru: '(Справочник, II(c))',
    zh: '（《手册》第二章(c)）',
    ar: '(الدليل، II(ج))',
  },
  'II(d)': {
    en: '(Manual, II(d))',
    fr: '(Manuel, II d))',
    es: '(Manual, II(d))',
    ru: '(Справочник, II(d))',
    zh: '（《手册》第二章(d)）',
    ar: '(الدليل، II(د))',
  },
  'III(a)': {
    en: '(Manual, III(a))',
    fr: '(Manuel, III a))',
    es: '(Manual, III(a))',
    ru: '(Справочник, III(a))',
    zh: '（《手册》第三章(a)）',
    ar: '(الدليل، III(أ))',
  },
  'III(b)(iii)': {
    en: '(Manual, III(b)(iii))',
    fr: '(Manuel, III b) iii))',
    es: '(Manual, III(b)(iii))',
    ru: '(Справочник, III(b)(iii))',
    zh: '（《手册》第三章(b)(iii)）',
    ar: '(الدليل، III(ب)(iii))',
  },
  'III(c)': {
    en: '(Manual, III(c))',
    fr: '(Manuel, III c))',
    es: '(Manual, III(c))',
    ru: '(Справочник, III(c))',
    zh: '（《手册》第三章(c)）',
    ar: '(الدليل، III(ج))',
  },
  'IV Part I (b)(i)': {
    en: '(Manual, IV Part I (b)(i))',
    fr: '(Manuel, IV, partie I, b) i))',
    es: '(Manual, IV Parte I (b)(i))',
    ru: '(Справочник, IV, часть I (b)(i))',
    zh: '（《手册》第四章第一部分(b)(i)）',
    ar: '(الدليل، IV الجزء الأول (ب)(i))',
  },
  'IV Part II': {
    en: '(Manual, IV Part II)',
    fr: '(Manuel, IV, partie II)',
    es: '(Manual, IV Parte II)',
    ru: '(Справочник, IV, часть II)',
    zh: '（《手册》第四章第二部分）',
    ar: '(الدليل، IV الجزء الثاني)',
  },
  'Appendix 2': {
    en: '(Manual, Appendix 2)',
    fr: '(Manuel, appendice 2)',
    es: '(Manual, Apéndice 2)',
    ru: '(Справочник, Добавление 2)',
    zh: '（《手册》附录二）',
    ar: '(الدليل، التذييل 2)',
  },
};

/** A conversation with these answers, each stored against the answers before it, as the engine does. */
function state(
  lang: Lang,
  answers: Record<string, string> = {},
  goal?: Goal,
  pending?: string,
): ConversationState {
  const stored: Record<string, StoredAnswer> = {};
  const values: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    values[id] = value;
    const basis = basisOf(STEP_BY_ID.get(id)!, values);
    stored[id] = basis === undefined ? { value } : { value, basis };
  }
  return {
    ...initialState(),
    lang,
    ...(goal ? { goal } : {}),
    ...(pending ? { pending: { stepId: pending, failures: 0 } } : {}),
    answers: stored,
    history: Object.keys(answers),
  };
}

const unitName = (id: UnitId, lang: Lang) => k.unitById.get(id)!.name[lang];
/** A unit as the bot names it on the conversation's date, with its current name where renamed. */
const unitLabelOf = (id: UnitId, lang: Lang) => unitView(k, id, ctx.today, lang, ctx.t(lang)).name;
const programName = (id: string, lang: Lang) => k.programById.get(id)!.name[lang];
const sentencesOf = (text: string, lang: Lang) =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim());

interface Case {
  readonly name: string;
  readonly q: Question;
  readonly state?: (lang: Lang) => ConversationState;
  /** Facts the answer must state, in that language. */
  readonly has: (lang: Lang) => readonly string[];
  /** What it must not say. */
  readonly hasNot?: (lang: Lang) => readonly string[];
}

const STREET = '34, chemin des Colombettes';

const CASES: readonly Case[] = [
  {
    name: 'eligibility of the conversation’s country (an LDC) for its program',
    q: { topic: 'eligibility' },
    state: (l) => state(l, { country: 'HT', program: 'tisc' }, 'letter', 'start'),
    has: (l) => [
      countryName('HT', l),
      CITES['II(c)']![l],
      CITES['IV Part II']![l],
      programName('tisc', l),
      CITES['IV Part I (b)(i)']![l],
      tr(l, 'flow:program.request.letter-project'),
    ],
  },
  {
    name: 'eligibility while the LDC graduation is pending: says so and asks to confirm',
    q: { topic: 'eligibility', country: 'BD' },
    state: (l) => state(l),
    has: (l) => [
      countryName('BD', l),
      tr(l, 'questions:answer.eligibility.ldc-pending', { date: formatDate('2026-11-24', l) }),
    ],
    hasNot: (l) => [CITES['IV Part II']![l]],
  },
  {
    name: 'a developed country is told it is not a beneficiary, and the program is not offered',
    q: { topic: 'eligibility', country: 'FR', programId: 'tisc' },
    has: (l) => [countryName('FR', l), programName('tisc', l), CITES['II(c)']![l]],
    hasNot: (l) => [tr(l, 'flow:program.request.letter-project')],
  },
  {
    name: 'an LDC program is offered to an LDC, not to a developing country that is not one',
    q: { topic: 'eligibility', country: 'TZ', programId: 'ldc-ip-innovation-policy' },
    has: (l) => [
      programName('ldc-ip-innovation-policy', l),
      // An LDC program: the informal consultation is with the LDC Division, named.
      tr(l, 'flow:program.letter-new-unit', { unit: unitLabelOf('ldc-division', l) }),
      tr(l, 'questions:answer.eligibility.ldc', { cite: CITES['IV Part II']![l] }),
    ],
    hasNot: (l) => [tr(l, 'flow:program.request.letter-new')],
  },
  {
    name: 'the same LDC program for Kenya: reserved, with an alternative from the unit',
    q: { topic: 'eligibility', country: 'KE', programId: 'ldc-ip-innovation-policy' },
    has: (l) => [programName('ldc-ip-innovation-policy', l), countryName('KE', l)],
    hasNot: (l) => [tr(l, 'flow:program.request.letter-new')],
  },
  {
    name: 'what the LDC Division does: role, title, address, manual section',
    q: { topic: 'unit', unitId: 'ldc-division' },
    has: (l) => [
      unitName('ldc-division', l),
      k.unitById.get('ldc-division')!.contactTitle[l],
      k.unitById.get('ldc-division')!.currentNames[0]!.name[l],
      // The street as it is written, the city and country in the user's language.
      tr(l, 'routing:postal', { street: STREET }),
      CITES['III(b)(iii)']![l],
    ],
  },
  {
    name: 'who handles Kyrgyzstan: the transition department, and its classification to confirm',
    q: { topic: 'unit', country: 'KG' },
    has: (l) => [
      unitName('transition-developed', l),
      k.unitById.get('transition-developed')!.contactTitle[l],
      tr(l, 'questions:answer.eligibility.country-unverified', {
        country: countryName('KG', l),
        unit: unitName('transition-developed', l),
      }),
    ],
  },
  {
    name: '"the regional bureau" is the conversation country’s bureau',
    q: { topic: 'unit', unitId: 'regional-bureau' },
    state: (l) => state(l, { country: 'KE' }),
    has: (l) => [unitName('rb-africa', l), k.unitById.get('rb-africa')!.contactTitle[l], STREET],
    hasNot: (l) => [unitName('rb-arab', l)],
  },
  {
    name: '"which bureau, Arab or Africa?" for a country our sources do not settle: both, to confirm',
    q: { topic: 'unit', unitId: 'regional-bureau' },
    state: (l) => state(l, { country: 'MR' }),
    has: (l) => [
      unitName('rb-arab', l),
      tr(l, 'routing:reason.unit-uncertain', {
        country: countryName('MR', l),
        unit: unitLabelOf('rb-africa', l),
      }),
    ],
  },
  {
    name: 'whom to write to for Mauritania: both candidate bureaus to consult, with the caveat',
    q: { topic: 'contact' },
    state: (l) => state(l, { country: 'MR' }),
    has: (l) => [
      tr(l, 'routing:either', { unit: unitLabelOf('rb-arab', l), also: unitLabelOf('rb-africa', l) }),
      tr(l, 'routing:confirm'),
    ],
  },
  {
    name: '"the regional bureau" without a country: the four bureaus',
    q: { topic: 'unit', unitId: 'regional-bureau' },
    has: (l) => (['rb-africa', 'rb-arab', 'rb-asia-pacific', 'rb-lac'] as const).map((id) => unitName(id, l)),
  },
  {
    name: 'a country our sources place under two bureaus: both named, and to confirm',
    q: { topic: 'unit', country: 'MR' },
    has: (l) => [unitName('rb-arab', l), unitName('rb-africa', l), unitName('ldc-division', l)],
  },
  {
    name: 'whom to write to: the Director General at the manual’s address, the bureau first',
    q: { topic: 'contact' },
    state: (l) => state(l, { country: 'SN' }),
    has: (l) => [unitName('director-general', l), STREET, unitName('rb-africa', l), CITES['III(b)(iii)']![l]],
  },
  {
    name: 'an Academy course is applied for on its site, with no letter',
    q: { topic: 'contact', programId: 'academy-distance-learning' },
    has: (l) => [
      programName('academy-distance-learning', l),
      // Where individuals apply: the Academy's catalogue the record prints.
      k.programById.get('academy-distance-learning')!.applyUrl!,
    ],
    hasNot: () => [STREET],
  },
  {
    name: 'why so early: the rule of knowledge/lead-time.json and the verdict on the start given',
    q: { topic: 'lead-time' },
    state: (l) => state(l, { country: 'KE', start: '2027-03-01' }, 'letter', 'letterType'),
    has: (l) => {
      const v = checkLeadTime(k.leadTime, { today: ctx.today, start: '2027-03-01' });
      if (!v.ok) throw new Error('lead time');
      return [
        String(k.leadTime.tightMonths),
        String(k.leadTime.okMonths),
        CITES['III(c)']![l],
        describeLeadTime(v.value, '2027-03-01', l, ctx.t(l), undefined, true),
      ];
    },
    // The rule is said once: the verdict does not repeat its 5–6 month sentence.
    hasNot: (l) => {
      const v = checkLeadTime(k.leadTime, { today: ctx.today, start: '2027-03-01' });
      if (!v.ok) throw new Error('lead time');
      return [describeLeadTime(v.value, '2027-03-01', l, ctx.t(l))];
    },
  },
  {
    name: 'lead time with no start yet: the earliest start that keeps it',
    q: { topic: 'lead-time' },
    has: (l) => [CITES['III(c)']![l], formatMonth('2027-06-01', l)],
  },
  {
    name: 'a note verbale: who sends it, to whom, and that the manual does not describe it',
    q: { topic: 'note-verbale' },
    has: (l) => [CITES['III(b)(iii)']![l], tr(l, 'questions:answer.note-verbale.manual')],
  },
  {
    name: 'the criteria: each of knowledge/criteria.json, and the verdict on the answers so far',
    q: { topic: 'criteria' },
    state: (l) => state(l, { formalRequest: 'no', partOfPlan: 'no' }, 'check', 'nationalNeeds'),
    has: (l) => [
      CITES['III(c)']![l],
      ...k.criteria.map((c) => tr(l, `criteria:${c.wordingKey}`)),
      tr(l, 'criteria:overall.prepare-first'),
    ],
  },
  {
    name: 'what happens next in the letter: the questions still to come',
    q: { topic: 'next' },
    state: (l) =>
      state(
        l,
        {
          country: 'KE',
          requester: 'university',
          need: 'browse',
          area: 'b',
          program: 'wpis',
          partOfPlan: 'no',
          start: '2027-09-01',
          letterType: 'new-assistance',
          letterLang: l,
        },
        'letter',
        'senderName',
      ),
    has: (l) => [
      tr(l, 'flow:label.senderTitle'),
      tr(l, 'flow:label.institution'),
      tr(l, 'flow:label.place'),
      tr(l, 'questions:answer.next.letter'),
      CITES['III(c)']![l],
    ],
    hasNot: (l) => [tr(l, 'flow:label.senderName'), tr(l, 'flow:label.period')],
  },
  {
    name: 'what happens next at the menu: the four tasks',
    q: { topic: 'next' },
    has: (l) => [tr(l, 'questions:answer.next.menu')],
  },
  {
    name: 'how long: no processing time in the manual, the lead time, the period proposed',
    q: { topic: 'duration' },
    has: (l) => [tr(l, 'questions:answer.duration.none'), CITES['III(c)']![l], CITES['III(b)(iii)']![l]],
  },
  {
    name: 'is ARDI free: the manual’s own sentence about its cost',
    q: { topic: 'cost', programId: 'ardi' },
    has: (l) => [sentencesOf(k.programById.get('ardi')!.description[l], l)[1]!, CITES['II(d)']![l]],
  },
  {
    name: 'is TISC free: the manual states no cost, and how assistance is financed',
    q: { topic: 'cost' },
    state: (l) => state(l, { program: 'tisc' }),
    has: (l) => [
      tr(l, 'questions:answer.cost.program-none', { program: programName('tisc', l) }),
      CITES['II(d)']![l],
    ],
  },
  {
    name: 'can Haiti get ARDI for free: eligible, and the cost sentence',
    q: { topic: 'eligibility', country: 'HT', programId: 'ardi', also: ['cost'] },
    has: (l) => [countryName('HT', l), sentencesOf(k.programById.get('ardi')!.description[l], l)[1]!],
  },
  {
    name: 'a Country Plan: what it is, who leads it for the country, the criterion it meets',
    q: { topic: 'country-plan' },
    state: (l) => state(l, { country: 'KE' }),
    has: (l) => [CITES['III(a)']![l], CITES['Appendix 2']![l], CITES['III(c)']![l], unitName('rb-africa', l)],
  },
  {
    name: 'what TISC is: its record (served by, contact, link) and section',
    q: { topic: 'program', programId: 'tisc' },
    has: (l) => [
      programName('tisc', l),
      k.programById.get('tisc')!.servedBy[l],
      k.programById.get('tisc')!.contact[l],
      k.programById.get('tisc')!.url,
      CITES['IV Part I (b)(i)']![l],
    ],
  },
  {
    name: 'a program with unverified facts, for a country it does not serve',
    q: { topic: 'program', programId: 'ardi', country: 'FR' },
    has: (l) => [programName('ardi', l), tr(l, 'questions:answer.eligibility.program-unverified')],
  },
  {
    name: 'a question it cannot answer: says so and what it can answer',
    q: { topic: 'other' },
    has: (l) => [tr(l, 'questions:answer.other')],
  },
];

describe.each(LANGS)('answerQuestion in %s', (lang) => {
  it.each(CASES)('$name', (c) => {
    const reply = answerQuestion(ctx, c.state?.(lang) ?? state(lang), c.q, lang);
    for (const fact of c.has(lang)) expect(reply.text).toContain(fact);
    for (const fact of c.hasNot?.(lang) ?? []) expect(reply.text).not.toContain(fact);
    expect(reply.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });
});

describe('every answer, every topic, every language', () => {
  const states: readonly ConversationState[] = [
    initialState(),
    state(
      'en',
      { country: 'BD', program: 'ldc-ip-innovation-policy', start: '2027-02-01' },
      'check',
      'readiness',
    ),
    state('en', { country: 'FR', program: 'academy-summer-schools' }, 'find', 'program'),
  ];
  it.each(LANGS)('%s: no placeholder or key left, and short enough for a phone', (lang) => {
    for (const s of states)
      for (const topic of QUESTION_TOPICS)
        for (const q of [
          { topic },
          { topic, unitId: 'regional-bureau' },
          { topic, programId: 'ardi' },
        ] as Question[]) {
          const text = answerQuestion(ctx, { ...s, lang }, q, lang).text;
          expect(text, `${topic}`).not.toMatch(/\{\{|questions:|flow:|criteria:|routing:/);
          expect(text.length, `${topic}: ${text}`).toBeGreaterThan(20);
          // The criteria list is the longest answer; everything else stays within a phone screen or two.
          expect(text.length, `${topic}: ${text}`).toBeLessThan(topic === 'criteria' ? 1400 : 1000);
        }
  });
});
