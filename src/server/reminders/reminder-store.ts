// Proactive deadline reminders (Teams): when a deadline is offered, the conversation reference is
// stored under `reminders/<id>` (one per conversation: a later deadline replaces an unsent one).
// Claiming one to send is a compare-and-swap on the record's eTag, so of several instances that
// see it due, exactly one wins (PostgreSQL does the swap in one UPDATE … WHERE etag = …); the
// claim is a lease, taken over only if its holder died before marking the reminder sent.
import { createHash } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { StorageConflictError, type ListableStorage } from '../../storage/index.js';
import { addDays } from './days.js';

export const REMINDER_PREFIX = 'reminders/';
/** The reminder goes this many days before the deadline. */
export const DAYS_BEFORE = 7;

const StoredReminder = z.object({
  conversationKey: z.string(),
  reference: z.record(z.string(), z.unknown()),
  submitBy: z.iso.date(),
  start: z.iso.date(),
  programId: z.string().optional(),
  lang: z.enum(LANGS),
  /** Absolute origin for the calendar link in the message. */
  baseUrl: z.string(),
  dueOn: z.iso.date(),
  status: z.enum(['pending', 'sending', 'sent', 'expired', 'failed']),
  lease: z.object({ by: z.string(), until: z.number() }).optional(),
  attempts: z.number().int().min(0).default(0),
  sentAt: z.string().optional(),
});
export type StoredReminder = z.infer<typeof StoredReminder>;

export interface Deadline {
  readonly submitBy: string;
  readonly start: string;
  readonly programId?: string;
}

const idOf = (conversationKey: string) =>
  createHash('sha256').update(conversationKey).digest('base64url').slice(0, 32);
export const reminderKey = (conversationKey: string) => `${REMINDER_PREFIX}${idOf(conversationKey)}`;

/**
 * Stores (or replaces) the reminder of a conversation; nothing when the reminder day is already
 * past or the same deadline was reminded of already. Returns whether a reminder is now pending.
 */
export async function rememberDeadline(
  storage: ListableStorage,
  o: {
    conversationKey: string;
    reference: Partial<ConversationReference>;
    deadline: Deadline;
    lang: Lang;
    baseUrl: string;
    today: string;
  },
): Promise<boolean> {
  const dueOn = addDays(o.deadline.submitBy.slice(0, 10), -DAYS_BEFORE);
  if (dueOn <= o.today) return false;
  const key = reminderKey(o.conversationKey);
  const existing = await readReminder(storage, key);
  if (
    existing &&
    existing.reminder.submitBy === o.deadline.submitBy &&
    existing.reminder.status !== 'pending'
  )
    return false;
  const record: StoredReminder = {
    conversationKey: o.conversationKey,
    reference: JSON.parse(JSON.stringify(o.reference)) as Record<string, unknown>,
    submitBy: o.deadline.submitBy.slice(0, 10),
    start: o.deadline.start.slice(0, 10),
    ...(o.deadline.programId ? { programId: o.deadline.programId } : {}),
    lang: o.lang,
    baseUrl: o.baseUrl,
    dueOn,
    status: 'pending',
    attempts: 0,
  };
  await storage.write({ [key]: { ...record, eTag: '*' } });
  return true;
}

export async function readReminder(
  storage: ListableStorage,
  key: string,
): Promise<{ reminder: StoredReminder; eTag: string } | undefined> {
  const item = (await storage.read([key]))[key] as (Record<string, unknown> & { eTag?: string }) | undefined;
  if (!item) return undefined;
  const { eTag, ...rest } = item;
  const parsed = StoredReminder.safeParse(rest);
  return parsed.success && typeof eTag === 'string' ? { reminder: parsed.data, eTag } : undefined;
}

/** Writes `next` only if the record still has `eTag`; false when another writer got there first. */
export async function swapReminder(
  storage: ListableStorage,
  key: string,
  eTag: string,
  next: StoredReminder,
): Promise<boolean> {
  try {
    await storage.write({ [key]: { ...next, eTag } });
    return true;
  } catch (e) {
    if (e instanceof StorageConflictError) return false;
    throw e;
  }
}
