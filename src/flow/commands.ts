// Commands that work at every step in all six languages: help, why, back, menu, cancel, start
// over, language, my drafts, skip, delete my data (asked to confirm first).
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { languageChoices, greet, showMenu } from './menu.js';
import { advance, reask, storeAnswer } from './progress.js';
import { finish, langOf, say, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import { initialState, type FlowContext } from './types.js';
import { matchCommand, type Command } from './inputs/vocabulary.js';

const BUTTON_COMMANDS: readonly string[] = ['why', 'menu', 'drafts', 'language', 'back'];

/** A command from a button, or typed as a whole short message (never a word inside a sentence). */
export function commandOf(ctx: FlowContext, value: string | undefined, text: string): Command | undefined {
  if (value !== undefined) return BUTTON_COMMANDS.includes(value) ? (value as Command) : undefined;
  return text.length <= 40 ? matchCommand(ctx, text) : undefined;
}

export function runCommand(ctx: FlowContext, t: Turn, command: Command): InnerResult {
  const tr = ctx.t(langOf(t));
  const pendingStep = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
  switch (command) {
    case 'help':
      say(t, tr('common:help'));
      return pendingStep ? reask(ctx, t) : showMenu(ctx, t);
    case 'why':
      if (!pendingStep) return showMenu(ctx, t, 'common:why-menu');
      say(t, tr(`flow:why.${pendingStep.id}`));
      return reask(ctx, t);
    case 'language':
      say(t, tr('common:choose-language'), { choices: languageChoices() });
      return finish(t);
    case 'menu':
    case 'cancel':
      if (command === 'cancel') say(t, tr('common:cancelled'));
      return showMenu(ctx, t);
    case 'restart':
      t.state = { ...initialState(), lang: t.state.lang };
      say(t, tr('common:restarted'));
      return greet(ctx, t);
    case 'drafts':
      t.effects.push({ kind: 'list-drafts' });
      return finish(t);
    case 'skip':
      if (pendingStep?.optional) {
        storeAnswer(ctx, t, pendingStep, '');
        return advance(ctx, t);
      }
      say(t, tr('common:cannot-skip'));
      return reask(ctx, t);
    case 'back':
      return back(ctx, t);
    case 'delete-data':
      // Nothing is deleted before the user confirms; the question keeps the current step.
      say(t, tr('common:delete-data.question'), {
        choices: [
          { value: DELETE_CONFIRMED, label: tr('common:delete-data.confirm') },
          { value: DELETE_KEPT, label: tr('common:delete-data.keep') },
        ],
      });
      return finish(t);
  }
}

export const DELETE_CONFIRMED = 'delete-data:confirm';
export const DELETE_KEPT = 'delete-data:keep';

/** The answer to the "delete my data?" question, or undefined when `value` is not one. */
export function deleteAnswer(ctx: FlowContext, t: Turn, value: string | undefined): InnerResult | undefined {
  if (value === DELETE_CONFIRMED) {
    // Everything of this user goes; the conversation starts afresh in its language.
    t.state = { ...initialState(), lang: t.state.lang, greeted: true };
    t.effects.push({ kind: 'delete-data' });
    return finish(t);
  }
  if (value !== DELETE_KEPT) return undefined;
  say(t, ctx.t(langOf(t))('common:delete-data.kept'));
  const step = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
  return step ? reask(ctx, t) : showMenu(ctx, t);
}

/** The previous question, its answer forgotten; after a task ended, that task's last question. */
function back(ctx: FlowContext, t: Turn): InnerResult {
  const goal = t.state.goal ?? t.state.lastGoal ?? 'find';
  const last = [...t.state.history].reverse().find((id) => STEP_BY_ID.get(id)?.goals.includes(goal));
  if (!last) return showMenu(ctx, t);
  t.state = { ...withoutAnswers(t.state, [last]), goal, editing: undefined, scratch: undefined };
  return advance(ctx, t);
}
