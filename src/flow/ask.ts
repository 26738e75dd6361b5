// Turns a step into the question the user sees, with its buttons; typing always works too.
import type { StepDef } from '../../dialogs/steps.js';
import { textDirection } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/types.js';
import { countryName, formatMonth } from '../present/format.js';
import { formFor } from './form.js';
import { INPUTS } from './inputs/index.js';
import { statusOf } from './status.js';
import type { ConversationState, FlowContext, Reply } from './types.js';
import { answerValues } from './values.js';

/** Variables every question may use. */
export function questionVars(ctx: FlowContext, state: ConversationState, lang: Lang): Record<string, string> {
  const values = answerValues(state);
  const program =
    typeof values.program === 'string' ? ctx.knowledge.programById.get(values.program) : undefined;
  return {
    country: typeof values.country === 'string' ? countryName(values.country, lang) : '',
    program: program?.name[lang] ?? '',
    start: typeof values.start === 'string' ? formatMonth(values.start, lang) : '',
  };
}

export function askStep(step: StepDef, ctx: FlowContext, state: ConversationState, lang: Lang): Reply {
  const t = ctx.t(lang);
  const kind = INPUTS[step.input];
  const ic = { ctx, state, step, lang, values: answerValues(state) };
  const question = t(`flow:q.${step.id}`, questionVars(ctx, state, lang));
  const details = kind.details?.(ic);
  const form = formFor(ctx, state, step, lang);
  // "Question 4 of 9": the same count clients read from the turn's status.
  const { answered, total } = statusOf(ctx, state, false).progress;
  // When an answer changed how many questions the task needs, the line says so.
  const before = state.progressTotal;
  const n = Math.min(answered + 1, total);
  const progress =
    total <= 1
      ? ''
      : before !== undefined && before !== total && answered > 0
        ? t('flow:progress-changed', { n, total, before })
        : t('flow:progress', { n, total });
  return {
    text: [progress, question, details].filter(Boolean).join('\n\n'),
    choices: [...kind.choices(ic), { value: 'why', label: t('common:why') }],
    step: step.id,
    ...(form ? { form } : {}),
    dir: textDirection(lang),
  };
}
