// One record per conversation, read at the start of a turn and written with the eTag that was
// read: a concurrent turn that wrote first makes this write fail instead of being overwritten.
// Beside the engine's state the record keeps who started the conversation (it belongs to them),
// when it was last touched (for RETENTION_DAYS) and the replies to its last few activity ids (a
// channel that redelivers one gets the same answer, and nothing changes). The first write of a
// conversation also writes `owners/<user>/<conversation>`, so "delete my data" finds it.
import { z } from 'zod';
import { keySegment, RawJson, type ListableStorage } from '../storage/index.js';
import { LANGS } from '../knowledge/schema.js';
import { initialState, type ConversationState, type Reply, type TurnStatus } from '../flow/types.js';
import { KeptStates } from './kept-states.js';

/**
 * The engine's state as stored. Loose: fields a newer engine adds are kept, not refused; a record
 * that does not match (damaged, or from an older version) starts the conversation afresh.
 */
export const ConversationStateSchema = z.looseObject({
  v: z.literal(1),
  lang: z.enum(LANGS).optional(),
  goal: z.enum(['find', 'check', 'letter', 'contact']).optional(),
  lastGoal: z.enum(['find', 'check', 'letter', 'contact']).optional(),
  answers: z.record(z.string(), z.looseObject({ value: z.unknown(), basis: z.string().optional() })),
  history: z.array(z.string()),
  pending: z.looseObject({ stepId: z.string().min(1), failures: z.number().int().min(0) }).optional(),
  editing: z.string().optional(),
  scratch: z.record(z.string(), z.unknown()).optional(),
  greeted: z.boolean().optional(),
  draftId: z.string().optional(),
  routeShown: z.string().optional(),
  offered: z.array(z.string()).optional(),
  progressTotal: z.number().int().min(0).optional(),
});

const RecentTurnSchema = z.object({
  id: z.string(),
  replies: z.array(z.looseObject({ text: z.string() })),
  status: z.object({
    step: z.string(),
    progress: z.object({ answered: z.number(), total: z.number() }),
  }),
});
export type RecentTurn = {
  readonly id: string;
  readonly replies: readonly Reply[];
  readonly status: TurnStatus;
};

/**
 * Replies kept for this many of the latest activity ids. A channel redelivers the activity it got
 * no answer to (a timeout, a dropped connection): the latest, or one just before. The replies are
 * most of what a record weighs (1.5 KB a turn against 1.5 KB of state), and every turn reads and
 * writes the whole record, so few are kept.
 */
export const RECENT_TURNS = 3;

export interface LoadedState {
  readonly key: string;
  readonly state: ConversationState;
  /** Undefined for a new conversation. */
  readonly eTag?: string;
  /** The user who started it (channel-qualified id); undefined for a new or older record. */
  readonly owner?: string;
  /**
   * The latest turns as stored, each checked only when its id comes again (`recentTurn`): a turn
   * that is not a redelivery, nearly every turn, does not pay for checking replies it never uses.
   */
  readonly recent: readonly StoredTurn[];
}

/**
 * A kept turn: its id, and the whole entry as the JSON text it is stored as, unchecked. Each turn
 * is stringified once, when it is made, and written as that text by every later save of the
 * record (storage/raw-json.ts): the replies were most of what each write stringified again.
 */
type StoredTurn = { readonly id: string; readonly entry: RawJson };

/** What activity `id` was answered, if it is one of the latest; a damaged entry counts as not seen. */
export function recentTurn(loaded: LoadedState, id: string): RecentTurn | undefined {
  const stored = loaded.recent.find((r) => r.id === id);
  if (stored === undefined) return undefined;
  const parsed = RecentTurnSchema.safeParse(stored.entry.toJSON());
  return parsed.success ? (parsed.data as RecentTurn) : undefined;
}

const storedTurns = (value: unknown): StoredTurn[] =>
  Array.isArray(value)
    ? value
        .filter((r): r is { id: string } => typeof (r as { id?: unknown } | null)?.id === 'string')
        .map((r) => ({ id: r.id, entry: RawJson.of(r) }))
    : [];

export const conversationKey = (channelId: string, conversationId: string): string =>
  `conversations/${channelId}/${conversationId}`;

export const ownerPrefix = (owner: string): string => `owners/${keySegment(owner)}/`;
const ownerIndexKey = (owner: string, key: string): string => ownerPrefix(owner) + keySegment(key);

/** What this process last stored of each conversation (kept-states.ts). */
const kept = new KeptStates<LoadedState>();

export async function loadState(storage: ListableStorage, key: string): Promise<LoadedState> {
  const hit = await kept.get(storage, key);
  if (hit) return hit;
  const item = (await storage.read([key]))[key] as
    { state?: unknown; eTag?: string; owner?: unknown; recent?: unknown } | undefined;
  const eTag = item?.eTag ? { eTag: item.eTag } : {};
  const owner = typeof item?.owner === 'string' ? { owner: item.owner } : {};
  const parsed = ConversationStateSchema.safeParse(item?.state);
  return {
    key,
    state: parsed.success ? (parsed.data as ConversationState) : initialState(),
    ...eTag,
    ...owner,
    recent: storedTurns(item?.recent),
  };
}

export interface SaveExtras {
  /** Who the conversation belongs to; kept from the record when it has one. */
  readonly owner?: string;
  readonly now?: Date;
  /** The activity this state answers, and what was answered. */
  readonly turn?: RecentTurn;
}

export async function saveState(
  storage: ListableStorage,
  loaded: LoadedState,
  state: ConversationState,
  extras: SaveExtras = {},
): Promise<void> {
  const owner = loaded.owner ?? extras.owner;
  const turn = extras.turn;
  const recent: readonly StoredTurn[] = turn
    ? [...loaded.recent.filter((r) => r.id !== turn.id), { id: turn.id, entry: RawJson.of(turn) }].slice(
        -RECENT_TURNS,
      )
    : loaded.recent.slice(-RECENT_TURNS);
  const changes: Record<string, Record<string, unknown>> = {};
  // The index entry goes with the first state that has an owner (a new conversation, or one
  // stored before conversations had owners), in the same batch and first (lowdb writes a batch
  // file by file: a crash in between leaves an entry pointing at nothing, harmless).
  if (owner && !loaded.owner) changes[ownerIndexKey(owner, loaded.key)] = { key: loaded.key, eTag: '*' };
  changes[loaded.key] = {
    state,
    ...(owner ? { owner } : {}),
    updated: (extras.now ?? new Date()).toISOString(),
    recent: recent.map((r) => r.entry),
    ...(loaded.eTag ? { eTag: loaded.eTag } : {}),
  };
  if (!storage.writeTagged) return storage.write(changes);
  const eTag = (await storage.writeTagged(changes))[loaded.key];
  if (eTag)
    kept.set(storage, loaded.key, eTag, {
      key: loaded.key,
      state,
      eTag,
      ...(owner ? { owner } : {}),
      recent,
    });
}

/** The keys of every conversation `owner` started. */
export async function conversationsOf(storage: ListableStorage, owner: string): Promise<string[]> {
  const index = await storage.list(ownerPrefix(owner));
  if (index.length === 0) return [];
  const items = await storage.read(index);
  return index
    .map((k) => (items[k] as { key?: unknown } | undefined)?.key)
    .filter((k): k is string => typeof k === 'string' && k.startsWith('conversations/'));
}

/** Deletes conversations and their owner index entries. */
export async function deleteConversations(
  storage: ListableStorage,
  entries: readonly { key: string; owner?: string }[],
): Promise<void> {
  const keys = entries.flatMap((e) => (e.owner ? [e.key, ownerIndexKey(e.owner, e.key)] : [e.key]));
  if (keys.length) await storage.delete(keys);
  kept.forget(storage, keys);
}
