// Small text helpers for views, by each language's own rules (Intl).
import type { Lang } from '../knowledge/types.js';

const sentenceSegmenters = new Map<Lang, Intl.Segmenter>();

/** The first sentence of a text, by the language's sentence rules. */
export function firstSentence(text: string, lang: Lang): string {
  let segmenter = sentenceSegmenters.get(lang);
  if (!segmenter)
    sentenceSegmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const first = segmenter.segment(text)[Symbol.iterator]().next();
  return first.done ? text : first.value.segment.trim();
}
