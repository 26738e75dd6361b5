// The concept layer: requesters' words in six languages ("potters", "刺绣", "подделка", "تقليد")
// mapped to IP concepts (crafts, enforcement…) that the knowledge base links to programs. A
// concept matches when one of its phrases does (phrase-matcher.ts); the ranking then adds the
// concept's token, which the linked programs hold, at a lower weight than the user's own words.
import { LANGS } from '../../knowledge/schema.js';
import type { Concept } from '../../knowledge/types.js';
import { buildPhraseMatcher, type PhraseMatcher, type PhraseSource } from './phrase-matcher.js';

const TOKEN_PREFIX = '§';
export const conceptToken = (id: string): string => `${TOKEN_PREFIX}${id}`;
export const isConceptToken = (term: string): boolean => term.startsWith(TOKEN_PREFIX);

function* conceptPhrases(concepts: readonly Concept[]): Iterable<PhraseSource> {
  for (const c of concepts)
    for (const lang of LANGS) for (const text of c.terms[lang]) yield { owner: c.id, text, lang };
}

export function buildConceptMatcher(concepts: readonly Concept[]): PhraseMatcher {
  return buildPhraseMatcher(conceptPhrases(concepts));
}
