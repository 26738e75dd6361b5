// Questions typed mid-interview, in each of the six languages: the topic and what they name
// (country, program, unit) — and answers that only look like questions, which stay answers.
import { describe, expect, it } from 'vitest';
import { detectQuestion, type Question } from '../../../src/flow/understand/question.js';
import type { Lang } from '../../../src/knowledge/types.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();

type Row = readonly [text: string, expected: Partial<Question> | undefined];

const TABLES: Record<Lang, readonly Row[]> = {
  en: [
    ['why do you need to know this?', { topic: 'why-asked' }],
    ['Who can help us?', { topic: 'contact' }],
    ['are we eligible?', { topic: 'eligibility' }],
    ['can Haiti get this for free?', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['Are we eligible for TISC?', { topic: 'eligibility', programId: 'tisc' }],
    ['what does the LDC Division do?', { topic: 'unit', unitId: 'ldc-division' }],
    ['who handles Kyrgyzstan?', { topic: 'unit', country: 'KG' }],
    ['why so early?', { topic: 'lead-time' }],
    ['why 6 months?', { topic: 'lead-time' }],
    ['how much time before the start?', { topic: 'lead-time' }],
    ['what is a note verbale?', { topic: 'note-verbale' }],
    ['what are the criteria?', { topic: 'criteria' }],
    ['how does WIPO decide', { topic: 'criteria' }],
    ['what happens next?', { topic: 'next' }],
    ['what will you do next?', { topic: 'next' }],
    ['how long does it take?', { topic: 'duration' }],
    ['is it free?', { topic: 'cost' }],
    ['what is a country plan?', { topic: 'country-plan' }],
    ['what is TISC?', { topic: 'program', programId: 'tisc' }],
    ['What is PATENTSCOPE?', { topic: 'program', programId: 'patentscope' }],
    ['whom should I write to?', { topic: 'contact' }],
    ["what's the weather like in Geneva?", { topic: 'other' }],
    // Answers, even with a question mark.
    ["Yes, that's right.", undefined],
    ['Kenya?', undefined],
    ['June 2027?', undefined],
    ['the second one', undefined],
    ['the first one?', undefined],
    ['Prof. Y?', undefined],
    ['The period is 12 months from July', undefined],
    ["Our researchers can't search patent databases, we want a TISC", undefined],
    ['What we need is a TISC at the university', undefined],
    ['How we will use it: training for 30 librarians and examiners', undefined],
    ["no not yet, that's why I'm here", undefined],
    ['yes we are ready, we have a room and 3 librarians', undefined],
    [
      'Our university has 30 researchers who cannot reach journals or patent databases; who would have thought? We want a centre with trained staff, a room and a link to the national office by next year.',
      undefined,
    ],
  ],
  fr: [
    ['Pourquoi avez-vous besoin de le savoir ?', { topic: 'why-asked' }],
    ['Qui peut nous aider ?', { topic: 'contact' }],
    ['Sommes-nous éligibles ?', { topic: 'eligibility' }],
    ['Haïti peut-il en bénéficier gratuitement ?', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['Que fait le bureau régional ?', { topic: 'unit', unitId: 'regional-bureau' }],
    ['Que fait la Division des PMA ?', { topic: 'unit', unitId: 'ldc-division' }],
    ['Pourquoi si tôt ?', { topic: 'lead-time' }],
    ["c'est quoi une note verbale ?", { topic: 'note-verbale' }],
    ['Quels sont les critères ?', { topic: 'criteria' }],
    ['Et ensuite ?', { topic: 'next' }],
    ['combien de temps ça prend ?', { topic: 'duration' }],
    ['Est-ce gratuit ?', { topic: 'cost' }],
    ["Qu'est-ce qu'un plan par pays ?", { topic: 'country-plan' }],
    ["Qu'est-ce que le CATI ?", { topic: 'program', programId: 'tisc' }],
    ['À qui dois-je écrire ?', { topic: 'contact' }],
    ["Oui, c'est bien ça.", undefined],
    ["Nous sommes en Côte d'Ivoire.", undefined],
    ['Juin 2027 ?', undefined],
    ['rédiger une note verbale', undefined],
    ["Ce que nous voulons, c'est un CATI", undefined],
    ['je sais pas trop', undefined],
  ],
  es: [
    ['¿Por qué necesitan saberlo?', { topic: 'why-asked' }],
    ['¿Quién puede ayudarnos?', { topic: 'contact' }],
    ['¿Perú puede acceder a esto?', { topic: 'eligibility', country: 'PE' }],
    ['¿Somos elegibles?', { topic: 'eligibility' }],
    ['¿Haití puede obtenerlo gratis?', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['¿Qué hace la División de PMA?', { topic: 'unit', unitId: 'ldc-division' }],
    ['¿Por qué tan pronto?', { topic: 'lead-time' }],
    ['¿Qué es una nota verbal?', { topic: 'note-verbale' }],
    ['¿Cuáles son los criterios?', { topic: 'criteria' }],
    ['¿Qué pasa después?', { topic: 'next' }],
    ['¿Cuánto tiempo tarda?', { topic: 'duration' }],
    ['¿cuánto cuesta?', { topic: 'cost' }],
    ['¿Qué es un plan por país?', { topic: 'country-plan' }],
    ['¿Qué es ARDI?', { topic: 'program', programId: 'ardi' }],
    ['¿A quién debo escribir?', { topic: 'contact' }],
    ['Sí, correcto.', undefined],
    ['la primera', undefined],
    ['no, esa no es', undefined],
    ['Como ministerio queremos capacitar a los examinadores', undefined],
    ['Lo que necesitamos es un CATI', undefined],
  ],
  ru: [
    ['Зачем вам это знать?', { topic: 'why-asked' }],
    ['Кто может нам помочь?', { topic: 'contact' }],
    ['Мы имеем право на помощь?', { topic: 'eligibility' }],
    ['Гаити может получить это бесплатно?', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['Чем занимается Отдел НРС?', { topic: 'unit', unitId: 'ldc-division' }],
    [
      'Что делает департамент для стран с переходной экономикой?',
      { topic: 'unit', unitId: 'transition-developed' },
    ],
    ['Кто отвечает за Киргизия?', { topic: 'unit', country: 'KG' }],
    ['Почему так рано?', { topic: 'lead-time' }],
    ['Почему 6 месяцев?', { topic: 'lead-time' }],
    ['Что такое вербальная нота?', { topic: 'note-verbale' }],
    ['Каковы критерии?', { topic: 'criteria' }],
    ['Что дальше?', { topic: 'next' }],
    ['Сколько времени это займет?', { topic: 'duration' }],
    ['Это бесплатно?', { topic: 'cost' }],
    ['Что такое страновой план?', { topic: 'country-plan' }],
    ['Что такое ЦПТИ?', { topic: 'program', programId: 'tisc' }],
    ['Кому писать?', { topic: 'contact' }],
    ['Да, всё верно.', undefined],
    ['составить вербальную ноту', undefined],
    ['Постоянное представительство', undefined],
    ['да, в национальную стратегию', undefined],
    ['Что нам нужно — это обучение экспертов', undefined],
  ],
  zh: [
    ['为什么需要知道这个？', { topic: 'why-asked' }],
    ['为什么要问这个？', { topic: 'why-asked' }],
    ['问这个做什么？', { topic: 'why-asked' }],
    ['谁能帮我们？', { topic: 'contact' }],
    ['我们有资格吗？', { topic: 'eligibility' }],
    ['海地可以免费获得吗？', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['最不发达国家司负责什么？', { topic: 'unit', unitId: 'ldc-division' }],
    ['为什么这么早？', { topic: 'lead-time' }],
    ['什么是普通照会？', { topic: 'note-verbale' }],
    ['标准是什么？', { topic: 'criteria' }],
    ['接下来呢？', { topic: 'next' }],
    ['需要多长时间？', { topic: 'duration' }],
    ['免费吗？', { topic: 'cost' }],
    ['什么是国别计划？', { topic: 'country-plan' }],
    ['TISC是什么？', { topic: 'program', programId: 'tisc' }],
    ['应该写给谁？', { topic: 'contact' }],
    ['对，没错。', undefined],
    ['第二个', undefined],
    ['大学', undefined],
    ['明年10月', undefined],
    ['我们需要的是技术和创新支持中心', undefined],
  ],
  ar: [
    ['لماذا تحتاجون إلى معرفة ذلك؟', { topic: 'why-asked' }],
    ['من يمكنه مساعدتنا؟', { topic: 'contact' }],
    ['هل نحن مؤهلون؟', { topic: 'eligibility' }],
    ['هل يمكن أن تحصل هايتي على هذا مجانا؟', { topic: 'eligibility', country: 'HT', also: ['cost'] }],
    ['ماذا تفعل شعبة البلدان الأقل نموا؟', { topic: 'unit', unitId: 'ldc-division' }],
    ['لماذا مبكرا جدا؟', { topic: 'lead-time' }],
    ['ما هي المذكرة الشفوية؟', { topic: 'note-verbale' }],
    ['ما هي المعايير؟', { topic: 'criteria' }],
    ['ماذا بعد؟', { topic: 'next' }],
    ['كم من الوقت يستغرق ذلك؟', { topic: 'duration' }],
    ['هل هذا مجاني؟', { topic: 'cost' }],
    ['ما هي الخطة القطرية؟', { topic: 'country-plan' }],
    ['ما هو TISC؟', { topic: 'program', programId: 'tisc' }],
    ['لمن أكتب؟', { topic: 'contact' }],
    ['نعم، هذا صحيح.', undefined],
    ['الثاني', undefined],
    ['كما هو', undefined],
    ['ما نحتاجه هو مركز لدعم التكنولوجيا والابتكار', undefined],
  ],
};

describe.each(Object.keys(TABLES) as Lang[])('detectQuestion in %s', (lang) => {
  it.each(TABLES[lang])('%s', (text, expected) => {
    const q = detectQuestion(ctx, text);
    if (expected === undefined) expect(q).toBeUndefined();
    else expect(q).toEqual(expected);
  });
});

describe('detectQuestion, whole words only', () => {
  it('does not take a word that merely contains a cue for the cue', () => {
    // "freedom" contains "free", "contacted" contains "contact", "whatever" contains "what".
    expect(detectQuestion(ctx, 'Whatever works: freedom of choice?')).toEqual({ topic: 'other' });
    expect(detectQuestion(ctx, 'we contacted them already')).toBeUndefined();
  });

  it('reads a program acronym typed in capitals, not the ordinary word', () => {
    expect(detectQuestion(ctx, 'What is DAS?')).toEqual({ topic: 'program', programId: 'das' });
    expect(detectQuestion(ctx, '¿Qué me das?')?.programId).toBeUndefined();
  });

  it('names no program when two are named', () => {
    expect(detectQuestion(ctx, 'is TISC or ARDI better?')?.programId).toBeUndefined();
  });
});
