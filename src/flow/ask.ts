// Turns a step into the question the user sees, with its buttons; typing always works too.
import type { StepDef } from '../../dialogs/steps.js';
import type { Lang } from '../knowledge/types.js';
import { addMonths, firstOfMonthOnOrAfter, formatIsoDate, parseIsoDate } from '../domain/calendar.js';
import { countryName, formatList, formatMonth } from '../present/format.js';
import { choicesFor, programChoices } from './choices.js';
import { answerValues } from './navigation.js';
import type { Choice, ConversationState, FlowContext, Reply } from './types.js';

import { textDirection } from '../knowledge/schema.js';

/** A reply's text direction for its language. */
export const dirOf = textDirection;

/** Start months offered: the earliest that keeps the full lead time, then one and three months later. */
export function startMonthChoices(ctx: FlowContext, lang: Lang): Choice[] {
  const today = parseIsoDate(ctx.today);
  if (!today) return [];
  const earliest = firstOfMonthOnOrAfter(addMonths(today, ctx.knowledge.leadTime.okMonths));
  return [0, 1, 3].map((n) => {
    const iso = formatIsoDate(addMonths(earliest, n));
    return { value: iso, label: formatMonth(iso, lang) };
  });
}

function stepChoices(step: StepDef, ctx: FlowContext, state: ConversationState, lang: Lang): Choice[] {
  const t = ctx.t(lang);
  const values = answerValues(state);
  switch (step.input) {
    case 'choice': {
      const list = step.choices ? choicesFor(step.choices, ctx, values, lang) : [];
      return step.id === 'program'
        ? [...list, { value: 'new-search', label: t('flow:program.new-search') }]
        : list;
    }
    case 'yes-no-unknown':
      return (['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(`common:answer.${v}`) }));
    case 'need':
      return [{ value: 'browse', label: t('flow:need.browse') }];
    case 'date':
      return [...startMonthChoices(ctx, lang), { value: 'other-date', label: t('flow:start.other') }];
    case 'text':
      return step.optional ? [{ value: 'skip', label: t('common:skip') }] : [];
    default:
      return [];
  }
}

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

/** The first sentence of a text, by the language's sentence rules. */
const sentenceSegmenters = new Map<Lang, Intl.Segmenter>();
function firstSentence(text: string, lang: Lang): string {
  let segmenter = sentenceSegmenters.get(lang);
  if (!segmenter)
    sentenceSegmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const first = segmenter.segment(text)[Symbol.iterator]().next();
  return first.done ? text : first.value.segment.trim();
}

/** The programs to choose from, each with what it is and the words of the need it matched. */
function programList(ctx: FlowContext, state: ConversationState, lang: Lang): string {
  const t = ctx.t(lang);
  return programChoices(ctx, answerValues(state))
    .map(({ program, matched }, i) => {
      const why = matched.length
        ? ` (${t('flow:program.matches', { words: formatList(matched, lang) })})`
        : '';
      return `${i + 1}. ${program.name[lang]} — ${firstSentence(program.description[lang], lang)}${why}`;
    })
    .join('\n');
}

export function askStep(step: StepDef, ctx: FlowContext, state: ConversationState, lang: Lang): Reply {
  const t = ctx.t(lang);
  const choices = stepChoices(step, ctx, state, lang);
  const why = { value: 'why', label: t('common:why') };
  const question = t(`flow:q.${step.id}`, questionVars(ctx, state, lang));
  return {
    text: step.id === 'program' ? `${question}\n\n${programList(ctx, state, lang)}` : question,
    choices: [...choices, why],
    step: step.id,
    dir: dirOf(lang),
  };
}
