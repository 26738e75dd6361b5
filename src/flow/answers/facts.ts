// What an answer to a question works from: the question, the conversation's answers, and the
// knowledge records they point to (country, program, units), with the manual sections to cite.
import type { Country, Lang, Program, Unit, UnitId } from '../../knowledge/types.js';
import { parseIsoDate } from '../../domain/calendar.js';
import { ldcStatusOn, type LdcStatus } from '../../domain/ldc-status.js';
import type { Route } from '../../domain/routing.js';
import { routeOf as turnRoute } from '../presenters.js';
import { formatList } from '../../present/format.js';
import { unitView, type UnitView } from '../../present/route.js';
import type { Translate } from '../../present/translate.js';
import { answerValues } from '../values.js';
import type { ConversationState, FlowContext } from '../types.js';
import type { Question } from '../understand/question.js';
import { cite } from './citation.js';

/**
 * Manual sections of facts the knowledge files do not hold as records of their own (the
 * records that exist — units, criteria, lead time, programs — are cited from their `source`).
 */
export const MANUAL = {
  /** Who benefits from WIPO technical assistance. */
  beneficiaries: 'M II(c)',
  /** How technical assistance is financed. */
  funding: 'M II(d)',
  /** The Country Plan as the main mode of cooperation (two years, reviewed yearly). */
  countryPlan: 'M III(a)',
  /** How Country Plans and national IP strategies are drawn up. */
  countryPlanProcess: 'M III(b)(i)',
  /** How to request assistance: the letter's contents, the addressee. */
  request: 'M III(b)(iii)',
  /** The Country Plan template (strategic goals, expected results). */
  template: 'M Appendix 2',
  /** Assistance for least developed countries. */
  ldc: 'M IV Part II',
} as const;

export interface AnswerInput {
  readonly ctx: FlowContext;
  readonly state: ConversationState;
  readonly q: Question;
  readonly lang: Lang;
  readonly t: Translate;
  readonly values: Readonly<Record<string, unknown>>;
}

export function answerInput(
  ctx: FlowContext,
  state: ConversationState,
  q: Question,
  lang: Lang,
): AnswerInput {
  return { ctx, state, q, lang, t: ctx.t(lang), values: answerValues(state) };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The country named in the question, else the conversation's. */
export function countryOf(a: AnswerInput): Country | undefined {
  const code = a.q.country ?? str(a.values.country);
  return code ? a.ctx.knowledge.countryByCode.get(code) : undefined;
}

/** The program named in the question, else the one chosen in the conversation. */
export function programOf(a: AnswerInput): Program | undefined {
  const id = a.q.programId ?? str(a.values.program);
  return id ? a.ctx.knowledge.programById.get(id) : undefined;
}

/** The WIPO Academy's own page, from its Professional Development Program record. */
export function academyUrl(a: AnswerInput): string {
  return a.ctx.knowledge.programById.get('academy-professional-development')?.url ?? '';
}

export function ldcOf(a: AnswerInput, c: Country): LdcStatus {
  const today = parseIsoDate(a.ctx.today);
  return today ? ldcStatusOn(c, today) : { kind: 'not-ldc' };
}

/** The route for a country (and the program, when there is one): the turn's one computation. */
export function routeOf(a: AnswerInput, c: Country, p?: Program): Route | undefined {
  const r = turnRoute(a.ctx, c.code, p?.id);
  return r.ok ? r.value : undefined;
}

export function unit(a: AnswerInput, id: UnitId): { record: Unit; view: UnitView } {
  return {
    record: a.ctx.knowledge.unitById.get(id)!,
    view: unitView(a.ctx.knowledge, id, a.ctx.today, a.lang, a.t),
  };
}

/** The postal address, in the user's language. */
export function addressOf(a: AnswerInput, id: UnitId): string {
  return unit(a, id).view.address.join(', ');
}

export const citeIn = (a: AnswerInput, sources: string | readonly string[]) => cite(sources, a.t);

/** "developing countries, least developed countries (LDCs) and countries in transition". */
export function audienceOf(a: AnswerInput, p: Program): string {
  const names = p.audience.map((x) => a.t(`questions:audience.${x}`));
  return formatList(names, a.lang);
}
