// Conversations typed as officials type them — a rich opening, free answers, a question asked in
// between, a correction — in all six languages, through the pure engine, to a finished letter. No
// button is tapped. Each row: what the user types, and what that turn must do.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, flowContext, tr } from '../helpers/flow.js';

type Turn =
  | string
  /** A question asked in between: it is answered and the pending question stays. */
  | { readonly ask: string }
  /** A correction of an earlier answer: that answer changes, the interview comes back. */
  | { readonly fix: string; readonly step: string; readonly value: unknown };

interface Case {
  readonly lang: Lang;
  readonly turns: readonly Turn[];
  /** What the drafted letter must hold. */
  readonly letter: Readonly<Record<string, unknown>>;
}

const CASES: readonly Case[] = [
  {
    lang: 'en',
    turns: [
      'Good morning. I work at the Ministry of Trade of Kenya. We would like WIPO to train our customs officers to stop counterfeit goods at the border, starting in September 2027. The letter will be signed by Hon. Mary Wanjiru.',
      'the first one',
      'Not yet, we are still preparing our national IP strategy',
      { ask: 'why so early?' },
      'English, please',
      'Cabinet Secretary for Trade',
      'Ministry of Trade, Investment and Industry',
      'Nairobi',
      'MITI/IP/2026/44',
      'mary.wanjiru@trade.go.ke, +254 20 2731531',
      'Training of customs and police officers in the enforcement of IP rights at the border.',
      'It supports the Kenya Vision 2030 pillar on trade and manufacturing.',
      'Fifty officers trained and a national enforcement manual adopted.',
      'About 50 customs and police officers from the main border posts',
      { fix: 'No, the signatory is Dr Peter Kamau', step: 'senderName', value: 'Dr Peter Kamau' },
      'Six months from September 2027',
      'Yes, please draft it.',
    ],
    letter: {
      type: 'new-assistance',
      lang: 'en',
      country: 'KE',
      date: '2027-09-01',
      'sender.name': 'Dr Peter Kamau',
      'sender.title': 'Cabinet Secretary for Trade',
      city: 'Nairobi',
      reference: 'MITI/IP/2026/44',
      'sender.email': 'mary.wanjiru@trade.go.ke',
      'sender.phone': '+254 20 2731531',
    },
  },
  {
    lang: 'fr',
    turns: [
      "Bonjour, je suis le directeur de la recherche de l'Université Félix Houphouët-Boigny, en Côte d'Ivoire. Nous voulons créer un TISC à partir de juillet 2027. La lettre sera signée par le Pr Kouassi Yao.",
      "Oui, c'est dans le plan de pays de l'OMPI",
      { ask: "c'est quoi une note verbale ?" },
      'en français',
      'Directeur de la recherche',
      'Université Félix Houphouët-Boigny',
      'Abidjan',
      'aucune',
      'recherche@univ-fhb.edu.ci ou +225 27 22 44 90 00',
      "Créer un centre d'appui à la technologie et à l'innovation pour nos chercheurs et les PME.",
      'Le projet soutient le Plan national de développement 2026-2030, axe innovation.',
      'Un centre opérationnel, 15 agents formés et 200 recherches de brevets par an.',
      '60 chercheurs, 20 doctorants et 10 documentalistes',
      "Nos chercheurs n'ont pas accès aux bases de données de brevets.",
      "La Chambre de commerce et d'industrie de Côte d'Ivoire",
      'Une salle équipée, trois documentalistes et une connexion internet sont disponibles.',
      {
        fix: 'Petite correction : finalement nous préférons commencer en octobre 2027',
        step: 'start',
        value: '2027-10-01',
      },
      "Douze mois à partir d'octobre 2027",
      'Oui, rédigez la lettre',
    ],
    letter: {
      type: 'project',
      lang: 'fr',
      country: 'CI',
      programId: 'tisc',
      date: '2027-10-01',
      'sender.name': 'Pr Kouassi Yao',
      'details.period': "Douze mois à partir d'octobre 2027",
      'planReference.kind': 'country-plan',
    },
  },
  {
    lang: 'es',
    turns: [
      'Buenos días. Somos la oficina de propiedad intelectual del Perú. Queremos formar a nuestras pymes en el uso de las marcas y los diseños a partir de marzo de 2028, con una carta firmada por la Dra. Ana Torres.',
      'la primera',
      'todavía no',
      { ask: '¿Perú puede acceder a esto?' },
      'en español',
      'Presidenta del Consejo Directivo',
      'Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual',
      'Lima',
      'Oficio N.º 245-2026/INDECOPI',
      'atorres@indecopi.gob.pe, +51 1 224 7800',
      'Capacitar a cien pymes en la gestión de sus marcas y diseños.',
      'Contribuye a la Política Nacional de Competitividad y Productividad.',
      'Cien pymes capacitadas y cincuenta solicitudes de marca presentadas.',
      'Cien pequeñas y medianas empresas de Lima, Cusco y Arequipa',
      { fix: 'En realidad, mejor empezar en abril de 2028', step: 'start', value: '2028-04-01' },
      'Un año a partir de abril de 2028',
      'Sí, redacte la carta',
    ],
    letter: { lang: 'es', country: 'PE', date: '2028-04-01', 'sender.name': 'Dra. Ana Torres' },
  },
  {
    lang: 'ru',
    turns: [
      'Здравствуйте! Мы из Кыргызпатента, государственного ведомства по интеллектуальной собственности Кыргызстана. Хотим разработать национальную стратегию в области ИС с мая 2027 года. Письмо подпишет директор Асанов.',
      'первый',
      'нет, пока нет',
      { ask: 'что делает департамент для стран с переходной экономикой?' },
      'на русском',
      'Государственная служба интеллектуальной собственности и инноваций при Кабинете министров Кыргызской Республики',
      'Бишкек',
      'нет',
      'info@patent.kg, +996 312 68 08 19',
      'Разработать национальную стратегию в области интеллектуальной собственности на 2028–2032 годы.',
      'Стратегия поддерживает Национальную программу развития Кыргызской Республики.',
      'Проект стратегии, одобренный правительством, и план действий.',
      'Кыргызпатент, министерства экономики и образования, 30 экспертов',
      {
        fix: 'Подписывать будет заместитель министра Петров',
        step: 'senderName',
        value: 'заместитель министра Петров',
      },
      '12 месяцев начиная с мая 2027 года',
      'да, составьте письмо',
    ],
    // "Письмо подпишет директор Асанов": the title comes from the opening, as typed.
    letter: { lang: 'ru', country: 'KG', date: '2027-05-01', 'sender.title': 'Директор' },
  },
  {
    lang: 'zh',
    turns: [
      '您好，我是柬埔寨金边皇家大学的研究主任。我们的研究人员无法检索专利数据库，希望从2027年9月开始建立技术与创新支持中心（TISC），信由索帕教授签署。',
      '是的，这属于国家知识产权战略',
      { ask: '准备需要多长时间？' },
      '用中文',
      '研究主任',
      '金边皇家大学',
      '金边',
      '没有',
      'research@rupp.edu.kh，+855 23 883 640',
      '建立技术与创新支持中心，帮助研究人员检索专利和科技文献。',
      '支持柬埔寨2050年愿景中的创新目标。',
      '中心正常运行，每年完成200次检索，培训30名工作人员。',
      '80名研究人员和15名图书馆员',
      '我们的研究人员无法获取专利信息。',
      '柬埔寨工业、科学、技术和创新部',
      '已有一间配备电脑的房间和三名图书馆员。',
      { fix: '把开始时间改为2028年1月', step: 'start', value: '2028-01-01' },
      '自2028年1月起，为期12个月',
      '对，请起草信函',
    ],
    letter: {
      type: 'project',
      lang: 'zh',
      country: 'KH',
      programId: 'tisc',
      date: '2028-01-01',
      'sender.name': '索帕教授',
      'planReference.kind': 'national-ip-strategy',
    },
  },
  {
    lang: 'ar',
    turns: [
      'السلام عليكم، نحن وزارة الثقافة في السنغال. نريد حماية المعارف التقليدية وأشكال التعبير الثقافي التقليدي لحرفيينا ابتداء من أيار/مايو 2027، والرسالة بتوقيع د. أمادو فال.',
      'الأول',
      'لا، ليس بعد',
      { ask: 'ما هي معايير الموافقة؟' },
      'بالعربية',
      'وزير الثقافة',
      'وزارة الثقافة والتراث التاريخي',
      'داكار',
      'لا يوجد',
      'culture@gouv.sn، +221 33 849 70 00',
      'وضع سياسة وطنية لحماية المعارف التقليدية وأشكال التعبير الثقافي التقليدي.',
      'تدعم خطة السنغال الناهضة في مجال الصناعات الثقافية.',
      'مشروع سياسة وطنية وتدريب 40 موظفا.',
      '40 موظفا و200 حرفي',
      { fix: 'غيّر الموقّع إلى د. زياد', step: 'senderName', value: 'د. زياد' },
      '12 شهرا اعتبارا من أيار/مايو 2027',
      'نعم، اكتب الرسالة',
    ],
    letter: { lang: 'ar', country: 'SN', date: '2027-05-01', 'sender.name': 'د. زياد' },
  },
];

/** Reads a dotted path of the letter input. */
const at = (o: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      o,
    );

describe.each(CASES)('a typed conversation in $lang', ({ lang, turns, letter }) => {
  it('reaches the letter, answers the questions in place, applies the correction, asks nothing twice', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: lang });
    const answered: string[] = [];
    for (const [n, turn] of turns.entries()) {
      const before = c.pending;
      const text = typeof turn === 'string' ? turn : 'ask' in turn ? turn.ask : turn.fix;
      c.send(text);
      const where = `turn ${n + 1} "${text}" (was at ${before}, now ${c.pending}): ${c.text.slice(0, 300)}`;
      expect(c.text, where).not.toMatch(/flow:hint|common:handoff/);
      if (typeof turn !== 'string' && 'ask' in turn) {
        expect(c.pending, where).toBe(before);
        expect(c.last.length, where).toBeGreaterThanOrEqual(2);
      } else if (typeof turn !== 'string') {
        expect(c.state?.answers[turn.step]?.value, where).toEqual(turn.value);
      } else {
        // A plain answer moves on: the question it answered is never asked again.
        if (before) answered.push(before);
        expect(c.pending === undefined || !answered.includes(c.pending), where).toBe(true);
      }
    }
    const draft = c.effects.find((e) => (e as { kind: string }).kind === 'draft-letter') as
      { input: Record<string, unknown> } | undefined;
    expect(draft, c.text).toBeDefined();
    for (const [path, value] of Object.entries(letter)) expect(at(draft!.input, path), path).toEqual(value);
    console.log(`typed conversation (${lang}): ${turns.length} turns to the letter`);
  });
});

describe('typed conversations, all languages', () => {
  it('take a median of at most 18 turns to a letter, questions and corrections included', () => {
    const counts = CASES.map((c) => c.turns.length).sort((a, b) => a - b);
    const median = (counts[(counts.length - 1) >> 1]! + counts[counts.length >> 1]!) / 2;
    expect(median).toBeLessThanOrEqual(18);
  });
});

/** An opening that finds the TISC project (country, requester and start given), per language. */
const TISC_OPENING: Record<Lang, string> = {
  es: 'Somos el Ministerio de Industria y Comercio del Paraguay y queremos un CATI a partir de septiembre de 2027.',
  en: 'We are the Ministry of Trade of Kenya and we want a TISC from September 2027.',
  fr: 'Nous sommes le ministère du Commerce du Sénégal et nous voulons un CATI à partir de septembre 2027.',
  ru: 'Мы министерство экономики Кыргызстана, хотим создать ЦПТИ с сентября 2027 года.',
  zh: '我们是柬埔寨商务部，希望从2027年9月开始建立技术与创新支持中心（TISC）。',
  ar: 'نحن وزارة التجارة في المغرب ونريد إنشاء مركز لدعم التكنولوجيا والابتكار (TISC) ابتداء من سبتمبر 2027.',
};

describe('typed at the menu and after misunderstandings', () => {
  it('notes a country said alone and shows the menu; a letter named by its kind starts the letter', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'ru' });
    c.send('Мы из Кыргызстана.');
    expect(c.state?.answers.country?.value).toBe('KG');
    expect(c.pending).toBeUndefined();
    c.send('составить вербальную ноту');
    expect(c.state?.goal).toBe('letter');
    expect(c.state?.answers.letterType?.value).toBe('note-verbale');
    expect(c.pending).toBe('requester');
  });

  it.each<[Lang, string]>([
    ['en', 'After that, I want to prepare the request letter now'],
    ['fr', 'Maintenant je voudrais bien préparer une lettre de demande'],
    ['es', 'Ahora quisiera preparar la carta de solicitud, por favor'],
    ['ru', 'Теперь я хотел бы подготовить письмо-запрос для нашего ведомства'],
    ['zh', '现在我们想要起草一份请求信，谢谢您的帮助'],
    ['ar', 'الآن نريد أن نقوم بصياغة رسالة الطلب من فضلكم'],
  ])('in %s, starts a task named in a long sentence that describes no need', (lang, text) => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: lang });
    c.send(text);
    expect(c.text).not.toContain(tr(lang, 'common:not-understood-menu'));
    expect(c.state?.goal).toBe('letter');
    expect(c.pending).toBeDefined();
  });

  it.each<[Lang, string, string, string, string]>([
    [
      'es',
      TISC_OPENING.es,
      'Sí, redactemos la carta. La firmará el ministro Javier Giménez.',
      'Javier Giménez',
      'Ministro',
    ],
    [
      'en',
      TISC_OPENING.en,
      'Yes, let us draft the letter. The minister John Kamau will sign it.',
      'John Kamau',
      'Minister',
    ],
    [
      'fr',
      TISC_OPENING.fr,
      'Oui, rédigeons la lettre. Elle sera signée par le ministre Moussa Traoré.',
      'Moussa Traoré',
      'Ministre',
    ],
    [
      'ru',
      TISC_OPENING.ru,
      'Да, подготовим письмо. Его подпишет министр Асель Токтогулова.',
      'Асель Токтогулова',
      'Министр',
    ],
    ['zh', TISC_OPENING.zh, '好的，起草请求信。由部长王伟签署。', '王伟', '部长'],
    ['ar', TISC_OPENING.ar, 'نعم، لنكتب الرسالة. سيوقعها الوزير أحمد بنعلي.', 'أحمد بنعلي', 'الوزير'],
  ])(
    'in %s, the letter asked for with its signatory after a task: the letter starts, name and title kept',
    (lang, opening, text, name, title) => {
      const c = new Conversation(flowContext('2026-12-01'));
      c.send({ start: true, locale: lang });
      c.send(opening);
      expect(c.state?.answers.program?.value).toBe('tisc');
      c.send(text);
      expect(c.state?.goal).toBe('letter');
      expect(c.state?.answers.senderName?.value).toBe(name);
      expect(c.state?.answers.senderTitle?.value).toBe(title);
      // The program found stays: the sentence is not a new search.
      expect(c.state?.answers.program?.value).toBe('tisc');
    },
  );

  it.each<[Lang, string]>([
    ['zh', '检查一下我们的申请'],
    ['zh', '我们的申请能获批吗'],
    ['zh', '我们想核查我们的申请'],
    ['ar', 'هل يمكنكم التحقق من طلبنا؟'],
    ['es', '¿Pueden revisar nuestra solicitud?'],
    ['ru', 'Проверьте, пожалуйста, нашу заявку'],
    ['fr', 'Pouvez-vous vérifier notre demande ?'],
    ['en', 'Can you check our application?'],
  ])('in %s, "%s" at the menu starts the check', (lang, text) => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: lang });
    c.send(text);
    expect(c.state?.goal).toBe('check');
    expect(c.pending).toBe('country');
  });

  it.each<[Lang, string, string, Lang]>([
    ['en', TISC_OPENING.en, 'Please draft the letter in French, signed by the Minister, John Kamau.', 'fr'],
    ['zh', TISC_OPENING.zh, '好的，起草信函，用英文，由部长宋萨万签署', 'en'],
    ['fr', TISC_OPENING.fr, 'Rédigez la lettre en anglais, svp', 'en'],
    ['es', TISC_OPENING.es, 'Redacte la carta en inglés, la firmará la ministra Ana López', 'en'],
    ['ru', TISC_OPENING.ru, 'Подготовьте письмо на английском языке', 'en'],
    ['ar', TISC_OPENING.ar, 'اكتبوا الرسالة بالفرنسية من فضلكم', 'fr'],
  ])(
    "in %s, the letter asked for in a language: that is the letter's, the chat stays",
    (lang, opening, text, letterLang) => {
      const c = new Conversation(flowContext('2026-12-01'));
      c.send({ start: true, locale: lang });
      c.send(opening);
      c.send(text);
      expect(c.state?.goal).toBe('letter');
      expect(c.state?.answers.letterLang?.value).toBe(letterLang);
      expect(c.state?.lang).toBe(lang);
      expect(c.pending).not.toBe('letterLang');
    },
  );

  it.each<[Lang, string, string, string, string]>([
    [
      'ar',
      'مرحبا، أنا مديرة المكتب الوطني للملكية الصناعية في موريتانيا. نحتاج إلى تدريب موظفي المكتب على فحص طلبات العلامات التجارية ابتداء من يناير 2028.',
      'الخيار الثاني',
      'حسنا، لنكتب الرسالة بالفرنسية، فالمديرة العامة متحمسة جدا لهذا المشروع',
      'ipas',
    ],
    [
      'en',
      TISC_OPENING.en,
      '',
      'OK, now please prepare the request letter; our press office will then tell the journalists about it',
      'tisc',
    ],
  ])(
    'in %s, the letter asked for in a long sentence once a program is chosen keeps that program',
    (lang, opening, pick, text, program) => {
      const c = new Conversation(flowContext('2026-12-01'));
      c.send({ start: true, locale: lang });
      c.send(opening);
      if (pick) c.send(pick);
      expect(c.state?.answers.program?.value).toBe(program);
      c.send(text);
      expect(c.state?.goal).toBe('letter');
      expect(c.state?.answers.program?.value).toBe(program);
      expect(c.pending).not.toBe('program');
    },
  );

  it('an opening that asks for the letter in a language, in one of its sentences, gives the letter language', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'en' });
    c.send(
      "Hello, I'm the Permanent Secretary of the Ministry of Industry, Trade and Cooperatives of Tanzania. We need help to draft our first national IP policy, ideally starting in June 2027. Please prepare the letter in English; it will be signed by the Minister, Hon. Selemani Jafo.",
    );
    expect(c.state?.goal).toBe('letter');
    expect(c.state?.answers.letterLang?.value).toBe('en');
    expect(c.state?.answers.senderName?.value).toBe('Hon. Selemani Jafo');
    expect(c.state?.answers.senderTitle?.value).toBe('Minister');
    // The need is what is needed: not the letter's request, not the signatory.
    expect(c.state?.answers.need?.value).toBe(
      // The greeting is said to the bot; the need starts after it.
      "I'm the Permanent Secretary of the Ministry of Industry, Trade and Cooperatives of Tanzania. We need help to draft our first national IP policy, ideally starting in June 2027.",
    );
  });

  it('at the program pick, a rank said with more words is the pick, or asked again: never a new search', () => {
    const opening =
      "Bonjour, je suis la rectrice de l'Université Cheikh Anta Diop de Dakar au Sénégal. Nous voulons créer un bureau de transfert de technologie et former nos chercheurs à la rédaction de brevets.";
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'fr' });
    c.send(opening);
    expect(c.pending).toBe('program');
    const need = c.state?.answers.need?.value;
    c.send('le premier machin bizarre');
    expect(c.pending).toBe('program');
    expect(c.state?.answers.need?.value).toBe(need);
    c.send("le premier, c'est ça");
    expect(c.state?.answers.program?.value).toBe('university-ip-policy');
  });

  // The words come from the label the bot showed: whatever the ranking, they are that option's own.
  it.each<[Lang, string, string]>([
    [
      'en',
      'We are the Ministry of Trade of Kenya and need help with a national IP strategy.',
      'the second one,',
    ],
    ['fr', 'Ministère du Commerce du Sénégal : nous voulons une stratégie nationale de PI.', 'le deuxième,'],
    ['es', 'Ministerio de Industria del Paraguay: queremos una estrategia nacional de PI.', 'la segunda,'],
    ['ru', 'Министерство экономики Кыргызстана: нужна национальная стратегия в области ИС.', 'вторую,'],
    ['zh', '我们是柬埔寨商务部，需要制定国家知识产权战略。', '第二个，'],
    ['ar', 'نحن وزارة التجارة في المغرب ونحتاج إلى استراتيجية وطنية للملكية الفكرية.', 'الثاني،'],
  ])('in %s, a rank typed with words of that option picks it', (lang, opening, rank) => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: lang });
    c.send(opening);
    expect(c.pending).toBe('program');
    const second = c.choices()[1]!;
    const label = flowContext('2026-12-01').knowledge.programById.get(second)!.name[lang];
    const words = label
      .split(/[\s,()（）、，]+/u)
      .filter((w) => w.length > 3)
      .sort((a, b) => b.length - a.length)
      .slice(0, 2)
      .join(' ');
    c.send(`${rank} ${lang === 'zh' ? label.slice(0, 4) : words.toLowerCase()}`);
    expect(c.state?.answers.program?.value).toBe(second);
  });

  it.each<[Lang, string, string, string, string]>([
    [
      'ru',
      'Здравствуйте! Я начальник управления Кыргызпатента, Кыргызская Республика. Мы хотим разработать национальную стратегию в области интеллектуальной собственности, начиная с мая 2027 года.',
      'первый',
      'Проверьте, пожалуйста, нашу заявку',
      'пока нет',
    ],
    ['en', TISC_OPENING.en, '', 'Can you check our request?', 'no'],
  ])(
    'in %s, a bare "no" to the first check question after a program is chosen answers it, not the program',
    (lang, opening, pick, check, no) => {
      const c = new Conversation(flowContext('2026-12-01'));
      c.send({ start: true, locale: lang });
      c.send(opening);
      if (pick) c.send(pick);
      const program = c.state?.answers.program?.value;
      c.send(check);
      expect(c.pending).toBe('formalRequest');
      c.send(no);
      expect(c.state?.answers.formalRequest?.value).toBe('no');
      expect(c.state?.answers.program?.value).toBe(program);
    },
  );

  it('a need that names a language for something else sets no letter language', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'en' });
    c.send('We want to translate our patent law into French and need legal advice.');
    expect(c.state?.answers.letterLang).toBeUndefined();
  });

  it('in ar, "to whom should I write?" at the menu is answered (the addressee), not misunderstood', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'ar' });
    c.send('لمن يجب أن أكتب؟');
    expect(c.text).not.toContain(tr('ar', 'common:not-understood-menu'));
    expect(c.text).toContain('المدير العام للويبو');
  });

  it('answers a question typed after a task ends, about the program found, then offers the menu', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'es' });
    c.send('Somos la oficina de propiedad intelectual del Perú y queremos un TISC');
    // TISC is named: the search ends with it at once.
    expect(c.pending).toBeUndefined();
    expect(c.state?.answers.program?.value).toBe('tisc');
    c.send('¿cuánto cuesta?');
    expect(c.text).not.toContain(tr('es', 'common:not-understood-menu'));
    expect(c.text).toContain(c.ctx.knowledge.programById.get('tisc')!.name.es);
    expect(c.choices()).toContain('goal:letter');
  });

  it('keeps a country read back across the hand-off: "try again" resumes it', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: 'es' });
    c.tap('goal:contact');
    c.send('Kenia');
    expect(c.state?.scratch?.candidates).toEqual(['KE']);
    for (const x of ['qwerty', 'asdf', 'zxcv']) c.send(x);
    expect(c.choices()).toContain('retry');
    c.tap('retry');
    c.send('sí, correcto');
    expect(c.state?.answers.country?.value).toBe('KE');
  });
});
