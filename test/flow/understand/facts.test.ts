// The facts an opening message gives besides the need, and the need without the signatory's
// clause (a title such as "Minister" says nothing about the program).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { needOf, openingFacts } from '../../../src/flow/understand/facts.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();

const ROWS: readonly [lang: Lang, text: string, senderName: string, need: string][] = [
  [
    'en',
    'We would like help to draft a national IP strategy. The letter should be signed by H.E. Mr. Sok Chenda, Minister.',
    'H.E. Mr. Sok Chenda',
    'We would like help to draft a national IP strategy.',
  ],
  [
    'fr',
    'Nous voulons un CATI, la lettre sera signée par Prof. Aminata Diallo, rectrice. Merci.',
    'Prof. Aminata Diallo',
    'Nous voulons un CATI Merci.',
  ],
  [
    'en',
    'It will be signed by the Minister, Hon. Selemani Jafo. We also want a TISC.',
    'Hon. Selemani Jafo',
    'We also want a TISC.',
  ],
  [
    'en',
    'we want a TISC from next October, the letter signed by Prof. Amani Mbeki',
    'Prof. Amani Mbeki',
    'we want a TISC from next October',
  ],
  // The full stop after the clause does not stay behind as " ." in the need.
  ['en', 'We want a TISC. The letter will be signed by Dr. Li.', 'Dr. Li', 'We want a TISC.'],
  ['fr', 'Nous voulons un CATI, signée par M. Ba.', 'M. Ba', 'Nous voulons un CATI.'],
];

describe('the signatory in an opening message', () => {
  it.each(ROWS)('%s: "%s"', (lang, text, senderName, need) => {
    expect(openingFacts(ctx, text, lang).senderName).toBe(senderName);
    expect(needOf(ctx, text)).toBe(need);
  });

  it.each([
    ['en', 'We want a TISC; the letter will be signed by the Minister.', 'Minister'],
    ['fr', 'Nous voulons un CATI, la lettre sera signée par le ministre.', 'Ministre'],
    ['zh', '我们想加入TISC项目，信由局长签署', '局长'],
    ['ru', 'Мы хотим создать ЦПТИ, письмо подпишет министр.', 'Министр'],
  ] as const)(
    '%s: a signatory named by position only is the title, the name is asked',
    (lang, text, title) => {
      const facts = openingFacts(ctx, text, lang);
      expect(facts.senderName).toBeUndefined();
      expect(facts.senderTitle).toBe(title);
    },
  );

  // A title and a name together, in the order people write them, and the cue before or after.
  it.each([
    ['es', 'Sí, redactemos la carta. La firmará el ministro Javier Giménez.', 'Ministro', 'Javier Giménez'],
    ['es', 'Firmará la carta el ministro Javier Giménez', 'Ministro', 'Javier Giménez'],
    ['es', 'El ministro Javier Giménez la firmará.', 'Ministro', 'Javier Giménez'],
    [
      'fr',
      'Oui, préparons la lettre. Elle sera signée par le ministre Moussa Traoré.',
      'Ministre',
      'Moussa Traoré',
    ],
    [
      'fr',
      'Nous voulons un CATI, la lettre sera signée par Prof. Aminata Diallo, rectrice. Merci.',
      'Rectrice',
      'Prof. Aminata Diallo',
    ],
    ['en', 'Yes, let us draft it. The minister John Kamau will sign it.', 'Minister', 'John Kamau'],
    ['en', 'Yes, draft the letter. It will be signed by the Minister, John Kamau.', 'Minister', 'John Kamau'],
    [
      'en',
      'It will be signed by the Minister, Hon. Selemani Jafo. We also want a TISC.',
      'Minister',
      'Hon. Selemani Jafo',
    ],
    [
      'en',
      'Please draft the letter; it will be signed by the Registrar, Mr. Godfrey Nyaisa.',
      'Registrar',
      'Mr. Godfrey Nyaisa',
    ],
    [
      'ru',
      'Да, давайте подготовим письмо. Его подпишет министр Асель Токтогулова.',
      'Министр',
      'Асель Токтогулова',
    ],
    ['zh', '好的，起草信函。由部长王伟签署。', '部长', '王伟'],
    ['ar', 'نعم، لنكتب الرسالة. سيوقعها الوزير أحمد بنعلي.', 'الوزير', 'أحمد بنعلي'],
    ['ar', 'حسنا، لنكتب الرسالة، ستوقعها المديرة العامة فاطمة بنت محمد', 'المديرة العامة', 'فاطمة بنت محمد'],
    // The name first, then the title, as Chinese writes it; titles officials sign with.
    ['zh', '信由王伟局长签署。', '局长', '王伟'],
    ['en', 'It will be signed by John Kamau, Permanent Secretary.', 'Permanent Secretary', 'John Kamau'],
    ['fr', 'Elle sera signée par Aminata Diallo, doyenne.', 'Doyenne', 'Aminata Diallo'],
    ['es', 'La firmará la viceministra Ana Pérez.', 'Viceministra', 'Ana Pérez'],
    ['ru', 'Письмо подпишет заместитель министра Бакыт Абдиев.', 'Заместитель министра', 'Бакыт Абдиев'],
    ['ar', 'سيوقعها وكيل الوزارة خالد العمري.', 'وكيل الوزارة', 'خالد العمري'],
    ['en', 'The deputy minister Grace Banda will sign it.', 'Deputy minister', 'Grace Banda'],
    // What the title is of goes with the title; the name starts at an honorific or with the last
    // capitalised words.
    [
      'es',
      'La carta la firmará la Ministra de Desarrollo Económico, Sra. María Luisa Ramos.',
      'Ministra de Desarrollo Económico',
      'Sra. María Luisa Ramos',
    ],
    ['es', 'La firmará la ministra María Luisa Ramos.', 'Ministra', 'María Luisa Ramos'],
    ['ru', 'Подпишет министр юстиции Армении Србуи Галян.', 'Министр юстиции Армении', 'Србуи Галян'],
    ['ru', 'Подписывает председатель агентства Иванов И.И.', 'Председатель агентства', 'Иванов И.И.'],
    [
      'ru',
      'Письмо подпишет директор Кыргызпатента Абдыкалыков Бакыт.',
      'Директор Кыргызпатента',
      'Абдыкалыков Бакыт',
    ],
    [
      'ru',
      'Письмо подпишет директор Абдыкалыков Бакыт Токтогулович.',
      'Директор',
      'Абдыкалыков Бакыт Токтогулович',
    ],
    [
      'fr',
      'On veut la lettre, signée par le Secrétaire général du ministère M. Sidi Ould Ahmed',
      'Secrétaire général du ministère',
      'M. Sidi Ould Ahmed',
    ],
    [
      'fr',
      "La lettre sera signée par le Directeur général de l'ANPI, M. Moussa Issoufou.",
      "Directeur général de l'ANPI",
      'M. Moussa Issoufou',
    ],
    [
      'en',
      'It will be signed by the Registrar-General, Mrs Jemima Oware.',
      'Registrar-General',
      'Mrs Jemima Oware',
    ],
    [
      'en',
      'A letter for a TISC, signed by the Deputy Minister Mr. John Banda',
      'Deputy Minister',
      'Mr. John Banda',
    ],
    [
      'en',
      'It will be signed by the CEO of MCIL, Ms Leiataua Henry Ah Ching.',
      'CEO of MCIL',
      'Ms Leiataua Henry Ah Ching',
    ],
    [
      'en',
      'It will be signed by the Minister of Trade and Industry John Kamau.',
      'Minister of Trade and Industry',
      'John Kamau',
    ],
    ['ar', 'سيوقعها وزير العدل السيد أحمد علي.', 'وزير العدل', 'السيد أحمد علي'],
  ] as const)('%s: "%s" gives the title and the name', (lang, text, title, name) => {
    const facts = openingFacts(ctx, text, lang);
    expect(facts.senderTitle).toBe(title);
    expect(facts.senderName).toBe(name);
  });

  it.each([
    ['en', 'It will be signed by the Minister of Justice.', 'Minister of Justice'],
    ['es', 'La firmará la Ministra de Desarrollo Económico.', 'Ministra de Desarrollo Económico'],
  ] as const)(
    '%s: a title with what it is of and no name is the title, the name is asked',
    (lang, text, title) => {
      const facts = openingFacts(ctx, text, lang);
      expect(facts.senderTitle).toBe(title);
      expect(facts.senderName).toBeUndefined();
    },
  );

  it('"we will sign" names no signatory', () => {
    expect(
      openingFacts(ctx, 'We will sign the agreement once WIPO agrees.', 'en').senderName,
    ).toBeUndefined();
  });

  it('a position in another case than the letter prints is neither name nor title', () => {
    const facts = openingFacts(ctx, 'Мы хотим создать ЦПТИ, письмо за подписью министра.', 'ru');
    expect(facts.senderName).toBeUndefined();
    expect(facts.senderTitle).toBeUndefined();
  });

  it.each([
    ['ru', 'Здравствуйте! Мы из Кыргызпатента, хотим автоматизировать ведомство', 'KG'],
    ['es', 'Somos el INDECOPI y queremos capacitar a las pymes', 'PE'],
    ['en', 'Greetings from BRELA, we would like a TISC', 'TZ'],
  ] as const)('%s: an IP office that names one country gives it ("%s")', (lang, text, country) => {
    expect(openingFacts(ctx, text, lang).country).toBe(country);
  });

  it.each([
    ['en', 'I work at the Kenya Industrial Property Institute and we need training for our examiners', 'KE'],
    ['fr', "Nous sommes l'Institut national de la propriété industrielle du Bénin", 'BJ'],
    ['es', 'Somos el Instituto Nacional de Propiedad Industrial de Chile', 'CL'],
  ] as const)('%s: an "industrial property institute" is the IP office ("%s")', (lang, text, country) => {
    const facts = openingFacts(ctx, text, lang);
    expect(facts.requester).toBe('ip-office');
    expect(facts.country).toBe(country);
  });

  // The office's own name, with the country's adjective inside it ("Office burkinabè de la…").
  it.each([
    [
      'fr',
      "Je suis le directeur général de l'Office burkinabè de la propriété industrielle, au Burkina Faso, et nous voulons moderniser IPAS",
      'BF',
    ],
    [
      'fr',
      "Bonjour, ici l'Agence sénégalaise pour la propriété industrielle et l'innovation technologique, au Sénégal",
      'SN',
    ],
    ['fr', 'Le Bureau burkinabè du droit d’auteur au Burkina Faso voudrait former ses agents', 'BF'],
    [
      'es',
      'Soy la directora de patentes de la Oficina Nacional de la Propiedad Industrial de la República Dominicana',
      'DO',
    ],
    ['es', 'Le escribe el Instituto Ecuatoriano de la Propiedad Intelectual de Ecuador', 'EC'],
    ['es', 'Trabajo en la Dirección General de Propiedad Intelectual de Guatemala', 'GT'],
    ['ar', 'نحن المكتب المغربي للملكية الصناعية والتجارية في المغرب', 'MA'],
  ] as const)('%s: an IP office named with an adjective inside its name ("%s")', (lang, text, country) => {
    const facts = openingFacts(ctx, text, lang);
    expect(facts.requester).toBe('ip-office');
    expect(facts.country).toBe(country);
  });

  it.each([
    ['fr', 'Le ministère voudrait une formation en propriété industrielle pour ses agents'],
    ['es', 'El ministerio quiere un taller sobre la propiedad industrial para las pymes'],
  ] as const)(
    '%s: a ministry that wants training in industrial property is still the ministry ("%s")',
    (lang, text) => {
      expect(openingFacts(ctx, text, lang).requester).toBe('government');
    },
  );

  it('leaves a message without a signatory as it is', () => {
    const text = 'Our researchers cannot search patent databases, the minister wants a TISC.';
    expect(needOf(ctx, text)).toBe(text);
  });
});
