// What this process last wrote of each conversation, already parsed and checked, beside the eTag
// it was stored with. A turn reads its conversation's record, and the turn before wrote it — in
// this process, nearly always. When the store says that eTag is still the stored one
// (`storedETag`: a map lookup in memory, a `stat` for lowdb, one short query for PostgreSQL), the
// turn starts from the kept copy instead of reading, parsing and checking ~8 KB of JSON again
// (the profile of the guided path: that read was 8% of a turn, and the garbage it left). Anyone
// else's write changes the eTag, so a kept copy is never used once it is stale.
//
// Kept copies are deep-frozen: every turn that starts from one shares it, so nothing may change
// it in place (the engine builds new states; a change in place throws, and the suite runs so).
import type { ListableStorage } from '../storage/index.js';
import { deepFreeze } from '../deep-freeze.js';

/** Conversations kept per store: more than the busiest instance has turns in flight at once. */
export const KEPT_STATES = 256;

export interface KeptState<T> {
  readonly eTag: string;
  readonly value: T;
}

export class KeptStates<T> {
  // A store object to its kept conversations, least recently used first; gone with the store.
  readonly #byStore = new WeakMap<ListableStorage, Map<string, KeptState<T>>>();

  constructor(readonly maxEntries = KEPT_STATES) {}

  /** The kept value of `key` if it is still what `storage` holds; undefined otherwise. */
  async get(storage: ListableStorage, key: string): Promise<T | undefined> {
    const kept = this.#byStore.get(storage);
    const hit = kept?.get(key);
    if (!kept || !hit || !storage.storedETag) return undefined;
    const stored = await storage.storedETag(key);
    // Kept again meanwhile (a write of this process): that one is newer; the caller reads.
    if (kept.get(key) !== hit) return undefined;
    kept.delete(key);
    if (stored !== hit.eTag) return undefined;
    kept.set(key, hit);
    return hit.value;
  }

  /** Keeps `value` (deep-frozen, in place) as what `storage` stored under `key` with `eTag`. */
  set(storage: ListableStorage, key: string, eTag: string, value: T): void {
    if (!storage.storedETag) return;
    let kept = this.#byStore.get(storage);
    if (!kept) this.#byStore.set(storage, (kept = new Map()));
    kept.delete(key);
    kept.set(key, { eTag, value: deepFreeze(value) });
    while (kept.size > this.maxEntries) kept.delete(kept.keys().next().value as string);
  }

  forget(storage: ListableStorage, keys: readonly string[]): void {
    const kept = this.#byStore.get(storage);
    for (const key of keys) kept?.delete(key);
  }
}
