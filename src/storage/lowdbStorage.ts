import { mkdir, readdir, rename, unlink, access } from 'node:fs/promises';
import path from 'node:path';
import type { StoreItem, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { assertWritable, isUnconditional, newETag, toStoredText } from './etag.js';
import { KeyedMutex } from './keyedMutex.js';
import { fileStamp } from './fileStamp.js';
import { RecordCache } from './recordCache.js';
import { locate, matchPrefix, parseDirName, parseFileName, type NameInfo } from './fileNames.js';
import type { ListableStorage, WrittenETags } from './types.js';

/** What one file holds: the key (hashed file names cannot be decoded), the eTag and the item. */
interface StoredRecord {
  key: string;
  eTag: string;
  value: Record<string, unknown>;
}

class CorruptRecordError extends Error {}

function parseRecord(text: string): StoredRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CorruptRecordError(e instanceof Error ? e.message : String(e));
  }
  const r = data as Partial<StoredRecord> | null;
  if (
    r === null ||
    typeof r !== 'object' ||
    typeof r.key !== 'string' ||
    typeof r.eTag !== 'string' ||
    r.value === null ||
    typeof r.value !== 'object' ||
    Array.isArray(r.value)
  ) {
    throw new CorruptRecordError('not a {key, eTag, value} record');
  }
  return r as StoredRecord;
}

/** Sub-folder of the data folder, so other modules' files there are never taken for records. */
export const STORE_SUBDIR = 'store';

/**
 * botbuilder Storage on lowdb, one small file per key, so a write costs the same however many
 * conversations are stored (lowdb rewrites its whole file on every write).
 *
 * eTags: every write stores a new random eTag. A write whose item has no eTag, '' or '*' is
 * unconditional; any other eTag must equal the stored one, else StorageConflictError and nothing of
 * that `write` call is stored. A conditional write over a record that no longer exists is also a
 * conflict (it was deleted after it was read). `write` does not change the items passed in.
 *
 * Within one process all operations on a key are serialised, so check-and-write is atomic.
 * Across processes sharing the folder it is NOT: each write re-reads the file just before writing
 * and compares the eTag, but between that read and lowdb's rename another process can write the
 * same key, and the later rename wins (a lost update). Worse, lowdb (steno) uses one temp name per
 * file, `.<name>.tmp`, so two processes writing one key at the same moment can also make one of
 * them fail with ENOENT while its content is the one that lands. The window is a few milliseconds
 * per write; two bot instances on one DATA_DIR need a store with a real compare-and-swap.
 *
 * Lowdb instances are created per operation and not kept. What this process last read or wrote
 * is kept as text (recordCache.ts) with the file's stamp (inode, size, mtime): a read or an eTag
 * check is one `stat` while the file is unchanged, and a file someone else wrote is read again,
 * so every operation still sees what another process wrote (a write landing between our rename
 * and our `stat` of it is the same cross-process window as above).
 */
export class LowdbStorage implements ListableStorage {
  readonly root: string;
  readonly #mutex = new KeyedMutex();
  readonly #madeDirs = new Set<string>();
  readonly #cache = new RecordCache();

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir, STORE_SUBDIR);
  }

  /**
   * Removes the temp files a crash left behind (steno writes `.<name>.tmp`, then renames it over
   * the record: a temp file still there is a write that never completed, and was never
   * acknowledged). Call at start-up, before the store is used; returns how many were removed.
   */
  async removeTempFiles(): Promise<number> {
    let removed = 0;
    const sweep = async (dir: string, depth: number) => {
      for (const entry of await readdirIfPresent(dir)) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory() && depth === 0) await sweep(file, 1);
        else if (entry.isFile() && /^\..+\.tmp$/.test(entry.name)) {
          await unlinkIfPresent(file);
          removed += 1;
        }
      }
    };
    await sweep(this.root, 0);
    return removed;
  }

  /** Absolute path of the file holding `key` (for diagnostics and tests). */
  pathOf(key: string): string {
    const { dir, file } = locate(key);
    return dir === null ? path.join(this.root, file) : path.join(this.root, dir, file);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when reading');
    const items: StoreItems = {};
    for (const key of new Set(keys)) {
      const record = await this.#mutex.run([key], () => this.#load(key));
      if (record) items[key] = { ...record.value, eTag: record.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeTagged(changes);
  }

  async writeTagged(changes: StoreItems): Promise<WrittenETags> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Storage: changes are required');
    const keys = Object.keys(changes);
    const written: Record<string, string> = {};
    if (keys.length === 0) return written;
    // Values are copied (as JSON text) before the locks, so a caller mutating them meanwhile changes nothing.
    const texts = new Map(keys.map((k) => [k, toStoredText(changes[k] as StoreItem)] as const));
    await this.#mutex.run(keys, async () => {
      // Check every key first: a conflict on one key stores none of the batch.
      for (const key of keys) {
        const item = changes[key] as StoreItem;
        // An unconditional write (a new owner entry, a letter) needs no look at what is stored.
        if (!isUnconditional(item.eTag)) assertWritable(key, item, await this.#storedETag(key));
      }
      for (const key of keys) {
        const eTag = newETag();
        await this.#store(key, eTag, texts.get(key) as string);
        written[key] = eTag;
      }
    });
    return written;
  }

  async storedETag(key: string): Promise<string | null> {
    return this.#mutex.run([key], () => this.#storedETag(key));
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage: keys are required when deleting');
    await this.#mutex.run(keys, async () => {
      for (const key of keys) {
        this.#cache.delete(key);
        await unlinkIfPresent(this.pathOf(key));
      }
    });
  }

  async list(prefix: string): Promise<string[]> {
    const found = new Set<string>();
    const slash = prefix.indexOf('/');
    if (slash >= 0) {
      // Only the folder of that first segment can hold matches.
      const segment = prefix.slice(0, slash);
      const { dir } = locate(prefix);
      await this.#listDir(path.join(this.root, dir as string), segment, prefix.slice(slash + 1), found);
    } else {
      for (const entry of await readdirIfPresent(this.root)) {
        if (entry.isFile()) {
          const info = parseFileName(entry.name);
          if (info) await this.#collect(path.join(this.root, entry.name), info, prefix, (k) => k, found);
        } else if (entry.isDirectory()) {
          const info = parseDirName(entry.name);
          const verdict = info ? matchPrefix(info, prefix) : 'no';
          if (verdict === 'no') continue;
          const segment = verdict === 'yes' && info && 'exact' in info ? info.exact : null;
          const keys = new Set<string>();
          await this.#listDir(path.join(this.root, entry.name), segment, '', keys);
          for (const k of keys) if (k.startsWith(prefix)) found.add(k);
        }
      }
    }
    return [...found].sort();
  }

  /** Adds to `found` the keys in one segment folder whose part after the first '/' starts with `restPrefix`. */
  async #listDir(dir: string, segment: string | null, restPrefix: string, found: Set<string>) {
    for (const entry of await readdirIfPresent(dir)) {
      const info = entry.isFile() ? parseFileName(entry.name) : null;
      if (!info) continue;
      const file = path.join(dir, entry.name);
      if (segment === null) {
        // Hashed folder name: the segment is only known from the record itself.
        const key = await readKey(file);
        const slash = key?.indexOf('/') ?? -1;
        if (key && slash >= 0 && key.slice(slash + 1).startsWith(restPrefix)) found.add(key);
      } else {
        await this.#collect(file, info, restPrefix, (rest) => `${segment}/${rest}`, found);
      }
    }
  }

  async #collect(
    file: string,
    info: NameInfo,
    prefix: string,
    toKey: (decoded: string) => string,
    found: Set<string>,
  ): Promise<void> {
    const verdict = matchPrefix(info, prefix);
    if (verdict === 'yes' && 'exact' in info) found.add(toKey(info.exact));
    else if (verdict !== 'no') {
      const key = await readKey(file);
      if (key !== null && key.startsWith(toKey(prefix))) found.add(key);
    }
  }

  /** The stored record, or null when absent or corrupt (then moved aside with a warning). */
  async #load(key: string): Promise<StoredRecord | null> {
    const file = this.pathOf(key);
    const stamp = fileStamp(file);
    const hit = this.#cache.get(key, stamp);
    if (hit) return { key, eTag: hit.eTag, value: JSON.parse(hit.valueText) as Record<string, unknown> };
    if (stamp === null) return null;
    const record = await this.#readFile(key, file);
    // Kept only if nobody wrote the file while it was being read.
    if (record && fileStamp(file) === stamp) {
      this.#cache.set(key, { stamp, eTag: record.eTag, valueText: JSON.stringify(record.value) });
    }
    return record;
  }

  /** The eTag of the stored record (null when absent), without parsing it when the file is as last seen. */
  async #storedETag(key: string): Promise<string | null> {
    const stamp = fileStamp(this.pathOf(key));
    if (stamp === null) return null;
    return this.#cache.get(key, stamp)?.eTag ?? (await this.#load(key))?.eTag ?? null;
  }

  async #readFile(key: string, file: string): Promise<StoredRecord | null> {
    this.#cache.delete(key);
    const db = openRecord(file);
    try {
      await db.read();
    } catch (e) {
      if (!(e instanceof CorruptRecordError)) throw e;
      const aside = await moveAside(file);
      console.warn(`storage: corrupt record for "${key}" (${e.message}); moved to ${aside}`);
      return null;
    }
    const record = db.data;
    if (record && record.key !== key) {
      // Only a sha256 collision or a hand-copied file gets here; never hand out another key's data.
      console.warn(`storage: ${file} holds "${record.key}", not "${key}"; ignored`);
      return null;
    }
    return record;
  }

  /** Writes the record (`valueText`: its value as JSON text) and keeps it as the last seen version. */
  async #store(key: string, eTag: string, valueText: string): Promise<void> {
    const file = this.pathOf(key);
    const dir = path.dirname(file);
    this.#cache.delete(key);
    // What JSON.stringify({key, eTag, value}) gives, without stringifying the value a second time.
    const text = `{"key":${JSON.stringify(key)},"eTag":${JSON.stringify(eTag)},"value":${valueText}}`;
    const db = new Low(new DataFile<string>(file, { parse: (t) => t, stringify: () => text }), text);
    if (!this.#madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.#madeDirs.add(dir);
    }
    try {
      await db.write();
    } catch (e) {
      // The folder may have been removed behind our back (e.g. a data reset): recreate once.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      await mkdir(dir, { recursive: true });
      await db.write();
    }
    const stamp = fileStamp(file);
    if (stamp !== null) this.#cache.set(key, { stamp, eTag, valueText });
  }
}

/** A lowdb handle to read one record file (writes go through `#store`). */
function openRecord(file: string): Low<StoredRecord | null> {
  const adapter = new DataFile<StoredRecord | null>(file, {
    parse: parseRecord,
    stringify: (record) => JSON.stringify(record),
  });
  return new Low(adapter, null);
}

async function readKey(file: string): Promise<string | null> {
  const db = openRecord(file);
  try {
    await db.read();
    return db.data?.key ?? null;
  } catch (e) {
    // Corrupt files are moved aside by the next read of their key; here we cannot know the key.
    if (e instanceof CorruptRecordError) {
      console.warn(`storage: skipped corrupt ${file} while listing (${e.message})`);
      return null;
    }
    throw e;
  }
}

/** Renames `file` to `<file>.corrupt-<ms>` (suffix `-n` if taken) and returns the new path. */
async function moveAside(file: string): Promise<string> {
  const base = `${file}.corrupt-${Date.now()}`;
  for (let n = 0; ; n++) {
    const target = n === 0 ? base : `${base}-${n}`;
    if (await exists(target)) continue;
    await rename(file, target);
    return target;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

async function readdirIfPresent(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}
