// What follows a typed yes / no at the criteria questions, in the six languages: it may say which
// plan after a yes, but never answers the next yes/no question ("no, we don't have a country
// plan" is not "no" to the needs assessment); "no, but it is in our strategy" names what a yes
// names, so the user is asked, and the rest of the interview (the start, its "too late" choice)
// is left as it was.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, tr, atFormalRequest } from '../helpers/flow.js';

const values = (c: Conversation) =>
  Object.fromEntries(Object.entries(c.state!.answers).map(([k, v]) => [k, (v as { value: unknown }).value]));

function atPlanQuestion(lang: Lang): Conversation {
  const c = atFormalRequest(lang);
  c.tap('yes');
  expect(c.pending).toBe('partOfPlan');
  return c;
}

interface NoCase {
  readonly lang: Lang;
  /** A "no" whose rest reads like a "no" to the next question too. */
  readonly no: string;
  /** "not really, … but it is in our national IP policy": the plan named after the "but". */
  readonly butNamed: string;
  readonly yes: string;
  /** "no, but we are preparing one": asked, and answered no. */
  readonly butPreparing: string;
  readonly no2: string;
}

const NO_CASES: readonly NoCase[] = [
  {
    lang: 'en',
    no: "no, we don't have a country plan",
    butNamed:
      "hmm not really, we don't have a country plan i think, but it is in our national IP policy 2018",
    yes: 'yes',
    butPreparing: 'no, but we are preparing a national IP strategy',
    no2: 'no',
  },
  {
    lang: 'fr',
    no: "non, nous n'avons pas de plan de pays",
    butNamed:
      "pas vraiment, nous n'avons pas de plan par pays, mais c'est dans notre politique nationale de PI de 2018",
    yes: 'oui',
    butPreparing: 'non, mais nous préparons une stratégie nationale de PI',
    no2: 'non',
  },
  {
    lang: 'es',
    no: 'no, no tenemos un plan de país',
    butNamed: 'no, no tenemos plan por país, pero está en nuestra política nacional de PI de 2018',
    yes: 'sí',
    butPreparing: 'no, pero estamos preparando una estrategia nacional de PI',
    no2: 'no',
  },
  {
    lang: 'ru',
    no: 'нет, у нас нет странового плана',
    butNamed: 'не совсем, странового плана у нас нет, но это есть в национальной стратегии 2018 года',
    yes: 'да',
    butPreparing: 'нет, но мы готовим национальную стратегию',
    no2: 'нет',
  },
  {
    lang: 'zh',
    no: '不是，我们没有国家计划',
    butNamed: '不是，我们没有国别计划，但是已列入2018年国家知识产权战略',
    yes: '是',
    butPreparing: '没有，但是我们正在制定知识产权战略',
    no2: '不是',
  },
  {
    lang: 'ar',
    no: 'لا، ليس لدينا خطة قطرية',
    butNamed: 'لا، ليس لدينا خطة قطرية، لكنها مدرجة في الاستراتيجية الوطنية للملكية الفكرية لعام 2018',
    yes: 'نعم',
    butPreparing: 'لا، لكننا نعد استراتيجية وطنية',
    no2: 'لا',
  },
];

describe.each(NO_CASES)('the rest of a yes/no answer in $lang', (row) => {
  it('does not answer the next yes/no question', () => {
    const c = atPlanQuestion(row.lang);
    c.send(row.no);
    expect(c.pending).toBe('nationalNeeds');
    expect(values(c).partOfPlan).toBe('no');
    expect(values(c).nationalNeeds).toBeUndefined();
  });

  it('"no, but <a plan the question counts>" is asked back, and a yes takes that plan', () => {
    const c = atPlanQuestion(row.lang);
    c.send(row.butNamed);
    expect(c.pending).toBe('partOfPlan');
    const named = tr(row.lang, 'flow:planKind.ip-strategy');
    expect(c.text).toContain(tr(row.lang, 'flow:yesNo.but-named', { named }));
    expect(c.choices()).toEqual(['yes', 'no', 'unknown']);
    expect(values(c).partOfPlan).toBeUndefined();
    c.send(row.yes);
    expect(values(c)).toMatchObject({ partOfPlan: 'yes', planKind: 'ip-strategy' });
    expect(c.state!.answers.partOfPlan!.note).toBeTruthy();
    expect(c.pending).toBe('nationalNeeds');
  });

  it('"no, but we are preparing one" answered no stays no, the note kept', () => {
    const c = atPlanQuestion(row.lang);
    c.send(row.butPreparing);
    expect(c.pending).toBe('partOfPlan');
    c.send(row.no2);
    expect(values(c).partOfPlan).toBe('no');
    expect(values(c).planKind).toBeUndefined();
    expect(c.state!.answers.partOfPlan!.note).toBeTruthy();
    expect(c.pending).toBe('nationalNeeds');
  });
});

/** A note verbale for a seminar in February 2027 (too late for the 5–6 months), to the plan question. */
const NOTE_VERBALE: Record<Lang, readonly [opening: string, program: string, noBut: string, yes: string]> = {
  ru: [
    'Постоянное представительство Республики Таджикистан при отделении ООН в Женеве. Нам нужно подготовить вербальную ноту в ВОИС с просьбой об организации национального семинара по коллективному управлению авторскими правами в Душанбе в феврале 2027 г.',
    'первая',
    'Нет, но это предусмотрено стратегией.',
    'да',
  ],
  en: [
    'Permanent Mission of the Republic of Tajikistan to the United Nations Office at Geneva. We need to prepare a note verbale to WIPO requesting a national seminar on collective management of copyright in Dushanbe in February 2027.',
    'the first one',
    'No, but it is in our strategy',
    'yes',
  ],
  fr: [
    "Mission permanente de la République du Tadjikistan auprès de l'Office des Nations Unies à Genève. Nous devons préparer une note verbale à l'OMPI demandant un séminaire national sur la gestion collective du droit d'auteur à Douchanbé en février 2027.",
    'la première',
    "Non, mais c'est prévu dans notre stratégie",
    'oui',
  ],
  es: [
    'Misión Permanente de la República de Tayikistán ante la Oficina de las Naciones Unidas en Ginebra. Necesitamos preparar una nota verbal a la OMPI solicitando un seminario nacional sobre gestión colectiva del derecho de autor en Dusambé en febrero de 2027.',
    'la primera',
    'No, pero está previsto en la estrategia',
    'sí',
  ],
  zh: [
    '塔吉克斯坦共和国常驻联合国日内瓦办事处代表团。我们需要起草一份致产权组织的照会，请求于2027年2月在杜尚别举办一次关于版权集体管理的国家研讨会。',
    '第一个',
    '不是，但已列入我们的战略',
    '是',
  ],
  ar: [
    'البعثة الدائمة لجمهورية طاجيكستان لدى مكتب الأمم المتحدة في جنيف. نحتاج إلى إعداد مذكرة شفوية إلى الويبو نطلب فيها تنظيم حلقة دراسية وطنية حول الإدارة الجماعية لحق المؤلف في دوشانبي في فبراير 2027.',
    'الأول',
    'لا، لكنه مدرج في استراتيجيتنا',
    'نعم',
  ],
};

/** What the plan answer keeps as its note. */
const NOTE_KEPT: Record<Lang, string> = {
  ru: 'но это предусмотрено стратегией',
  en: 'but it is in our strategy',
  fr: "mais c'est prévu dans notre stratégie",
  es: 'pero está previsto en la estrategia',
  zh: '但已列入我们的战略',
  ar: 'لكنه مدرج في استراتيجيتنا',
};

describe.each(Object.keys(NOTE_VERBALE) as Lang[])('"no, but it is in our strategy" in %s', (lang) => {
  it('answers the plan question only: the start stays, and "too late" is still asked', () => {
    const [opening, program, noBut, yes] = NOTE_VERBALE[lang];
    const c = new Conversation();
    c.send({ text: opening, locale: lang });
    c.send(program);
    expect(c.pending).toBe('partOfPlan');
    const before = values(c);
    expect(before.start).toBe('2027-02-01');
    c.send(noBut);
    expect(c.pending).toBe('partOfPlan');
    expect(values(c)).toEqual(before);
    c.send(yes);
    expect(values(c)).toMatchObject({ partOfPlan: 'yes', planKind: 'ip-strategy', start: '2027-02-01' });
    expect(c.state!.answers.partOfPlan!.note).toBe(NOTE_KEPT[lang]);
    expect(c.pending).toBe('startAccept');
  });
});
