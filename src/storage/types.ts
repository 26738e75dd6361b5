import type { Storage, StoreItems } from 'botbuilder';

/** The eTag each key of a write was stored with. */
export type WrittenETags = Readonly<Record<string, string>>;

/** A botbuilder Storage that can also enumerate its keys (e.g. all `drafts/<userId>/…` of a user). */
export interface ListableStorage extends Storage {
  /**
   * `write`, telling the eTag each key was stored with: a caller that keeps what it wrote can then
   * know it is still what is stored (`storedETag`) without reading it back. Optional: a store
   * without it (a test's wrapper) is read back every time.
   */
  writeTagged?(changes: StoreItems): Promise<WrittenETags>;
  /** Every stored key that starts with `prefix`, sorted by UTF-16 code units. */
  list(prefix: string): Promise<string[]>;
  /**
   * The eTag stored for `key` now (null when nothing is), where the store can tell it for less
   * than a read (memory: a lookup; lowdb: a `stat` while the file is as this process last saw it).
   */
  storedETag?(key: string): Promise<string | null>;
}

/**
 * A write carried an eTag that is not the stored one (or nothing is stored any more): someone
 * else wrote or deleted the record since it was read. Nothing of that write was stored.
 */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';

  constructor(
    readonly key: string,
    /** The eTag the writer read. */
    readonly expected: string,
    /** The eTag stored now; null when the record no longer exists. */
    readonly actual: string | null,
  ) {
    super(
      actual === null
        ? `Storage conflict on "${key}": written with eTag ${expected} but the record no longer exists`
        : `Storage conflict on "${key}": written with eTag ${expected} but the stored eTag is ${actual}`,
    );
  }
}
