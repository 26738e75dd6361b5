// One record per conversation, read at the start of a turn and written with the eTag that was
// read: a concurrent turn that wrote first makes this write fail instead of being overwritten.
import type { ListableStorage } from '../storage/index.js';
import { initialState, type ConversationState } from '../flow/types.js';

export interface LoadedState {
  readonly key: string;
  readonly state: ConversationState;
  /** Undefined for a new conversation. */
  readonly eTag?: string;
}

export const conversationKey = (channelId: string, conversationId: string): string =>
  `conversations/${channelId}/${conversationId}`;

function isState(value: unknown): value is ConversationState {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { v?: unknown }).v === 1 &&
    typeof (value as { answers?: unknown }).answers === 'object' &&
    Array.isArray((value as { history?: unknown }).history)
  );
}

export async function loadState(storage: ListableStorage, key: string): Promise<LoadedState> {
  const item = (await storage.read([key]))[key] as { state?: unknown; eTag?: string } | undefined;
  // A record from an older or damaged version starts afresh rather than crashing the turn.
  if (!item || !isState(item.state))
    return { key, state: initialState(), ...(item?.eTag ? { eTag: item.eTag } : {}) };
  return { key, state: item.state, ...(item.eTag ? { eTag: item.eTag } : {}) };
}

export async function saveState(
  storage: ListableStorage,
  loaded: LoadedState,
  state: ConversationState,
): Promise<void> {
  await storage.write({ [loaded.key]: { state, ...(loaded.eTag ? { eTag: loaded.eTag } : {}) } });
}
