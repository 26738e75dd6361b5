// An answer not understood: a hint and the question again; after three in a row, a person to
// write to (the routed unit, in the user's language), and the question stays open.
import type { StepDef } from '../../dialogs/steps.js';
import { unitView } from '../present/route.js';
import { questionReply } from './progress.js';
import { routeOf } from './presenters.js';
import { finish, langOf, say, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext } from './types.js';
import { answerValues, str } from './values.js';

export const MAX_FAILURES = 3;

export function failed(
  ctx: FlowContext,
  t: Turn,
  step: StepDef,
  hint: string,
  vars?: Record<string, string>,
): InnerResult {
  const lang = langOf(t);
  const tr = ctx.t(lang);
  const failures = (t.state.pending?.failures ?? 0) + 1;
  if (failures >= MAX_FAILURES) {
    // Keep what the step was waiting for (a country read back, say): "try again" resumes it.
    t.state = { ...t.state, pending: { stepId: step.id, failures: 0 } };
    const values = answerValues(t.state);
    const country = str(values.country);
    const r = country ? routeOf(ctx, country, str(values.program)) : undefined;
    const unit = unitView(ctx.knowledge, r?.ok ? r.value.primary : 'director-general', ctx.today, lang, tr);
    say(t, tr('common:handoff', { unit: unit.name, address: unit.postal }), {
      choices: [
        { value: 'retry', label: tr('common:try-again') },
        { value: 'menu', label: tr('common:menu.back-to-menu') },
        { value: 'goal:contact', label: tr('common:menu.contact') },
      ],
    });
    return finish(t);
  }
  t.state = { ...t.state, pending: { stepId: step.id, failures } };
  say(t, tr(`flow:hint.${hint}`, vars));
  t.replies.push(questionReply(ctx, t.state, step, lang));
  return finish(t);
}
