// What users call the answer of a step (its review label in the six languages, and synonyms), and
// the articles that may stand before it: shared by corrections, the review and hedges.
import type { FlowContext } from '../types.js';
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import {
  compilePhrase,
  longestAt,
  phraseGroups,
  phrasesFor,
  PhraseList,
  type Phrase,
  type Word,
} from './phrases.js';

const fieldCache = new WeakMap<FlowContext['t'], Map<string, PhraseList>>();

/** What users call the answer of a step: its review label in the six languages, and synonyms. */
export function fieldPhrases(ctx: FlowContext, stepId: string): PhraseList {
  let byStep = fieldCache.get(ctx.t);
  if (!byStep) fieldCache.set(ctx.t, (byStep = new Map()));
  let phrases = byStep.get(stepId);
  if (!phrases) {
    const labels: Phrase[] = [];
    for (const lang of LANGS) {
      const label = labelOf(ctx, lang, stepId);
      if (label) labels.push(compilePhrase(label));
    }
    phrases = new PhraseList([
      ...labels.map((phrase) => ({ phrase })),
      ...(phraseGroups(ctx, 'questions:fields').get(stepId)?.items ?? []),
    ]);
    byStep.set(stepId, phrases);
  }
  return phrases;
}

/** The review label of a step (`flow:label.<id>`), if it has one. */
export function labelOf(ctx: FlowContext, lang: Lang, stepId: string): string | undefined {
  const labels = ctx.t(lang)('flow:label', { returnObjects: true }) as unknown;
  const label =
    labels && typeof labels === 'object' ? (labels as Record<string, unknown>)[stepId] : undefined;
  return typeof label === 'string' ? label : undefined;
}

/** Articles and possessives between a verb and its field ("change THE period", "changer LA période"). */
export function skipFillers(ctx: FlowContext, ws: readonly Word[], from: number): number {
  const fillers = phrasesFor(ctx, 'questions:correction.filler');
  let i = from;
  for (let m = longestAt(fillers, ws, i); m && m.end < ws.length; m = longestAt(fillers, ws, i)) i = m.end;
  return i;
}
