// What one conversation stores after the full guided path, and copies of it under other ids, so
// that a server can be measured with thousands of stored conversations (http-bench.js measures
// the RSS of the lowdb server with them and with active conversations on top).
import { LowdbStorage } from '../dist/src/storage/index.js';

const bytes = (v) => Buffer.byteLength(JSON.stringify(v));

/**
 * Reads every record conversation `conv` left in the lowdb folder `dir` (its record, owner index
 * entry, draft and letter), writes `n` copies with ids `seed-<i>`, and returns their sizes.
 */
export async function seedCopies(dir, conv, n) {
  const storage = new LowdbStorage(dir);
  const keys = (await storage.list('')).filter((k) => k.includes(conv) || k.startsWith('letters/'));
  const items = await storage.read(keys);
  const records = keys.map((key) => {
    const { eTag: _e, ...value } = items[key];
    return { key, value };
  });
  const record = records.find((r) => r.key.startsWith('conversations/'));
  const text = JSON.stringify(records);
  for (let i = 0; i < n; i += 100) {
    const batch = {};
    for (let j = i; j < Math.min(n, i + 100); j++)
      for (const r of JSON.parse(text.replaceAll(conv, `seed-${j}`)))
        batch[r.key.replace(/^(letters|drafts\/[^/]+)\/[\w-]+$/, `$1/seed${j}`)] = r.value;
    await storage.write(batch);
  }
  return {
    /** The engine's state (answers, history, what is pending). */
    engineStateBytes: bytes(record.value.state),
    /** The replies kept for redelivered activity ids. */
    recentRepliesBytes: bytes(record.value.recent),
    conversationRecordBytes: bytes(record.value),
    allRecordsBytes: records.reduce((s, r) => s + bytes(r.value), 0),
    records: records.map((r) => r.key.split('/')[0]),
  };
}
