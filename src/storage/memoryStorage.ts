import type { StoreItem, StoreItems } from 'botbuilder';
import { assertWritable, newETag, toStoredText } from './etag.js';
import type { ListableStorage, WrittenETags } from './types.js';

/**
 * In-memory twin of LowdbStorage for tests: the same eTag and list semantics, items kept as JSON
 * text so callers never share objects with the store.
 *
 * Why not botbuilder's MemoryStorage (botbuilder-core 4.23.3, lib/memoryStorage.js): it does compare
 * eTags, but (1) it writes a conditional item when nothing is stored instead of refusing it, (2) on a
 * conflict it rejects yet keeps looping, so the other items of the batch are still written, (3) its
 * error is a plain Error, not distinguishable from other failures, and (4) it has no `list`.
 */
export class MemoryEtagStorage implements ListableStorage {
  /** The item as JSON text, and its eTag beside it (a write checks it without parsing). */
  readonly #items = new Map<string, { readonly eTag: string; readonly text: string }>();

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when reading');
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.#items.get(key);
      if (stored !== undefined) {
        const value = JSON.parse(stored.text) as Record<string, unknown>;
        items[key] = { ...value, eTag: stored.eTag };
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeTagged(changes);
  }

  // Synchronous body: nothing can interleave between the eTag checks and the writes.
  async writeTagged(changes: StoreItems): Promise<WrittenETags> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Storage: changes are required');
    const keys = Object.keys(changes);
    const texts = keys.map((k) => toStoredText(changes[k] as StoreItem));
    for (const key of keys)
      assertWritable(key, changes[key] as StoreItem, this.#items.get(key)?.eTag ?? null);
    const written: Record<string, string> = {};
    keys.forEach((key, i) => {
      const eTag = newETag();
      this.#items.set(key, { eTag, text: texts[i]! });
      written[key] = eTag;
    });
    return written;
  }

  async storedETag(key: string): Promise<string | null> {
    return this.#items.get(key)?.eTag ?? null;
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when deleting');
    for (const key of keys) this.#items.delete(key);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.#items.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
}
