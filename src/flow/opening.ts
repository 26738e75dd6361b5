// A message typed at the menu (or as the very first one): a task named in words, else a need
// described in free text starts a search, keeping the country it names.
import { programChoices } from './choices.js';
import { greet, showMenu } from './menu.js';
import { advance, startGoal } from './progress.js';
import { confirmCountry } from './inputs/country.js';
import { findCountryMention } from '../domain/country-match.js';
import { matchIntent } from './inputs/vocabulary.js';
import { finish, langOf, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext } from './types.js';
import { answerValues } from './values.js';

export function atMenu(ctx: FlowContext, t: Turn, text: string, firstContact = false): InnerResult {
  const intent = text ? matchIntent(ctx, text) : undefined;
  if (intent) return startGoal(ctx, t, intent);
  if (text.split(/\s+/).length >= 3 || /\p{Script=Han}{4,}/u.test(text)) {
    // The same search, with the same country filter, as the program question will show.
    if (programChoices(ctx, { ...answerValues(t.state), need: text }).length > 0) {
      t.state = withoutAnswers({ ...t.state, goal: 'find' }, ['need', 'area', 'program']);
      t.state = {
        ...t.state,
        answers: { ...t.state.answers, need: { value: text } },
        history: [...t.state.history, 'need'],
      };
      // "We in Kenya want a TISC": the country named in the need is read back, not asked again.
      const m = t.state.answers.country ? undefined : findCountryMention(ctx.knowledge, text);
      const mentioned = m?.kind === 'one' ? m.code : undefined;
      if (mentioned) {
        t.state = {
          ...t.state,
          pending: { stepId: 'country', failures: 0 },
          scratch: { candidates: [mentioned] },
        };
        t.replies.push(confirmCountry(ctx, mentioned, langOf(t)));
        return finish(t);
      }
      return advance(ctx, t);
    }
  }
  // A first "hello" is a greeting, not a misunderstanding.
  return firstContact ? greet(ctx, t) : showMenu(ctx, t, 'common:not-understood-menu');
}
