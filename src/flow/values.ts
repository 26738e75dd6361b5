// The answers as plain values, the shape predicates, presenters and the letter read.
import type { ConversationState } from './types.js';

export type Values = Readonly<Record<string, unknown>>;

export function answerValues(state: ConversationState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state.answers).map(([k, a]) => [k, a.value]));
}

/** A non-empty string answer, else undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
