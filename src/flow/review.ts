// The review screen before the letter: every reviewed answer on a line, each one changeable, and
// "Draft the letter". A line is changed by its button, its number or its field name.
import { STEP_BY_ID, STEPS } from '../../dialogs/steps.js';
import { textDirection } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/types.js';
import { nativeLanguageName } from './choices.js';
import { INPUTS } from './inputs/index.js';
import { fold } from './inputs/vocabulary.js';
import type { ConversationState, FlowContext, Reply } from './types.js';
import { answerValues } from './values.js';

const REVIEWED = STEPS.filter((s) => s.review).map((s) => s.id);

export interface ReviewLine {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

export function reviewLines(ctx: FlowContext, state: ConversationState, lang: Lang): ReviewLine[] {
  const tr = ctx.t(lang);
  const values = answerValues(state);
  const lines: ReviewLine[] = [];
  for (const id of REVIEWED) {
    if (!(id in values)) continue;
    const step = STEP_BY_ID.get(id)!;
    const value = INPUTS[step.input].display({ ctx, state, step, lang, values }, values[id]);
    lines.push({ id, label: tr(`flow:label.${id}`), value });
  }
  return lines;
}

export function reviewReply(ctx: FlowContext, state: ConversationState, lang: Lang): Reply {
  const tr = ctx.t(lang);
  const values = answerValues(state);
  const lines = reviewLines(ctx, state, lang);
  const letterLang = typeof values.letterLang === 'string' ? (values.letterLang as Lang) : lang;
  return {
    title: tr('flow:review.title'),
    text: tr('flow:q.review'),
    facts: lines.map((l) => ({ label: l.label, value: l.value })),
    choices: [
      { value: 'draft', label: tr('flow:review.draft', { language: nativeLanguageName(letterLang) }) },
      ...lines.map((l) => ({ value: `edit:${l.id}`, label: tr('flow:review.change', { field: l.label }) })),
    ],
    step: 'review',
    dir: textDirection(lang),
  };
}

/** The line a typed field name points at ("Project", "période", "change the period"), if one. */
export function lineNamed(ctx: FlowContext, state: ConversationState, lang: Lang, text: string) {
  const f = ` ${fold(text)} `;
  const lines = reviewLines(ctx, state, lang);
  const named = lines.filter((l) => {
    const label = fold(l.label);
    return (
      label.length >= 2 && (f.includes(` ${label} `) || (/\p{Script=Han}/u.test(label) && f.includes(label)))
    );
  });
  // "Letter language" also contains "Letter": the longest label named wins.
  return named.sort((a, b) => b.label.length - a.label.length)[0];
}
