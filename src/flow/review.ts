// The review screen before the letter: every reviewed answer on a line, each one changeable, and
// "Draft the letter". A line is changed by its button, its number or its field name.
import { STEP_BY_ID, STEPS } from '../../dialogs/steps.js';
import { textDirection } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/types.js';
import { nativeLanguageName } from './choices.js';
import { INPUTS } from './inputs/index.js';
import { fold } from './inputs/vocabulary.js';
import { skipFillers } from './understand/correction.js';
import { checkedField } from './understand/hedge.js';
import { compilePhrase, findAll, matchAt, phrasesFor, words } from './understand/phrases.js';
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

/**
 * The line a typed field name points at ("Project", "période", "change the period"), if one. A
 * name counts where a name stands: at the start (after an article) or after a change verb; the
 * same word elsewhere is an ordinary one ("I need to check" names no Need line). After a check
 * verb that opens the message, any name of the line counts ("check the city").
 */
export function lineNamed(ctx: FlowContext, state: ConversationState, lang: Lang, text: string) {
  const f = ` ${fold(text)} `;
  const ws = words(text);
  const starts = new Set([skipFillers(ctx, ws, 0)]);
  for (const verb of findAll(phrasesFor(ctx, 'questions:correction.change'), ws))
    starts.add(skipFillers(ctx, ws, verb.end));
  const lines = reviewLines(ctx, state, lang);
  const named = lines.filter((l) => {
    const label = fold(l.label);
    if (label.length < 2) return false;
    // Chinese runs its words together: a label is named anywhere.
    if (/\p{Script=Han}/u.test(label)) return f.includes(label);
    const phrase = compilePhrase(l.label);
    return [...starts].some((i) => matchAt(phrase, ws, i) !== undefined);
  });
  // "Letter language" also contains "Letter": the longest label named wins.
  const longest = named.sort((a, b) => b.label.length - a.label.length)[0];
  if (longest) return longest;
  // "check the city", "vérifier la ville": a line to look at again, by any of its names.
  const checked = checkedField(
    ctx,
    text,
    lines.map((l) => l.id),
  );
  return lines.find((l) => l.id === checked);
}
