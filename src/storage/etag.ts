import { randomUUID } from 'node:crypto';
import type { StoreItem } from 'botbuilder';
import { stringifyWithRaw } from './raw-json.js';
import { StorageConflictError } from './types.js';

/**
 * Random rather than a counter: a counter restarts with the process, so a stale eTag read before a
 * restart could match a fresh one by chance.
 */
export function newETag(): string {
  return randomUUID();
}

/** No eTag (absent or empty) or '*' means an unconditional write, as in botbuilder. */
export function isUnconditional(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/**
 * Throws StorageConflictError unless `incoming` may replace what is stored.
 * A conditional write over a missing record is a conflict: the writer read a record that has been
 * deleted since, and silently re-creating it would resurrect data someone meant to remove.
 */
export function assertWritable(key: string, incoming: StoreItem, storedETag: string | null): void {
  const eTag: unknown = incoming.eTag;
  if (isUnconditional(eTag)) return;
  if (eTag !== storedETag) throw new StorageConflictError(key, String(eTag), storedETag);
}

/** The item without its eTag, deep-copied through JSON as a networked store would. */
export function toStoredValue(item: StoreItem): Record<string, unknown> {
  return JSON.parse(toStoredText(item)) as Record<string, unknown>;
}

/**
 * The item without its eTag as JSON text: what toStoredValue gives, stringified, in one pass (its
 * RawJson fields as they are, see raw-json.ts).
 */
export function toStoredText(item: StoreItem): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError('Storage: an item must be a plain object');
  }
  const { eTag: _eTag, ...rest } = item;
  return stringifyWithRaw(rest);
}
