// Letter drafts in the bot's storage. `letters/<id>` holds the input and the date it was composed
// on (so re-opening renders the same letter); `drafts/<user>/<id>` is the user's index for "my
// drafts". Ids are random and URL-safe: whoever holds one can open the draft, so they must not be
// guessable.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LetterFields, LETTER_TYPES, type LetterInput } from '../domain/letters/input.js';
import { LANGS } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/types.js';
import { keySegment, StorageConflictError, type ListableStorage } from '../storage/index.js';

export const LETTER_ID = /^[A-Za-z0-9_-]{22}$/;

export interface LetterDraft {
  readonly id: string;
  readonly input: LetterInput;
  readonly lang: Lang;
  /** The `today` the letter was composed with (YYYY-MM-DD). */
  readonly today: string;
  /** ISO timestamps. */
  readonly created: string;
  readonly updated: string;
  readonly userId?: string;
  /** The stored record's eTag, for an update that must not overwrite someone else's. */
  readonly eTag?: string;
}

export interface DraftSummary {
  readonly id: string;
  readonly type: LetterInput['type'];
  readonly lang: Lang;
  readonly country: string;
  readonly programId?: string;
  readonly created: string;
  readonly updated: string;
}

const StoredDraft = z.object({
  id: z.string().regex(LETTER_ID),
  // The fields only: a draft saved before a cross-field rule was added must still open.
  input: LetterFields,
  lang: z.enum(LANGS),
  today: z.iso.date(),
  created: z.string(),
  updated: z.string(),
  userId: z.string().optional(),
  eTag: z.string().optional(),
});
const StoredSummary = z.object({
  id: z.string().regex(LETTER_ID),
  type: z.enum(LETTER_TYPES),
  lang: z.enum(LANGS),
  country: z.string(),
  programId: z.string().optional(),
  created: z.string(),
  updated: z.string(),
});

export const newLetterId = (): string => randomBytes(16).toString('base64url');

const letterKey = (id: string) => `letters/${id}`;
// A user id may hold '/', ':' or anything else a channel uses; encoded it cannot escape its prefix.
const userPrefix = (userId: string) => `drafts/${keySegment(userId)}/`;
const draftKey = (userId: string, id: string) => `${userPrefix(userId)}${id}`;

function summaryOf(d: LetterDraft): DraftSummary {
  return {
    id: d.id,
    type: d.input.type,
    lang: d.lang,
    country: d.input.country,
    ...(d.input.programId ? { programId: d.input.programId } : {}),
    created: d.created,
    updated: d.updated,
  };
}

function record(d: LetterDraft, eTag = '*'): Record<string, unknown> {
  const { eTag: _ignored, ...rest } = d;
  return { ...rest, eTag };
}

export interface SaveOptions {
  readonly today: string;
  readonly userId?: string;
  /** The new draft's id (a caller that may retry keeps one); default: a fresh random one. */
  readonly id?: string;
  /** Clock for the timestamps; tests pin it. */
  readonly now?: () => Date;
}

/** Stores a new draft (and the user's index entry) and returns it. */
export async function saveDraft(
  storage: ListableStorage,
  input: LetterInput,
  options: SaveOptions,
): Promise<LetterDraft> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const draft: LetterDraft = {
    id: options.id !== undefined && LETTER_ID.test(options.id) ? options.id : newLetterId(),
    input,
    lang: input.lang,
    today: options.today,
    created: at,
    updated: at,
    ...(options.userId ? { userId: options.userId } : {}),
  };
  const changes: Record<string, Record<string, unknown>> = { [letterKey(draft.id)]: record(draft) };
  if (draft.userId) changes[draftKey(draft.userId, draft.id)] = { ...summaryOf(draft), eTag: '*' };
  await storage.write(changes);
  return draft;
}

/** The draft, or undefined when the id is malformed, unknown or the record unreadable. */
export async function loadDraft(storage: ListableStorage, id: string): Promise<LetterDraft | undefined> {
  if (!LETTER_ID.test(id)) return undefined;
  const item = (await storage.read([letterKey(id)]))[letterKey(id)];
  if (!item) return undefined;
  const parsed = StoredDraft.safeParse(item);
  return parsed.success ? (parsed.data as LetterDraft) : undefined;
}

/**
 * Replaces a draft's input. With `draft.eTag` (from loadDraft) the write fails with
 * StorageConflictError when someone else saved in between; the owner and creation date stay.
 */
export async function updateDraft(
  storage: ListableStorage,
  draft: LetterDraft,
  input: LetterInput,
  options: Omit<SaveOptions, 'userId'>,
): Promise<LetterDraft> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const next: LetterDraft = { ...draft, input, lang: input.lang, today: options.today, updated: at };
  const changes: Record<string, Record<string, unknown>> = {
    [letterKey(draft.id)]: record(next, draft.eTag ?? '*'),
  };
  if (next.userId) changes[draftKey(next.userId, next.id)] = { ...summaryOf(next), eTag: '*' };
  await storage.write(changes);
  const { eTag: _stale, ...rest } = next;
  return rest;
}

/** The user's drafts, most recently updated first. */
export async function listDrafts(storage: ListableStorage, userId: string): Promise<DraftSummary[]> {
  const keys = await storage.list(userPrefix(userId));
  if (keys.length === 0) return [];
  const items = await storage.read(keys);
  return keys
    .map((k) => StoredSummary.safeParse(items[k]))
    .filter((r) => r.success)
    .map((r) => r.data as DraftSummary)
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

/** Deletes every draft of `userId` (the letters and the index); returns how many. */
export async function deleteUserDrafts(storage: ListableStorage, userId: string): Promise<number> {
  const index = await storage.list(userPrefix(userId));
  const ids = index.map((k) => k.slice(userPrefix(userId).length)).filter((id) => LETTER_ID.test(id));
  if (index.length) await storage.delete([...ids.map(letterKey), ...index]);
  return ids.length;
}

/** Deletes the drafts last updated before `before` (and their index entries); returns how many. */
export async function purgeDrafts(storage: ListableStorage, before: Date): Promise<number> {
  const keys = await storage.list('letters/');
  let purged = 0;
  // In slices, so a large store is never read into memory at once.
  for (let i = 0; i < keys.length; i += 100) {
    const items = await storage.read(keys.slice(i, i + 100));
    const stale: string[] = [];
    for (const [key, item] of Object.entries(items)) {
      const d = item as { id?: unknown; updated?: unknown; userId?: unknown };
      const updated = typeof d.updated === 'string' ? Date.parse(d.updated) : NaN;
      if (!(updated < before.getTime())) continue;
      stale.push(key);
      if (typeof d.userId === 'string' && typeof d.id === 'string') stale.push(draftKey(d.userId, d.id));
      purged += 1;
    }
    if (stale.length) await storage.delete(stale);
  }
  return purged;
}

export { StorageConflictError };
