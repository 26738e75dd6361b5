// Matches short phrases (a concept's terms, a program's keywords) against a query: a phrase
// matches when each of its words is among the query's terms, in any order and in any inflection
// the analysis unifies. Each phrase has an owner (a concept, a program); the best complete phrase
// per owner is reported with the query words that completed it.
import type { Lang } from '../../knowledge/types.js';
import { phraseGroups } from './analyze.js';

/** Extra weight per word of a phrase beyond the first, up to the maximum. */
const PHRASE_BONUS = 0.2;
const MAX_PHRASE_BONUS = 0.4;
/** Longer phrases are descriptions, not terms; they are not matched. */
const MAX_SLOTS = 16;

interface Phrase {
  readonly owner: string;
  readonly lang: Lang;
  /** One entry per word of the phrase: the terms that stand for it. */
  readonly slots: readonly (readonly string[])[];
}

export interface PhraseMatcher {
  readonly phrases: readonly Phrase[];
  /** term -> the phrases and slots it fills. */
  readonly byTerm: ReadonlyMap<string, readonly { readonly phrase: number; readonly slot: number }[]>;
}

export interface PhraseSource {
  readonly owner: string;
  readonly text: string;
  readonly lang: Lang;
}

export function buildPhraseMatcher(sources: Iterable<PhraseSource>): PhraseMatcher {
  const phrases: Phrase[] = [];
  const byTerm = new Map<string, { phrase: number; slot: number }[]>();
  for (const { owner, text, lang } of sources) {
    const slots = phraseGroups(text, lang);
    // A phrase made only of stop words would match nothing; the knowledge tests report it.
    if (slots.length === 0 || slots.length > MAX_SLOTS) continue;
    const phrase = phrases.length;
    phrases.push({ owner, lang, slots });
    slots.forEach((terms, slot) => {
      for (const t of terms) {
        let list = byTerm.get(t);
        if (!list) byTerm.set(t, (list = []));
        if (!list.some((e) => e.phrase === phrase && e.slot === slot)) list.push({ phrase, slot });
      }
    });
  }
  return { phrases, byTerm };
}

/** A query word's terms (after typo and prefix look-ups), each with its weight. */
export interface ExpandedGroup {
  readonly terms: ReadonlyMap<string, number>;
}

export interface MatchedWord {
  /** Index of the query group. */
  readonly group: number;
  /** The term of that group that filled the phrase's slot. */
  readonly term: string;
}

export interface PhraseHit {
  readonly owner: string;
  /**
   * The best phrase's weakest word (1 when every word was typed as indexed, less for a typo),
   * raised for phrases of several words ("fair share" says more than "share").
   */
  readonly weight: number;
  /** The query words that completed the owner's phrases. */
  readonly words: readonly MatchedWord[];
}

/** The owners whose phrases the query completes, best phrase per owner. */
export function matchPhrases(matcher: PhraseMatcher, groups: readonly ExpandedGroup[]): PhraseHit[] {
  // phrase -> slot -> best (weight, group, term)
  const filled = new Map<number, Map<number, { weight: number; group: number; term: string }>>();
  groups.forEach((g, group) => {
    for (const [term, weight] of g.terms) {
      for (const { phrase, slot } of matcher.byTerm.get(term) ?? []) {
        let slots = filled.get(phrase);
        if (!slots) filled.set(phrase, (slots = new Map()));
        const prev = slots.get(slot);
        if (!prev || prev.weight < weight) slots.set(slot, { weight, group, term });
      }
    }
  });
  // Several phrases of one owner ("potters", "weavers") make one hit that names them all.
  const best = new Map<string, { weight: number; words: Map<string, MatchedWord> }>();
  for (const [phrase, slots] of filled) {
    const p = matcher.phrases[phrase]!;
    if (slots.size < p.slots.length) continue;
    const bonus = Math.min(MAX_PHRASE_BONUS, PHRASE_BONUS * (p.slots.length - 1));
    const weight = Math.min(...[...slots.values()].map((s) => s.weight)) * (1 + bonus);
    let hit = best.get(p.owner);
    if (!hit) best.set(p.owner, (hit = { weight, words: new Map() }));
    hit.weight = Math.max(hit.weight, weight);
    for (const s of slots.values()) hit.words.set(`${s.group} ${s.term}`, { group: s.group, term: s.term });
  }
  return [...best].map(([owner, h]) => ({
    owner,
    weight: h.weight,
    words: [...h.words.values()].sort((a, b) => a.group - b.group),
  }));
}
