// The menu and the greeting: what the user can ask for, and the language question before a
// language is known (asked in all six).
import { GOALS } from '../../dialogs/steps.js';
import { LANGS } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/types.js';
import { nativeLanguageName } from './choices.js';
import { finish, langOf, say, type InnerResult, type Turn } from './turn-state.js';
import type { Choice, FlowContext } from './types.js';

export const languageChoices = (): Choice[] =>
  LANGS.map((l) => ({ value: `lang:${l}`, label: nativeLanguageName(l) }));

export function menuChoices(ctx: FlowContext, l: Lang): Choice[] {
  const tr = ctx.t(l);
  return [
    ...GOALS.map((g) => ({ value: `goal:${g}`, label: tr(`common:menu.${g}`) })),
    { value: 'drafts', label: tr('common:menu.drafts') },
    { value: 'language', label: tr('common:menu.language') },
  ];
}

export function askLanguage(ctx: FlowContext, t: Turn): InnerResult {
  t.replies.push({
    text: LANGS.map((l) => ctx.t(l)('common:choose-language')).join(' / '),
    choices: languageChoices(),
  });
  return finish(t);
}

export function greet(ctx: FlowContext, t: Turn): InnerResult {
  t.state = { ...t.state, greeted: true, goal: undefined, pending: undefined, editing: undefined };
  say(t, ctx.t(langOf(t))('common:greeting'), { choices: menuChoices(ctx, langOf(t)) });
  return finish(t);
}

export function showMenu(ctx: FlowContext, t: Turn, key = 'common:menu.prompt'): InnerResult {
  t.state = { ...t.state, goal: undefined, pending: undefined, editing: undefined, scratch: undefined };
  say(t, ctx.t(langOf(t))(key), { choices: menuChoices(ctx, langOf(t)) });
  return finish(t);
}
