// The answers as plain values, the shape predicates, presenters and the letter read.
import { deepFreeze } from '../deep-freeze.js';
import type { ConversationState } from './types.js';

export type Values = Readonly<Record<string, unknown>>;

/**
 * A turn asks for the values of one state's answers dozens of times (every step's conditions,
 * every presenter). A state's answers are never changed in place (a new state gets a new
 * `answers` object), so the values are computed once per answers object, and both are frozen
 * (deeply: see deep-freeze.ts): a change in place would otherwise leave stale values behind, and
 * now throws instead.
 */
const computed = new WeakMap<ConversationState['answers'], Values>();

export function answerValues(state: ConversationState): Values {
  let values = computed.get(state.answers);
  if (!values) {
    values = Object.freeze(valuesOf(deepFreeze(state.answers)));
    computed.set(state.answers, values);
  }
  return values;
}

/** The values of answers being put together (not kept: the caller may still change them). */
export function valuesOf(answers: ConversationState['answers']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));
}

/** A non-empty string answer, else undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
