// A user's data, removed on request ("delete my data" in the chat, DELETE /api/me) or when it has
// not been touched for RETENTION_DAYS: their conversations (answers: names, titles, institutions,
// what they typed) and their letter drafts.
import type { ListableStorage } from '../storage/index.js';
import { deleteUserDrafts, purgeDrafts } from '../letters/store.js';
import { conversationsOf, deleteConversations } from './conversation-store.js';
import type { Logger } from './log.js';

export interface Deleted {
  readonly conversations: number;
  readonly drafts: number;
}

/** `userId`: channel-qualified, as the bot keys drafts (e.g. "webchat:u-…"). */
export async function deleteUserData(storage: ListableStorage, userId: string): Promise<Deleted> {
  const keys = await conversationsOf(storage, userId);
  await deleteConversations(
    storage,
    keys.map((key) => ({ key, owner: userId })),
  );
  const drafts = await deleteUserDrafts(storage, userId);
  return { conversations: keys.length, drafts };
}

/** Deletes conversations and drafts last touched before `before`. */
export async function purgeExpired(storage: ListableStorage, before: Date): Promise<Deleted> {
  const keys = await storage.list('conversations/');
  let conversations = 0;
  for (let i = 0; i < keys.length; i += 100) {
    const items = await storage.read(keys.slice(i, i + 100));
    const stale = Object.entries(items)
      .map(([key, item]) => ({ key, item: item as { updated?: unknown; owner?: unknown } }))
      .filter(({ item }) => typeof item.updated === 'string' && Date.parse(item.updated) < before.getTime())
      .map(({ key, item }) => ({ key, ...(typeof item.owner === 'string' ? { owner: item.owner } : {}) }));
    await deleteConversations(storage, stale);
    conversations += stale.length;
  }
  return { conversations, drafts: await purgeDrafts(storage, before) };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_MS = 6 * 60 * 60 * 1000;

/** Purges now and every 6 hours; returns a function that stops it. Failures are logged, never thrown. */
export function startRetention(
  storage: ListableStorage,
  days: number,
  now: () => Date,
  log: Logger,
): () => void {
  const run = async () => {
    try {
      const deleted = await purgeExpired(storage, new Date(now().getTime() - days * DAY_MS));
      log.info({ event: 'retention', days, ...deleted }, 'retention purge');
    } catch (e) {
      log.warn({ event: 'retention-failed', err: { type: (e as Error).name } }, (e as Error).message);
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
