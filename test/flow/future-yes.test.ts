// "Has your government or institution already sent WIPO a formal written request?" answered with
// a yes about the future ("yes, we will send it next week") is a no, said back, in the six
// languages; a yes about the past ("yes, last month") stays yes, and so does a future yes to a
// question about the future (readiness). "Not yet" variants are a no too.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../dialogs/steps.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { speaksOfFuture } from '../../src/flow/understand/future-yes.js';
import { Conversation, flowContext, tr, atFormalRequest } from '../helpers/flow.js';

const answer = (c: Conversation, step: string) =>
  c.state!.answers[step] as { value: unknown; note?: string } | undefined;

interface Row {
  readonly lang: Lang;
  /** A yes whose rest speaks of the future: a no. */
  readonly futureYes: readonly string[];
  /** "Not yet", however said: a no. */
  readonly notYet: readonly string[];
  /** A yes about what is done: stays yes. */
  readonly pastYes: readonly string[];
  /** At the needs question, a yes about an assessment still to come. */
  readonly needsFuture: string;
  /** At the readiness question (itself about the future), a yes about the future stays yes. */
  readonly readyFuture: string;
}

const ROWS: readonly Row[] = [
  {
    lang: 'en',
    futureYes: [
      'yes, we will send it next week',
      'Yes, it will be sent soon',
      "yes we're going to send it after the minister signs",
      "well, yes, it'll go out next month",
    ],
    notYet: ['not yet, but we will send it', 'no, not yet', 'not yet sent', 'not until next month'],
    pastYes: [
      'yes',
      'yes, last month',
      'yes, it was sent in March, we will follow up next week',
      'yes, already',
    ],
    needsFuture: 'yes, a needs assessment will be done next month',
    readyFuture: 'yes, the staff will be assigned by then',
  },
  {
    lang: 'fr',
    futureYes: [
      'oui, la lettre officielle sera envoyée la semaine prochaine',
      'oui, nous allons l’envoyer bientôt',
      'oui, nous l’enverrons d’ici la fin du mois',
    ],
    notYet: ['pas encore', 'non, pas encore, nous allons l’envoyer', 'nous ne l’avons pas encore envoyée'],
    pastYes: [
      'oui',
      'oui, elle a été envoyée en mars',
      'oui, déjà envoyée, nous relancerons la semaine prochaine',
    ],
    needsFuture: 'oui, une évaluation des besoins sera faite le mois prochain',
    readyFuture: 'oui, le personnel sera affecté d’ici là',
  },
  {
    lang: 'es',
    futureYes: [
      'sí, la enviaremos la próxima semana',
      'sí, se enviará pronto',
      'sí, vamos a enviarla cuando firme el ministro',
    ],
    notYet: ['todavía no', 'aún no, la enviaremos pronto', 'no, hasta ahora no'],
    pastYes: ['sí', 'sí, se envió en marzo', 'sí, la enviamos el mes pasado'],
    needsFuture: 'sí, la evaluación de necesidades se hará el próximo mes',
    readyFuture: 'sí, el personal será asignado para entonces',
  },
  {
    lang: 'ru',
    futureYes: [
      'да, отправим на следующей неделе',
      'да, письмо будет отправлено скоро',
      'да, собираемся отправить',
    ],
    notYet: ['ещё нет', 'пока ещё нет', 'ещё не отправили', 'пока нет, отправим на следующей неделе'],
    pastYes: ['да', 'да, отправили в марте', 'да, уже отправили, на следующей неделе напомним'],
    needsFuture: 'да, оценка потребностей будет проведена в следующем месяце',
    readyFuture: 'да, к тому времени сотрудники будут назначены',
  },
  {
    lang: 'zh',
    futureYes: ['是的，下周会发出', '是的，我们将尽快发送', '是的，我们打算下个月提交'],
    notYet: ['还没有', '还未', '暂时还没有', '还没有，但是下周会发出'],
    pastYes: ['是的', '是的，上个月已经发出', '是的，三月已发出，下周会跟进'],
    needsFuture: '是的，下个月将进行需求评估',
    readyFuture: '是的，到时候会安排好人员',
  },
  {
    lang: 'ar',
    futureYes: [
      'نعم، سنرسلها الأسبوع المقبل',
      'نعم، سوف نرسل الرسالة قريبا',
      'نعم، سيتم إرسالها الشهر المقبل',
    ],
    notYet: ['ليس بعد', 'لم نرسلها بعد', 'لم يتم إرسالها بعد', 'ليس حتى الآن', 'ليس بعد، لكننا سنرسلها'],
    pastYes: ['نعم', 'نعم، أرسلناها الشهر الماضي', 'نعم، تم إرسالها في مارس وسنتابع الأسبوع المقبل'],
    needsFuture: 'نعم، سيتم تقييم الاحتياجات الشهر المقبل',
    readyFuture: 'نعم، سيكون الموظفون جاهزين بحلول ذلك الوقت',
  },
];

describe.each(ROWS)('a yes about the future in $lang', (row) => {
  const said = tr(row.lang, 'flow:yesNo.not-yet.formalRequest');

  it.each(row.futureYes)('"%s" at the formal request is a no, said back', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')?.value).toBe('no');
    expect(answer(c, 'formalRequest')?.note).toBeTruthy();
    expect(c.text).toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it.each(row.notYet)('"%s" is a no', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')?.value).toBe('no');
    expect(c.text).not.toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it.each(row.pastYes)('"%s" stays yes, with nothing said back', (text) => {
    const c = atFormalRequest(row.lang);
    c.send(text);
    expect(answer(c, 'formalRequest')?.value).toBe('yes');
    expect(c.text).not.toContain(said);
    expect(c.pending).toBe('partOfPlan');
  });

  it('a tapped yes stays yes', () => {
    const c = atFormalRequest(row.lang);
    c.tap('yes');
    expect(answer(c, 'formalRequest')?.value).toBe('yes');
    expect(c.text).not.toContain(said);
  });

  it('the needs question takes a future yes as no; readiness (about the future) keeps it yes', () => {
    const c = atFormalRequest(row.lang);
    c.tap('yes');
    c.tap('no');
    expect(c.pending).toBe('nationalNeeds');
    c.send(row.needsFuture);
    expect(answer(c, 'nationalNeeds')?.value).toBe('no');
    expect(c.text).toContain(tr(row.lang, 'flow:yesNo.not-yet.nationalNeeds'));
    expect(c.pending).toBe('readiness');
    c.send(row.readyFuture);
    expect(answer(c, 'readiness')?.value).toBe('yes');
    expect(c.text).not.toContain(tr(row.lang, 'flow:yesNo.not-yet.nationalNeeds'));
  });

  it('the verdict then says no formal request has been sent, and offers to draft it', () => {
    const c = atFormalRequest(row.lang);
    c.send(row.futureYes[0]!);
    c.tap('yes');
    if (c.pending === 'planKind') c.tap('country-plan');
    c.tap('yes');
    c.tap('yes');
    expect(answer(c, 'formalRequest')?.value).toBe('no');
    expect(c.text).toContain(tr(row.lang, 'criteria:formal-request.not-met'));
    expect(c.text).toContain(tr(row.lang, 'criteria:formal-request.advice'));
  });
});

describe('the steps asked about something done', () => {
  const done = STEPS.filter((s) => s.askedDone);

  it('are the yes/no questions in the past ("has … sent", "has … been established")', () => {
    expect(done.map((s) => s.id)).toEqual(['formalRequest', 'nationalNeeds']);
    for (const s of done) expect(s.input).toBe('yes-no-unknown');
  });

  it.each(LANGS)('each has its acknowledgment in %s', (lang) => {
    for (const s of done) expect(tr(lang, `flow:yesNo.not-yet.${s.id}`)).not.toContain('not-yet');
  });
});

describe('speaksOfFuture: the first tense marker decides', () => {
  const ctx = flowContext();
  it.each([
    'we will send it next week',
    'it is being prepared',
    'la semaine prochaine',
    'сначала подпишет министр, потом отправим',
    '我们准备下周发出',
    'وسنرسلها قريبا',
  ])('"%s" speaks of the future', (text) => {
    expect(speaksOfFuture(ctx, text)).toBe(true);
  });
  it.each([
    'last month',
    'it was sent in March, we will follow up',
    'elle a été envoyée hier, nous relancerons',
    'отправили, будем ждать ответа',
    '已经发出，下周会跟进',
    'أرسلناها وسنتابع',
    'in March',
    '',
  ])('"%s" does not', (text) => {
    expect(speaksOfFuture(ctx, text)).toBe(false);
  });
});
