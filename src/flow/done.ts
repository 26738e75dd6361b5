// Just after a task is finished ("What next? 1. Draft my letter 2. Find a program 3. Main menu"),
// a typed message that starts nothing new keeps those choices: "ok thanks" is thanked back, a
// question is answered, and what is not understood says so, each with the same next moves, not
// the main menu (which would lose the obvious next step, usually the letter).
import { completionReplies } from './presenters.js';
import { finish, langOf, say, type InnerResult, type Turn } from './turn-state.js';
import type { Choice, FlowContext } from './types.js';
import { answerValues } from './values.js';

/** The choices the finished task offered, if they are still the last ones offered. */
export function doneChoices(ctx: FlowContext, t: Turn): readonly Choice[] | undefined {
  const { goal, lastGoal, offered } = t.state;
  if (goal || !lastGoal || !offered?.length) return undefined;
  const choices = completionReplies(ctx, lastGoal, answerValues(t.state), langOf(t)).at(-1)?.choices;
  if (!choices || choices.length !== offered.length) return undefined;
  return choices.every((c, i) => c.value === offered[i]) ? choices : undefined;
}

/** `key` (a flow: string) with the finished task's choices again; the status stays "done". */
export function stillDone(ctx: FlowContext, t: Turn, choices: readonly Choice[], key: string): InnerResult {
  say(t, ctx.t(langOf(t))(key), { choices: [...choices] });
  t.done = true;
  return finish(t);
}
