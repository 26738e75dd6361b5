// The turn being built: state so far, replies, effects. Every part of the engine appends to it and
// `finish` hands it back; nothing here decides what to ask.
import type { Lang } from '../knowledge/types.js';
import { textDirection } from '../knowledge/schema.js';
import type { ConversationState, Effect, Reply, TurnResult } from './types.js';

export interface Turn {
  state: ConversationState;
  replies: Reply[];
  effects: Effect[];
  /** This turn completed a task. */
  done?: boolean;
}

export type InnerResult = Omit<TurnResult, 'status'> & { readonly done?: boolean };

export const langOf = (t: Turn): Lang => t.state.lang ?? 'en';

export function say(t: Turn, text: string, extra: Partial<Reply> = {}): void {
  t.replies.push({ text, dir: textDirection(langOf(t)), ...extra });
}

export function finish(t: Turn): InnerResult {
  // The buttons of the last reply that asks something are what "2" or "the second" means next turn.
  const asking = [...t.replies].reverse().find((r) => r.choices?.length);
  const offered = asking?.choices?.map((c) => c.value);
  const { offered: _previous, ...rest } = t.state;
  const state = offered ? { ...rest, offered } : rest;
  return { state, replies: t.replies, effects: t.effects, ...(t.done ? { done: true } : {}) };
}

/** The state without these answers (and without them in the history). */
export function withoutAnswers(state: ConversationState, ids: readonly string[]): ConversationState {
  const answers = { ...state.answers };
  for (const id of ids) delete answers[id];
  return { ...state, answers, history: state.history.filter((h) => !ids.includes(h)) };
}
