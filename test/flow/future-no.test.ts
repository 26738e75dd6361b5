// "Has your government or institution already sent WIPO a formal written request?" answered with
// no yes or no at all: a statement that the request will be sent ("we will send it next week") is
// a no, said back; one that it was sent ("we sent it in March") is a yes. Only a send verb near
// the tense word counts (yesNo.sendVerbs), so "we will decide later" is still not understood, and
// a yes whose future is about something else ("yes, we hope WIPO will answer soon") stays yes. The
// needs question keeps the rule of future-yes.test.ts (any future after a yes is a no) and takes
// no yes-less statement.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { speaksOfFuture } from '../../src/flow/understand/future-yes.js';
import { Conversation, flowContext, tr, atFormalRequest } from '../helpers/flow.js';

const answer = (c: Conversation, step: string) =>
  c.state!.answers[step] as { value: unknown; note?: string } | undefined;

interface Row {
  readonly lang: Lang;
  /** No yes, a send verb in the future: a no, said back. */
  readonly willSend: readonly string[];
  /** No yes, a send verb in the past: a yes. */
  readonly sent: readonly string[];
  /** The future or past of something else, a question, a negation: not understood, as before. */
  readonly notTaken: readonly string[];
  /** Not knowing when it will be sent: unknown. */
  readonly unknown: readonly [string, 'unknown'];
  /** A yes whose future is not about sending: stays yes. */
  readonly hopeYes: string;
  /** At the needs question, a send statement without a yes is not understood. */
  readonly atNeeds: string;
}

const ROWS: readonly Row[] = [
  {
    lang: 'en',
    willSend: [
      'we will send it next week',
      'It will be sent next month',
      "We're going to submit it after the minister signs",
      "it'll go out in January",
    ],
    sent: ['we sent it in March', 'It was submitted last month', 'we have sent it to the regional bureau'],
    notTaken: [
      'we will decide later',
      'the minister will sign it next week',
      'it has not been sent yet',
      'will it be sent next week?',
    ],
    unknown: ["I don't know when it will be sent", 'unknown'],
    hopeYes: 'yes, we hope WIPO will answer soon',
    atNeeds: 'we will send it next week',
  },
  {
    lang: 'fr',
    willSend: [
      "nous l'enverrons la semaine prochaine",
      'elle sera envoyée bientôt',
      'nous allons la transmettre le mois prochain',
    ],
    sent: ["nous l'avons envoyée en mars", 'elle a été transmise le mois dernier'],
    notTaken: [
      'nous déciderons plus tard',
      'le ministre la signera la semaine prochaine',
      "elle n'a pas encore été envoyée",
      'sera-t-elle envoyée bientôt ?',
    ],
    unknown: ['je ne sais pas quand elle sera envoyée', 'unknown'],
    hopeYes: "oui, nous espérons que l'OMPI répondra bientôt",
    atNeeds: "nous l'enverrons la semaine prochaine",
  },
  {
    lang: 'es',
    willSend: [
      'la enviaremos la próxima semana',
      'se enviará pronto',
      'vamos a presentarla el mes que viene',
    ],
    sent: ['la enviamos en marzo', 'se envió el mes pasado'],
    notTaken: [
      'lo decidiremos más adelante',
      'el ministro la firmará la próxima semana',
      'la solicitud no se ha enviado',
      '¿se enviará pronto?',
    ],
    unknown: ['no sé cuándo se enviará', 'unknown'],
    hopeYes: 'sí, esperamos que la OMPI responda pronto',
    atNeeds: 'la enviaremos la próxima semana',
  },
  {
    lang: 'ru',
    willSend: ['отправим на следующей неделе', 'будет отправлен в январе', 'скоро направим письмо'],
    sent: ['отправили в марте', 'письмо было направлено в прошлом месяце'],
    notTaken: [
      'решим позже',
      'министр подпишет его на следующей неделе',
      'запрос не отправлен',
      'когда его отправят?',
    ],
    unknown: ['не знаю, когда отправят', 'unknown'],
    hopeYes: 'да, надеемся, что ВОИС скоро ответит',
    atNeeds: 'отправим на следующей неделе',
  },
  {
    lang: 'zh',
    willSend: ['下周会发出', '我们打算下个月发', '我们将尽快提交'],
    sent: ['已经在三月发出了', '上个月已提交'],
    notTaken: ['我们以后再决定', '部长下周会签字', '我们还没发出', '什么时候发出？'],
    // "不知道" with the question word "什么时候" joined to it says what is not known: unknown.
    unknown: ['不知道什么时候发出', 'unknown'],
    hopeYes: '是的，希望产权组织很快会答复',
    atNeeds: '下周会发出',
  },
  {
    lang: 'ar',
    willSend: ['سنرسلها الأسبوع المقبل', 'سيتم إرسالها الشهر المقبل', 'سوف نقدم الطلب قريبا'],
    sent: ['أرسلناها في مارس', 'تم إرسالها الشهر الماضي'],
    notTaken: ['سنقرر لاحقا', 'سيوقعها الوزير الأسبوع المقبل', 'الطلب لم يرسل', 'متى سترسل؟'],
    unknown: ['لا أعرف متى سترسل', 'unknown'],
    hopeYes: 'نعم، نأمل أن ترد الويبو قريبا',
    atNeeds: 'سنرسلها الأسبوع المقبل',
  },
];

describe.each(ROWS)('a statement without a yes at the formal request in $lang', (row) => {
  const said = tr(row.lang, 'flow:yesNo.not-yet.formalRequest');

  it.each(row.willSend)('"%s" is a no, said back', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')).toEqual({ value: 'no', note: text });
    expect(c.text).toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it.each(row.sent)('"%s" is a yes, with nothing said back', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')).toEqual({ value: 'yes', note: text });
    expect(c.text).not.toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it.each(row.notTaken)('"%s" is not taken: the question is asked again', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')).toBeUndefined();
    expect(c.text).not.toContain(said);
    expect(c.text).toContain(tr(row.lang, 'flow:q.formalRequest'));
    expect(c.pending).toBe('formalRequest');
  });

  it('not knowing when it will be sent is neither a no nor a yes', () => {
    const c = atFormalRequest(row.lang);
    c.send(row.unknown[0]);
    expect(answer(c, 'formalRequest')?.value).toBe(row.unknown[1]);
    expect(c.text).not.toContain(said);
  });

  it('a yes whose future is about something other than sending stays yes', () => {
    const c = atFormalRequest(row.lang);
    c.send(row.hopeYes);
    expect(answer(c, 'formalRequest')?.value).toBe('yes');
    expect(c.text).not.toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it('the needs question takes no send statement without a yes; a hope after a yes is still a no there', () => {
    const c = atFormalRequest(row.lang);
    c.tap('yes');
    c.tap('no');
    expect(c.pending).toBe('nationalNeeds');
    c.send(row.atNeeds);
    expect(answer(c, 'nationalNeeds')).toBeUndefined();
    expect(c.pending).toBe('nationalNeeds');
    c.send(row.hopeYes);
    expect(answer(c, 'nationalNeeds')?.value).toBe('no');
    expect(c.text).toContain(tr(row.lang, 'flow:yesNo.not-yet.nationalNeeds'));
  });

  it('the verdict after a send statement in the future says no request has been sent', () => {
    const c = atFormalRequest(row.lang);
    c.send(row.willSend[0]!);
    c.tap('yes');
    if (c.pending === 'planKind') c.tap('country-plan');
    c.tap('yes');
    c.tap('yes');
    expect(c.text).toContain(tr(row.lang, 'criteria:formal-request.not-met'));
  });
});

describe('speaksOfFuture with a verb list: only a marker near a send verb counts', () => {
  const ctx = flowContext();
  const VERBS = 'yesNo.sendVerbs';
  it.each([
    'we will send it next week',
    'elle sera envoyée bientôt',
    'будет отправлен в январе',
    '下周会发出',
  ])('"%s" speaks of sending in the future', (text) => {
    expect(speaksOfFuture(ctx, text, VERBS)).toBe(true);
  });
  it.each([
    'we hope WIPO will answer soon',
    'we sent it, and we hope WIPO will answer soon',
    'nous espérons que l’OMPI répondra bientôt',
    'надеемся, что ВОИС скоро ответит',
    '希望产权组织很快会答复',
  ])('"%s" does not (without the list it does, unless sent first)', (text) => {
    expect(speaksOfFuture(ctx, text, VERBS)).toBe(false);
  });
});
