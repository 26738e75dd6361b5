import { createRequire } from 'node:module';
import type { StoreItem, StoreItems } from 'botbuilder';
import type pg from 'pg';
import { isUnconditional, newETag, toStoredText } from './etag.js';
import { StorageConflictError, type ListableStorage, type WrittenETags } from './types.js';

export interface PostgresStorageOptions {
  /** e.g. postgres://user:password@host:5432/db */
  connectionString: string;
  /** Table name, optionally schema-qualified ('schema.table'); created on first use. */
  table?: string;
  /** Further pool settings (size, timeouts). */
  pool?: Omit<pg.PoolConfig, 'connectionString'>;
}

export const DEFAULT_TABLE = 'ta_store';

// pg (CommonJS, ~70 ms to import) is required when a PostgreSQL store is made, not when the
// server starts on lowdb or memory storage: storage/index.ts names this class for every kind.
const requirePg = (): typeof pg => createRequire(import.meta.url)('pg') as typeof pg;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** '"schema"."table"' from 'schema.table' or 'table'; anything else is refused, never interpolated raw. */
export function quoteTable(name: string): string {
  const parts = name.split('.');
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
    throw new TypeError(`PostgresStorage: table must be [schema.]name in lower-case a-z, 0-9, _: ${name}`);
  }
  return parts.map((p) => `"${p}"`).join('.');
}

/**
 * PostgreSQL text cannot hold NUL, and pg sends strings as UTF-8, turning a lone surrogate into
 * U+FFFD: two different keys would then share one row. Such keys are refused instead.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorableKey(key: string): boolean {
  return !key.includes('\u0000') && !LONE_SURROGATE.test(key);
}

function assertStorableKey(key: string): void {
  if (!isStorableKey(key)) {
    throw new TypeError(`PostgresStorage: key ${JSON.stringify(key)} holds NUL or a lone surrogate`);
  }
}

/** A LIKE pattern matching every string that starts with `prefix` literally. */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, '\\$&') + '%';
}

/**
 * botbuilder Storage on PostgreSQL, for several bot instances sharing one store. Same semantics as
 * LowdbStorage and MemoryEtagStorage (test/storage/contract.test.ts), but the eTag check is done
 * by the database: a conditional write is `UPDATE … WHERE key = $1 AND etag = $2`, so of two
 * writers holding the same eTag — in one process or in two — exactly one updates the row and the
 * other finds 0 rows and gets StorageConflictError. A batch runs in one transaction, so a conflict
 * on one key stores none of it.
 *
 * Values go in a `json` column, not `jsonb`: jsonb refuses "\u0000" and lone surrogates (which a
 * user can type) and reorders object keys, while json keeps exactly the text JSON.stringify made,
 * as the other storages do. Keys are `COLLATE "C"` so `LIKE 'prefix%'` can use the primary key index.
 * Unlike the other storages, keys holding NUL or a lone surrogate are refused (TypeError), and so,
 * by PostgreSQL, is a key over about 2,700 bytes (the index's row limit; channel ids are far shorter).
 */
export class PostgresStorage implements ListableStorage {
  readonly table: string;
  readonly #pool: pg.Pool;
  #ready: Promise<void> | null = null;
  #closed = false;

  constructor(options: PostgresStorageOptions) {
    if (!options.connectionString) throw new TypeError('PostgresStorage: a connection string is required');
    this.table = quoteTable(options.table ?? DEFAULT_TABLE);
    this.#pool = new (requirePg().Pool)({ ...options.pool, connectionString: options.connectionString });
    // An idle client whose connection drops emits 'error'; unhandled, it would end the process.
    this.#pool.on('error', (e) => console.warn(`storage: idle PostgreSQL connection failed: ${e.message}`));
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when reading');
    // Nothing can be stored under an unstorable key, so reading it finds nothing.
    const wanted = [...new Set(keys)].filter(isStorableKey);
    if (wanted.length === 0) return {};
    await this.#init();
    const { rows } = await this.#pool.query<{ key: string; etag: string; value: Record<string, unknown> }>(
      `SELECT key, etag, value FROM ${this.table} WHERE key = ANY($1::text[])`,
      [wanted],
    );
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...row.value, eTag: row.etag };
    return items;
  }

  /** One indexed lookup of a short column: the value (the whole record) is not sent or parsed. */
  async storedETag(key: string): Promise<string | null> {
    if (!isStorableKey(key)) return null;
    await this.#init();
    const { rows } = await this.#pool.query<{ etag: string }>(
      `SELECT etag FROM ${this.table} WHERE key = $1`,
      [key],
    );
    return rows[0]?.etag ?? null;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeTagged(changes);
  }

  async writeTagged(changes: StoreItems): Promise<WrittenETags> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Storage: changes are required');
    // Sorted: two batches sharing keys lock their rows in the same order and cannot deadlock.
    const keys = Object.keys(changes).sort();
    const written: Record<string, string> = {};
    if (keys.length === 0) return written;
    keys.forEach(assertStorableKey);
    const writes = keys.map((key) => {
      const item = changes[key] as StoreItem;
      const text = toStoredText(item); // first: it rejects a non-object item
      return { key, eTag: item.eTag as unknown, text };
    });
    await this.#init();
    const client = await this.#pool.connect();
    const single = writes.length === 1; // one statement is atomic by itself
    let broken = false;
    try {
      if (!single) await client.query('BEGIN');
      for (const w of writes) written[w.key] = await this.#writeOne(client, w.key, w.eTag, w.text);
      if (!single) await client.query('COMMIT');
    } catch (e) {
      if (!single) {
        // If even ROLLBACK fails the connection is unusable: release(true) discards it.
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
      }
      throw e;
    } finally {
      client.release(broken);
    }
    return written;
  }

  /** Writes one row; the eTag it was stored with. */
  async #writeOne(client: pg.PoolClient, key: string, eTag: unknown, text: string): Promise<string> {
    const stored = newETag();
    if (isUnconditional(eTag)) {
      await client.query(
        `INSERT INTO ${this.table} (key, etag, value) VALUES ($1, $2, $3::json)
         ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = now()`,
        [key, stored, text],
      );
      return stored;
    }
    // A non-string eTag never equals a stored one (as in assertWritable): no update is tried.
    const updated =
      typeof eTag === 'string'
        ? await client.query(
            `UPDATE ${this.table} SET etag = $3, value = $4::json, updated_at = now()
             WHERE key = $1 AND etag = $2`,
            [key, eTag, stored, text],
          )
        : null;
    if (updated?.rowCount === 1) return stored;
    // Only to say in the error what is stored now; the decision was the UPDATE's.
    const { rows } = await client.query<{ etag: string }>(`SELECT etag FROM ${this.table} WHERE key = $1`, [
      key,
    ]);
    throw new StorageConflictError(key, String(eTag), rows[0]?.etag ?? null);
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when deleting');
    const wanted = keys.filter(isStorableKey);
    if (wanted.length === 0) return;
    await this.#init();
    await this.#pool.query(`DELETE FROM ${this.table} WHERE key = ANY($1::text[])`, [wanted]);
  }

  async list(prefix: string): Promise<string[]> {
    await this.#init();
    // An unstorable prefix (e.g. ending in half of a surrogate pair) is matched in JS over all keys.
    const pattern = likePrefix(isStorableKey(prefix) ? prefix : '');
    const { rows } = await this.#pool.query<{ key: string }>(
      `SELECT key FROM ${this.table} WHERE key LIKE $1 ESCAPE '\\'`,
      [pattern],
    );
    // Sorted in JS: UTF-16 code units, as the other storages; SQL's order is by UTF-8 bytes.
    return rows
      .map((r) => r.key)
      .filter((k) => k.startsWith(prefix))
      .sort();
  }

  /** Ends the pool; the storage cannot be used afterwards. Calling it again does nothing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  /** Creates the table once per instance; a failure (database not up yet) is retried on the next call. */
  #init(): Promise<void> {
    this.#ready ??= this.#createTable().catch((e: unknown) => {
      this.#ready = null;
      throw e;
    });
    return this.#ready;
  }

  async #createTable(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      // Two instances starting together would otherwise race inside CREATE TABLE IF NOT EXISTS
      // and one could fail on a duplicate catalogue entry.
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.table]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.table} (
           key text COLLATE "C" PRIMARY KEY,
           etag text NOT NULL,
           value json NOT NULL,
           updated_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
