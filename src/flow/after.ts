// What the bot says once a step is answered, by name (StepDef.after): the program card, the
// criteria verdict, the lead-time verdict, notes about the country, and in the letter path the
// route before the letter details (the requester must consult the unit first).
import type { AfterName, StepDef } from '../../dialogs/steps.js';
import { countryName, formatMonth } from '../present/format.js';
import { parseDate } from './understand/date.js';
import { nextStep } from './navigation.js';
import {
  assessmentReply,
  chosenProgram,
  leadTimeReply,
  programReply,
  routeKey,
  routeOrReminder,
} from './presenters.js';
import { langOf, say, type Turn } from './turn-state.js';
import type { FlowContext } from './types.js';
import { answerValues, str } from './values.js';

type After = (ctx: FlowContext, t: Turn) => void;

const AFTER: Readonly<Record<AfterName, After>> = {
  program(ctx, t) {
    const values = answerValues(t.state);
    const p = chosenProgram(ctx, values);
    if (p) t.replies.push(programReply(ctx, p, langOf(t), str(values.country)));
  },
  assessment(ctx, t) {
    t.replies.push(assessmentReply(ctx, answerValues(t.state), langOf(t)));
  },
  leadTime(ctx, t) {
    const r = leadTimeReply(ctx, answerValues(t.state), langOf(t));
    if (r) t.replies.push(r);
  },
  /** A requester from a developed or non-member country is told so at once, never refused silently. */
  countryNotes(ctx, t) {
    const code = str(answerValues(t.state).country);
    const c = code ? ctx.knowledge.countryByCode.get(code) : undefined;
    if (!c) return;
    const tr = ctx.t(langOf(t));
    const name = countryName(c.code, langOf(t));
    if (!c.wipoMember) say(t, tr('flow:country.not-member', { country: name }));
    if (c.group === 'developed') say(t, tr('flow:country.developed', { country: name }));
  },
  /**
   * A start changed after the period was typed ("from September 2027, 12 months"): the period is
   * the user's own words, so it is not rewritten, but a month in it that no longer matches is
   * pointed out.
   */
  periodCheck(ctx, t) {
    const values = answerValues(t.state);
    const start = str(values.start);
    const period = str(values.period);
    if (!start || !period) return;
    // "From September 2027, for 12 months": the first clause that reads as a date says the month.
    const said = [period, ...period.split(/[,;(،，；]/u)]
      .map((clause) => parseDate(ctx, clause, langOf(t)))
      .find((d) => d !== undefined);
    if (!said || said.iso.slice(0, 7) === start.slice(0, 7)) return;
    const tr = ctx.t(langOf(t));
    say(t, tr('flow:start.period-differs', { period, start: formatMonth(start, langOf(t)) }));
  },
  routeBeforeLetter(ctx, t) {
    if (t.state.goal !== 'letter' || nextStep(ctx, t.state, 'letter')?.id === 'startAccept') return;
    const values = answerValues(t.state);
    // The route names what to ask for: it waits for the program (a start typed in the opening
    // message comes before it), and is shown once both are known, whichever comes last.
    if (!str(values.program) || !str(values.start)) return;
    const key = routeKey(values);
    const r = routeOrReminder(ctx, values, langOf(t), t.state.routeShown === key);
    if (r) t.replies.push(r);
    t.state = { ...t.state, routeShown: key };
  },
};

export function runAfter(ctx: FlowContext, t: Turn, step: StepDef): void {
  for (const name of step.after ?? []) AFTER[name](ctx, t);
}
