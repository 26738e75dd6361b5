import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LowdbStorage, StorageConflictError, STORE_SUBDIR } from '../../src/storage/index.js';
import { tempDir } from './helpers.js';

/** Every file below `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('LowdbStorage', () => {
  it('resumes after a restart: a new instance over the same folder reads what the last wrote', async () => {
    const dataDir = await tempDir();
    const before = new LowdbStorage(dataDir);
    await before.write({ 'msteams/conversations/19:abc@thread.v2': { step: 'country' } });
    const written = await before.read(['msteams/conversations/19:abc@thread.v2']);

    const after = new LowdbStorage(dataDir);
    expect(await after.read(['msteams/conversations/19:abc@thread.v2'])).toEqual(written);
    expect(await after.list('msteams/')).toEqual(['msteams/conversations/19:abc@thread.v2']);
  });

  it('checks the eTag stored on disk, so a second instance on the same folder cannot overwrite', async () => {
    const dataDir = await tempDir();
    const a = new LowdbStorage(dataDir);
    const b = new LowdbStorage(dataDir);
    await a.write({ k: { v: 0 } });
    const readByA = (await a.read(['k'])).k;
    const readByB = (await b.read(['k'])).k;
    await b.write({ k: { ...readByB, v: 'b' } });
    await expect(a.write({ k: { ...readByA, v: 'a' } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await a.read(['k'])).k?.v).toBe('b');
  });

  it("keeps keys with '/', '..', ':', '|', unicode and 500 characters inside the folder", async () => {
    const root = await tempDir();
    const dataDir = path.join(root, 'data');
    const s = new LowdbStorage(dataDir);
    const keys = [
      '../../escape',
      '..',
      '/abs/olute',
      'a/../../b',
      'C:\\windows|pipe:colon',
      'drafts/用户/草稿',
      'drafts/مستخدم/مسودة',
      'x'.repeat(500),
      `drafts/${'я'.repeat(500)}/1`,
      `${'Seg'.repeat(100)}/rest`,
      'Case',
      'case',
      'lone\ud800surrogate',
      'lone\ufffdsurrogate',
    ];
    await s.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));

    const got = await s.read(keys);
    expect(keys.map((k) => got[k]?.i)).toEqual(keys.map((_, i) => i));
    expect(await readdir(root)).toEqual(['data']);
    const files = await filesUnder(dataDir);
    expect(files).toHaveLength(keys.length);
    for (const f of files) {
      expect(f.startsWith(`${STORE_SUBDIR}${path.sep}`)).toBe(true);
      for (const part of f.split(path.sep)) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);
    }
    for (const k of keys)
      expect(s.pathOf(k).startsWith(path.join(dataDir, STORE_SUBDIR) + path.sep)).toBe(true);
    expect(await s.list('')).toEqual([...keys].sort());
  });

  it('lists long (hashed) keys and segments by prefix', async () => {
    const s = new LowdbStorage(await tempDir());
    const longUser = 'u'.repeat(300);
    const longSegment = 'S'.repeat(300);
    const keys = [
      `drafts/${longUser}/1`,
      `drafts/${longUser}/2`,
      `drafts/${longUser}x/1`,
      'drafts/u/1',
      `${longSegment}/a`,
      `${longSegment}/b`,
      `${longSegment}X/a`,
      longSegment,
    ];
    await s.write(Object.fromEntries(keys.map((k) => [k, {}])));
    expect(await s.list(`drafts/${longUser}/`)).toEqual([`drafts/${longUser}/1`, `drafts/${longUser}/2`]);
    expect(await s.list(`drafts/${'u'.repeat(200)}`)).toHaveLength(3);
    expect(await s.list(`${longSegment}/`)).toEqual([`${longSegment}/a`, `${longSegment}/b`]);
    expect(await s.list(longSegment)).toEqual([
      longSegment,
      `${longSegment}/a`,
      `${longSegment}/b`,
      `${longSegment}X/a`,
    ]);
    expect(await s.list('S')).toHaveLength(4);
  });

  it('moves a corrupt file aside, warns, reads nothing for it and keeps working', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ 'webchat/conversations/c1': { v: 1 }, 'webchat/conversations/c2': { v: 2 } });
    const file = s.pathOf('webchat/conversations/c1');
    await writeFile(file, '{"key": "webchat/conversations/c1", "eTag": "x", "val');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const got = await s.read(['webchat/conversations/c1', 'webchat/conversations/c2']);
      expect(Object.keys(got)).toEqual(['webchat/conversations/c2']);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toContain('webchat/conversations/c1');
    } finally {
      warn.mockRestore();
    }
    const dir = await readdir(path.dirname(file));
    const aside = dir.filter((n) => n.startsWith(`${path.basename(file)}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/\.corrupt-\d+$/);
    expect(await readFile(path.join(path.dirname(file), aside[0] as string), 'utf8')).toContain('"val');
    expect(await s.list('webchat/')).toEqual(['webchat/conversations/c2']);

    await expect(s.write({ 'webchat/conversations/c1': { v: 3, eTag: 'x' } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    await s.write({ 'webchat/conversations/c1': { v: 3 } });
    expect((await s.read(['webchat/conversations/c1']))['webchat/conversations/c1']?.v).toBe(3);
  });

  it('treats valid JSON of the wrong shape as corrupt too', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ k: { v: 1 } });
    await writeFile(s.pathOf('k'), '[1, 2, 3]');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await s.read(['k'])).toEqual({});
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      warn.mockRestore();
    }
    expect((await readdir(path.dirname(s.pathOf('k')))).some((n) => n.includes('.corrupt-'))).toBe(true);
  });

  it('writing one key touches no other file, with 1,000 records stored', async () => {
    const dataDir = await tempDir();
    const s = new LowdbStorage(dataDir);
    const keys = Array.from({ length: 1000 }, (_, i) =>
      i % 2 ? `webchat/conversations/c${i}` : `drafts/user${i % 7}/d${i}`,
    );
    await s.write(Object.fromEntries(keys.map((k, i) => [k, { i, text: 'x'.repeat(200) }])));

    // Back-date every file so that any rewrite, even within the same clock tick, shows.
    const past = new Date('2020-01-01T00:00:00Z');
    const files = await filesUnder(dataDir);
    expect(files).toHaveLength(1000);
    const before = new Map<string, string>();
    for (const f of files) {
      const full = path.join(dataDir, f);
      await utimes(full, past, past);
      before.set(f, await readFile(full, 'utf8'));
    }

    const target = 'webchat/conversations/c501';
    const read = (await s.read([target]))[target];
    await s.write({ [target]: { ...read, i: -1 } });

    const targetFile = path.relative(dataDir, s.pathOf(target));
    expect((await filesUnder(dataDir)).sort()).toEqual([...files].sort());
    for (const f of files) {
      const full = path.join(dataDir, f);
      const content = await readFile(full, 'utf8');
      if (f === targetFile) {
        expect(content).not.toBe(before.get(f));
        expect((await stat(full)).mtimeMs).toBeGreaterThan(past.getTime());
      } else {
        expect(content).toBe(before.get(f));
        expect((await stat(full)).mtimeMs).toBe(past.getTime());
      }
    }
  });

  it('serialises a write behind a read of the same key in flight (no interleaving)', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ k: { n: 0 } });
    // Ten read-modify-write "turns" that retry on conflict: every increment must survive.
    const turn = async () => {
      for (;;) {
        const cur = (await s.read(['k'])).k;
        try {
          await s.write({ k: { ...cur, n: (cur?.n as number) + 1 } });
          return;
        } catch (e) {
          if (!(e instanceof StorageConflictError)) throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, turn));
    expect((await s.read(['k'])).k?.n).toBe(10);
  });

  it('sees a record another process rewrote, even in place with the same size', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ k: { v: 'aaaa' } });
    const first = (await s.read(['k'])).k;
    const file = s.pathOf('k');
    const text = await readFile(file, 'utf8');
    // Same length, same inode (written in place), a later mtime: the cached text must not be used.
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(file, text.replace('"aaaa"', '"bbbb"').replace(first?.eTag as string, 'e'.repeat(36)));
    const again = (await s.read(['k'])).k;
    expect(again?.v).toBe('bbbb');
    expect(again?.eTag).toBe('e'.repeat(36));
    // The write checks the eTag now on disk, not the one this process wrote.
    await expect(s.write({ k: { ...first, v: 'c' } })).rejects.toBeInstanceOf(StorageConflictError);
    await s.write({ k: { ...again, v: 'c' } });
    expect((await s.read(['k'])).k?.v).toBe('c');
  });

  it('hands out a fresh copy on every read: changing what was read changes nothing stored', async () => {
    const s = new LowdbStorage(await tempDir());
    const item = { state: { answers: { country: { value: 'SN' } } } };
    await s.write({ k: item });
    item.state.answers.country.value = 'changed by the writer';
    const a = (await s.read(['k'])).k as typeof item;
    a.state.answers.country.value = 'changed by a reader';
    const b = (await s.read(['k'])).k as typeof item;
    expect(b.state.answers.country.value).toBe('SN');
    expect(b).not.toBe(a);
  });

  it('forgets a deleted record: a read after delete finds nothing, a conditional write conflicts', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ k: { v: 1 } });
    const read = (await s.read(['k'])).k;
    await s.delete(['k']);
    expect(await s.read(['k'])).toEqual({});
    await expect(s.write({ k: { ...read, v: 2 } })).rejects.toBeInstanceOf(StorageConflictError);
  });

  it('does not re-create a record another process deleted: the conditional write conflicts', async () => {
    const s = new LowdbStorage(await tempDir());
    await s.write({ k: { v: 1 } });
    const read = (await s.read(['k'])).k;
    await rm(s.pathOf('k'));
    await expect(s.write({ k: { ...read, v: 2 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect(await s.read(['k'])).toEqual({});
    // The same record written again by this process, then by another one: the next write conflicts.
    await s.write({ k: { v: 3 } });
    const mine = (await s.read(['k'])).k;
    await new LowdbStorage(path.dirname(s.root)).write({ k: { v: 'other' } });
    await expect(s.write({ k: { ...mine, v: 4 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await s.read(['k'])).k?.v).toBe('other');
  });
});
