/**
 * The records this process last read or wrote, as JSON text with their eTag and the file stamp
 * they were seen at (fileStamp.ts). A turn reads its record and then writes it with the eTag it
 * read; without this, both the read and the eTag check inside the write open, read and parse the
 * whole file. With it, each is one `stat`: the file is read again only when its stamp changed,
 * i.e. someone else wrote it. Least recently used records go first beyond `maxEntries`, and large
 * records are not kept, so memory stays bounded however many conversations are stored.
 */
export interface CachedRecord {
  readonly stamp: string;
  readonly eTag: string;
  /** The record's `value` as JSON text: every read parses its own copy, shared with nobody. */
  readonly valueText: string;
}

export class RecordCache {
  readonly #entries = new Map<string, CachedRecord>();

  constructor(
    readonly maxEntries = 1000,
    readonly maxTextLength = 64 * 1024,
  ) {}

  /** The record as last seen, if the file still has the stamp it had then. */
  get(key: string, stamp: string | null): CachedRecord | undefined {
    const hit = this.#entries.get(key);
    if (!hit) return undefined;
    if (hit.stamp !== stamp) {
      this.#entries.delete(key);
      return undefined;
    }
    // Most recently used goes last (a Map keeps insertion order).
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit;
  }

  set(key: string, record: CachedRecord): void {
    this.#entries.delete(key);
    if (record.valueText.length > this.maxTextLength) return;
    this.#entries.set(key, record);
    while (this.#entries.size > this.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
