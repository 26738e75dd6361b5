// "We haven't decided yet", "لم أقرر بعد", "我们还没决定" at a yes/no question: undecided is "I don't
// know", not a no, in the six languages (yesNo.undecided); "not yet" about the thing asked ("not
// yet sent", "لم نرسلها بعد", "pas encore") stays a no, and an explicit no before it ("no, we
// haven't decided yet") too. "I don't know when" ("不知道什么时候发出", "لا أعرف متى") is unknown,
// while a real question ("什么时候需要发出？", "when should it be sent?") is answered as one.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, tr, atFormalRequest } from '../helpers/flow.js';

const answer = (c: Conversation, step: string) =>
  c.state!.answers[step] as { value: unknown; note?: string } | undefined;

interface Row {
  readonly lang: Lang;
  /** Not decided, not sure yet, still discussing: unknown, with nothing left over as a note. */
  readonly undecided: readonly string[];
  /** Not knowing when: unknown. */
  readonly dontKnowWhen: readonly string[];
  /** "Not yet" about the thing asked, or a no before "not decided": still a no. */
  readonly no: readonly string[];
  /** A question about when: answered as a question, the yes/no question asked again. */
  readonly question: string;
}

const ROWS: readonly Row[] = [
  {
    lang: 'en',
    undecided: [
      "we haven't decided yet",
      'not decided yet',
      "we're still discussing it",
      'it has not been decided',
      'no decision yet',
      'well, still under discussion',
    ],
    dontKnowWhen: ["I don't know when", "I don't know when it will be sent"],
    no: ['not yet sent', "we haven't sent it yet", 'no, not yet', "no, we haven't decided yet"],
    question: 'when should it be sent?',
  },
  {
    lang: 'fr',
    undecided: [
      "nous n'avons pas encore décidé",
      'pas encore décidé',
      "rien n'est encore décidé",
      'on en discute encore',
      'pas encore sûr',
      "ce n'est pas encore tranché",
    ],
    dontKnowWhen: ['je ne sais pas quand', 'je ne sais pas quand elle sera envoyée'],
    no: [
      'pas encore',
      "nous ne l'avons pas encore envoyée",
      'non, pas encore',
      "non, nous n'avons pas encore décidé",
    ],
    question: 'quand faut-il l’envoyer ?',
  },
  {
    lang: 'ru',
    undecided: [
      'мы ещё не решили',
      'пока не решили',
      'ещё не решено',
      'мы ещё не определились',
      'ещё обсуждаем',
      'пока не уверены',
    ],
    dontKnowWhen: ['не знаю, когда', 'не знаю, когда отправят'],
    no: ['пока нет', 'ещё не отправили', 'нет, ещё нет', 'нет, мы ещё не решили'],
    question: 'когда её нужно отправить?',
  },
  {
    lang: 'zh',
    undecided: [
      '我们还没决定',
      '还没决定',
      '还没有确定',
      '我们还在讨论',
      '还在考虑中',
      '尚未决定',
      '还没决定呢',
    ],
    dontKnowWhen: ['不知道什么时候发出', '我不知道什么时候发', '还没决定什么时候发出'],
    no: ['还没有', '还没发出', '还没有，下周会发出', '没有，还没决定'],
    question: '什么时候需要发出？',
  },
  {
    lang: 'es',
    undecided: [
      'todavía no lo hemos decidido',
      'aún no hemos decidido',
      'no está decidido todavía',
      'todavía lo estamos discutiendo',
      'está por decidir',
      'aún no estamos seguros',
    ],
    dontKnowWhen: ['no sé cuándo', 'no sé cuándo se enviará'],
    no: [
      'todavía no',
      'aún no, la enviaremos pronto',
      'no, todavía no lo hemos decidido',
      'todavía no la hemos enviado',
    ],
    question: '¿cuándo hay que enviarla?',
  },
  {
    lang: 'ar',
    undecided: [
      'لم أقرر بعد',
      'لم نقرر بعد',
      'لم نحسم الأمر بعد',
      'لم نتخذ قرارا بعد',
      'ما زلنا نناقش ذلك',
      'لسنا متأكدين بعد',
    ],
    dontKnowWhen: ['لا أعرف متى', 'لا أعرف متى سترسل'],
    no: ['ليس بعد', 'لم نرسلها بعد', 'لم يتم إرسالها بعد', 'لا، لم نقرر بعد'],
    question: 'متى يجب إرسالها؟',
  },
];

function atPartOfPlan(lang: Lang): Conversation {
  const c = atFormalRequest(lang);
  c.tap('yes');
  expect(c.pending).toBe('partOfPlan');
  return c;
}

describe.each(ROWS)('undecided and "I don\'t know when" in $lang', (row) => {
  it.each(row.undecided)('"%s" is unknown at the formal request, with no note', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')).toEqual({ value: 'unknown' });
    expect(c.text).not.toContain(tr(row.lang, 'flow:yesNo.not-yet.formalRequest'));
    expect(c.pending).toBe('partOfPlan');
  });

  it.each(row.undecided)('"%s" is unknown at the plan question', (text) => {
    const c = atPartOfPlan(row.lang);
    c.send(text);
    expect(answer(c, 'partOfPlan')).toEqual({ value: 'unknown' });
    expect(c.pending).not.toBe('partOfPlan');
  });

  it.each(row.dontKnowWhen)('"%s" is unknown at the formal request and at the plan question', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')?.value).toBe('unknown');
    expect(c.pending).toBe('partOfPlan');
    c.send(text);
    expect(answer(c, 'partOfPlan')?.value).toBe('unknown');
  });

  it.each(row.no)('"%s" stays a no', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')?.value).toBe('no');
    expect(c.pending).toBe('partOfPlan');
    const p = atPartOfPlan(row.lang);
    p.send(text);
    expect(answer(p, 'partOfPlan')?.value).toBe('no');
  });

  it('a question about when is answered as a question, the yes/no question asked again', () => {
    const c = atFormalRequest(row.lang);
    c.send(row.question);
    expect(answer(c, 'formalRequest')).toBeUndefined();
    expect(c.text).toContain(tr(row.lang, 'questions:answer.other'));
    expect(c.text).not.toContain(tr(row.lang, 'flow:hint.yes-no'));
    expect(c.text).toContain(tr(row.lang, 'flow:q.formalRequest'));
    expect(c.pending).toBe('formalRequest');
  });
});

describe('an "I don\'t know" that asks back stays a question (Chinese)', () => {
  it.each(['不知道什么时候发出？', '不知道吗'])('"%s" is answered as a question', (text) => {
    const c = atFormalRequest('zh');
    c.send(text);
    expect(answer(c, 'formalRequest')).toBeUndefined();
    expect(c.text).toContain(tr('zh', 'questions:answer.other'));
    expect(c.pending).toBe('formalRequest');
  });
});
