// Free yes / no / don't-know answers typed as officials type them, in the six languages, with the
// elaboration kept as a note; questions, mixed answers and unrelated text are not answers.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { parseYesNo, type YesNoAnswer } from '../../../src/flow/understand/yes-no.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();
type Row = readonly [text: string, expected: YesNoAnswer | undefined];
const yes = (note?: string): YesNoAnswer => (note ? { value: 'yes', note } : { value: 'yes' });
const no = (note?: string): YesNoAnswer => (note ? { value: 'no', note } : { value: 'no' });
const unknown = (note?: string): YesNoAnswer => (note ? { value: 'unknown', note } : { value: 'unknown' });

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['not really sure, the experts are not there yet', unknown('the experts are not there yet')],
    ['I think so', yes()],
    ["I don't think so", no()],
    ['probably not', no()],
    ["Yes, that's right.", yes()],
    ["no not yet, that's why I'm here", no("that's why I'm here")],
    ['yes we are ready, we have a room and 3 librarians', yes('we have a room and 3 librarians')],
    ['ok', yes()],
    ['OK!', yes()],
    ['Well, I think yes', yes()],
    ['Not sure, I need to ask the director.', unknown('I need to ask the director')],
    ["I don't know", unknown()],
    ['No.', no()],
    ['no problem', yes()],
    ['Yes, but why so early?', yes('but why so early')],
    ['are we eligible?', undefined],
    ['what is a country plan?', undefined],
    ['ok?', undefined],
    ['yes and no', unknown()],
    ['no, yes', undefined],
    ['We are in Tanzania', undefined],
    ['yesterday', undefined],
    ['nobody told us', undefined],
  ],
  fr: [
    ['pas vraiment sûr', unknown()],
    ['je pense que oui', yes()],
    ['je ne pense pas', no()],
    ["Oui, c'est bien ça.", yes()],
    ['je sais pas trop', unknown()],
    ['pas encore', no()],
    ['Non, pas encore : le ministre doit signer', no('le ministre doit signer')],
    ["D'accord", yes()],
    [
      'Oui, nous avons une salle et deux documentalistes',
      yes('nous avons une salle et deux documentalistes'),
    ],
    ['Euh… je crois que oui', yes()],
    ['Peut-être, à confirmer avec le directeur', unknown('à confirmer avec le directeur')],
    ['tout à fait', yes()],
    ['Non merci', no()],
    ['Sommes-nous éligibles ?', undefined],
    ["Qu'est-ce qu'un plan par pays ?", undefined],
    ['oui et non', unknown()],
    ['non, oui', undefined],
    ['Nous sommes en Côte d’Ivoire.', undefined],
    ['ouistiti', undefined],
  ],
  es: [
    ['no estoy muy segura, todavía faltan expertos', unknown('todavía faltan expertos')],
    ['creo que sí', yes()],
    ['creo que no', no()],
    ['Sí, es correcto.', yes()],
    ['todavía no', no()],
    ['No, todavía no, por eso escribo', no('por eso escribo')],
    ['sí, tenemos una sala y tres bibliotecarios', yes('tenemos una sala y tres bibliotecarios')],
    ['no sé', unknown()],
    ['No lo sé, tengo que preguntar', unknown('tengo que preguntar')],
    ['claro que sí', yes()],
    ['Vale', yes()],
    ['pues creo que sí', yes()],
    ['¿Perú puede acceder a esto?', undefined],
    ['¿Qué es un plan por país?', undefined],
    ['sí y no', unknown()],
    ['no, sí', undefined],
    ['Siempre', undefined],
    ['Somos de Perú', undefined],
  ],
  ru: [
    ['не совсем уверена', unknown()],
    ['думаю, нет', no()],
    ['Да, всё верно.', yes()],
    ['да, в национальную стратегию', yes('в национальную стратегию')],
    ['Нет, пока нет', no()],
    ['пока нет, поэтому и пишу', no('поэтому и пишу')],
    ['не знаю', unknown()],
    ['Не уверен, надо уточнить у министра', unknown('надо уточнить у министра')],
    ['Конечно', yes()],
    ['ну да', yes()],
    ['Так и есть', yes()],
    ['Можем ли мы подать заявку?', undefined],
    ['Что такое страновой план?', undefined],
    ['да и нет', unknown()],
    ['нет, да', undefined],
    ['Мы из Кыргызстана.', undefined],
    ['Данные у нас есть', undefined],
  ],
  zh: [
    ['不太确定，专家还没到位', unknown('专家还没到位')],
    ['应该是的', yes()],
    ['对，没错。', yes()],
    ['还没有', no()],
    ['不确定', unknown()],
    ['是的，我们有一个房间和三名图书管理员', yes('我们有一个房间和三名图书管理员')],
    ['好的', yes()],
    ['没有，所以才来问', no('所以才来问')],
    ['不知道，需要问一下部长', unknown('需要问一下部长')],
    ['嗯，我觉得是的', yes()],
    ['当然可以', yes()],
    ['是吗？', undefined],
    ['我们符合条件吗？', undefined],
    ['什么是国别计划', undefined],
    ['是不是', undefined],
    ['我们在坦桑尼亚', undefined],
  ],
  ar: [
    ['أعتقد ذلك', yes()],
    ['لا أعتقد', no()],
    ['نعم، هذا صحيح.', yes()],
    ['لا، ليس بعد', no()],
    ['ليس بعد، ولهذا أكتب إليكم', no('ولهذا أكتب إليكم')],
    ['لا أعرف', unknown()],
    ['غير متأكد، يجب أن أسأل الوزير', unknown('يجب أن أسأل الوزير')],
    ['نعم، لدينا قاعة وثلاثة أمناء مكتبات', yes('لدينا قاعة وثلاثة أمناء مكتبات')],
    ['أجل', yes()],
    ['طبعا', yes()],
    ['لا بأس', yes()],
    ['هل نحن مؤهلون؟', undefined],
    ['ما هي الخطة القطرية؟', undefined],
    ['نعم ولا', unknown()],
    ['لا، نعم', undefined],
    ['نحن في تنزانيا', undefined],
    ['لاجئون', undefined],
  ],
};

// Hedged and colloquial answers as testers typed them, with their equivalents in each language:
// a lean ("I reckon so", "not as far as I know"), "not yet" in other words ("we're working on
// it"), "I'd have to ask" and "more or less" (don't know), and "no sé, creo que no" (the lean wins).
const HEDGED: Record<Lang, readonly Row[]> = {
  en: [
    ['I reckon so', yes()],
    ['not as far as I know', no()],
    ['kind of', unknown()],
    ["we're working on it", no()],
    ["I'll have to check with my boss", unknown('with my boss')],
    ["I don't know, I don't think so", no()],
    ['I think we are not ready', no('ready')],
  ],
  fr: [
    ["j'imagine que oui", yes()],
    ['je pense pas', no()],
    ['pas à ma connaissance', no()],
    ['faut que je vérifie', unknown()],
    ["c'est en cours", no()],
    ['plus ou moins', unknown()],
    ['je sais pas, je pense pas', no()],
  ],
  es: [
    ['supongo que sí', yes()],
    ['que yo sepa no', no()],
    ['no sé, creo que no', no()],
    ['más o menos', unknown()],
    ['estamos trabajando en ello', no()],
    ['tengo que consultarlo con mi jefe', unknown('con mi jefe')],
  ],
  ru: [
    ['пожалуй, да', yes()],
    ['насколько я знаю, нет', no()],
    ['более или менее', unknown()],
    ['в процессе', no()],
    ['надо спросить у руководства', unknown('у руководства')],
    ['не знаю, думаю нет', no()],
  ],
  zh: [
    ['应该是吧', yes()],
    ['我不太清楚', unknown()],
    ['好像没有', no()],
    ['这个要问一下部里', unknown('部里')],
    ['差不多', unknown()],
    ['正在准备', no()],
    ['不知道，好像没有', no()],
  ],
  ar: [
    ['على حد علمي لا', no()],
    ['ما أعرف', unknown()],
    ['ما أظن', no()],
    ['نوعا ما', unknown()],
    ['نعمل على ذلك', no()],
    ['يجب أن أسأل المدير', unknown('المدير')],
    ['لا أعرف، لا أظن', no()],
  ],
};

describe.each(Object.keys(HEDGED) as Lang[])('hedged answers in %s', (lang) => {
  it.each(HEDGED[lang])('%s', (text, expected) => {
    expect(parseYesNo(ctx, text)).toEqual(expected);
  });
});

describe.each(Object.keys(TABLE) as Lang[])('parseYesNo in %s', (lang) => {
  it.each(TABLE[lang])('%s', (text, expected) => {
    expect(parseYesNo(ctx, text)).toEqual(expected);
  });
});

describe('parseYesNo on any input', () => {
  it('answers whatever the chat language (the lists of all six are read together)', () => {
    expect(parseYesNo(flowContext('2030-01-01'), 'да')).toEqual(yes());
  });

  it('keeps the note as typed and finds the answer behind invisible marks', () => {
    expect(parseYesNo(ctx, '\u200fنعم، لدينا قاعة')).toEqual(yes('لدينا قاعة'));
    expect(parseYesNo(ctx, 'YES — We Have A Room')).toEqual(yes('We Have A Room'));
  });

  it('never throws', () => {
    for (const text of [
      '',
      ' ',
      '?',
      '🙂',
      '\ud800',
      'x'.repeat(10_000),
      'yes '.repeat(3000),
      '\u202e\u200f',
    ]) {
      expect(() => parseYesNo(ctx, text)).not.toThrow();
    }
    expect(parseYesNo(ctx, '')).toBeUndefined();
    expect(parseYesNo(ctx, '🙂')).toBeUndefined();
    expect(parseYesNo(ctx, 'yes ' + 'x'.repeat(10_000))?.value).toBe('yes');
  });
});
