import type { Storage } from 'botbuilder';

/** A botbuilder Storage that can also enumerate its keys (e.g. all `drafts/<userId>/…` of a user). */
export interface ListableStorage extends Storage {
  /** Every stored key that starts with `prefix`, sorted by UTF-16 code units. */
  list(prefix: string): Promise<string[]>;
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
