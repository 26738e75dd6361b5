// Drives the pure engine turn by turn, as the tables in test/flow do; no adapter, no server.
import { turn } from '../../src/flow/engine.js';
import type { ConversationState, FlowContext, Reply, TurnInput } from '../../src/flow/types.js';
import { buildFinderIndex } from '../../src/domain/finder/finder.js';
import { createI18n } from '../../src/i18n/index.js';
import type { Lang } from '../../src/knowledge/types.js';
import { knowledge } from './knowledge.js';
import { countryName } from '../../src/present/format.js';

const i18n = createI18n();
export const TODAY = '2026-11-25';

export function flowContext(today = TODAY): FlowContext {
  const k = knowledge();
  return { knowledge: k, finder: buildFinderIndex(k), t: (l) => i18n.forLang(l), today };
}

export const tr = (lang: Lang, key: string, vars?: Record<string, unknown>) => i18n.forLang(lang)(key, vars);

export class Conversation {
  state: ConversationState | undefined;
  last: readonly Reply[] = [];
  effects: unknown[] = [];
  constructor(readonly ctx: FlowContext = flowContext()) {}

  send(input: TurnInput | string): readonly Reply[] {
    const result = turn(this.ctx, this.state, typeof input === 'string' ? { text: input } : input);
    this.state = result.state;
    this.last = result.replies;
    this.effects = [...result.effects];
    return result.replies;
  }

  /** Taps the button whose value is `value` (it must be offered in the last reply). */
  tap(value: string): readonly Reply[] {
    const offered = this.last.flatMap((r) => r.choices ?? []).map((c) => c.value);
    if (!offered.includes(value)) throw new Error(`"${value}" not offered; offered: ${offered.join(', ')}`);
    return this.send({ value: { choice: value } });
  }

  get text(): string {
    return this.last
      .map((r) => [r.title, r.text, ...(r.facts ?? []).map((f) => `${f.label}: ${f.value}`)].join('\n'))
      .join('\n---\n');
  }

  get pending(): string | undefined {
    return this.state?.pending?.stepId;
  }

  choices(): string[] {
    return this.last.flatMap((r) => r.choices ?? []).map((c) => c.value);
  }

  /**
   * Answers each question from `answers` (keyed by step id) until `until` is pending or the task
   * ends, and returns the steps asked in order. Bounded: a step asked more than twice, a step
   * with no answer in the table, or more than `maxTurns` turns fails at once, naming the step.
   */
  drive(answers: StepAnswers, until?: string, maxTurns = 60): string[] {
    const asked: string[] = [];
    for (let n = 0; n < maxTurns; n++) {
      const step = this.pending;
      if (!step || step === until) return asked;
      asked.push(step);
      if (asked.filter((s) => s === step).length > 2)
        throw new Error(`"${step}" asked three times; last reply: ${this.text}`);
      const answer = answers[step];
      if (answer === undefined) throw new Error(`no answer for step "${step}" in the table`);
      if (typeof answer === 'string') this.send(answer);
      else this.tap(answer.tap);
    }
    throw new Error(`still at "${this.pending}" after ${maxTurns} turns`);
  }
}

/** An answer per step id: typed text, or a button to tap. */
export type StepAnswers = Readonly<Record<string, string | { readonly tap: string }>>;

/** A need in each language that the finder maps to TISC among its first choices. */
export const TISC_NEED: Record<Lang, string> = {
  en: 'we want a technology and innovation support centre at our university',
  fr: "nous voulons créer un centre d'appui à la technologie et à l'innovation",
  es: 'queremos un centro de apoyo a la tecnología y la innovación en la universidad',
  ru: 'мы хотим создать центр поддержки технологий и инноваций',
  zh: '我们想建立技术与创新支持中心',
  ar: 'نريد إنشاء مركز لدعم التكنولوجيا والابتكار',
};

/** The first word for "yes" in the language's vocabulary, as a user would type it. */
export const yesWord = (lang: Lang): string =>
  (tr(lang, 'commands:answer.yes', { returnObjects: true }) as unknown as string[])[0]!;

/**
 * A letter's conversation walked to the start question, everything typed as a user would
 * (Senegal confirmed, a university, a TISC need, the TISC program, not part of a plan).
 */
export function atLetterStart(lang: Lang, today: string): Conversation {
  const c = new Conversation(flowContext(today));
  c.send({ start: true, locale: lang });
  c.tap('goal:letter');
  c.send(countryName('SN', lang));
  c.send(yesWord(lang));
  c.tap('university');
  c.send(TISC_NEED[lang]);
  c.tap('tisc');
  c.drive({ partOfPlan: { tap: 'no' } }, 'start');
  return c;
}

/**
 * A conversation walked to a letter step (Senegal, a university, IPAS, start July 2027), the
 * letter in `letterLang`, the fields before `stepId` answered from `fields` (default: the review).
 */
export function atLetterStep(
  lang: Lang,
  fields: StepAnswers,
  stepId = 'review',
  letterLang: string = 'es',
): Conversation {
  const c = new Conversation();
  c.send({ start: true, locale: lang });
  c.tap('goal:letter');
  c.send('SN');
  c.tap('university');
  c.send('IPAS');
  c.tap('ipas');
  c.tap('no');
  c.tap('2027-07-01');
  c.tap(letterLang);
  c.drive(fields, stepId);
  if (c.pending !== stepId) throw new Error(`at "${c.pending}", not "${stepId}"`);
  return c;
}

/** The letter's fields in Spanish, as the tests that reach the review type them. */
export const REVIEW_FIELDS: StepAnswers = {
  senderName: 'Ana Pérez',
  senderTitle: 'Rectora',
  institution: 'Universidad',
  place: 'Lima',
  reference: 'REF/1',
  senderEmail: 'no',
  senderPhone: 'no',
  purpose: 'Propósito',
  developmentGoals: 'Objetivos',
  expectedResults: 'Resultados',
  beneficiaries: '40 personas',
  period: 'Un año',
};

/** "Check my request" for IPAS from the Bangladesh IP office, typed as one message in each language. */
export const CHECK_IPAS: Record<Lang, string> = {
  en: 'We want to check our request for IPAS, Bangladesh IP office',
  fr: 'Nous voulons vérifier notre demande pour IPAS, office de la propriété intellectuelle du Bangladesh',
  es: 'Queremos verificar nuestra solicitud de IPAS, oficina de propiedad intelectual de Bangladesh',
  ru: 'Мы хотим проверить нашу заявку на IPAS, ведомство ИС Бангладеш',
  zh: '我们想检查我们的申请：IPAS，孟加拉国知识产权局',
  ar: 'نريد التحقق من طلبنا بشأن IPAS، مكتب الملكية الفكرية في بنغلاديش',
};

/** A check of the IPAS request (CHECK_IPAS), at "Has a formal request been sent?". */
export function atFormalRequest(lang: Lang): Conversation {
  const c = new Conversation();
  c.send({ text: CHECK_IPAS[lang], locale: lang });
  if (c.pending !== 'formalRequest') throw new Error(`at "${c.pending}", not "formalRequest"`);
  return c;
}

/** A conversation opened (greeting) in `lang`, then `text` typed as the first message. */
export function opening(lang: Lang, text: string, today = '2026-12-08'): Conversation {
  const c = new Conversation(flowContext(today));
  c.send({ start: true, locale: lang });
  c.send(text);
  return c;
}

/** "From the name KIPI, I take it the country is Kenya. Is that right?" */
export const officeReadBack = (lang: Lang, code: string, office: string): string =>
  tr(lang, 'flow:country.confirm-office', { country: countryName(code, lang), office });
