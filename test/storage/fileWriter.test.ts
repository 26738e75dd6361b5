// The writer threads (src/storage/fileWriter.ts): a record file written through a temp file and
// renamed, its stamp as fileStamp() reads it, the system error's code when it cannot be written,
// one file's writes in order, and no thread keeping the process alive once nothing is in flight.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStamp } from '../../src/storage/fileStamp.js';
import { writeFileAtomic } from '../../src/storage/fileWriter.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'ta-writer-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the text as UTF-8 and answers the stamp the file now has, leaving no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'r.json');
    const text = JSON.stringify({ name: 'مكتب الملكية الفكرية', zh: '知识产权局', n: 1 });
    const first = await writeFileAtomic(file, text);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(first).toEqual({ stamp: fileStamp(file) });
    expect(await readdir(dir)).toEqual(['r.json']);
    // A rewrite is a new file (a new inode): the stamp changes even when the text does not.
    const again = await writeFileAtomic(file, text);
    expect(again).not.toEqual(first);
    expect(again).toEqual({ stamp: fileStamp(file) });
  });

  it('writes with an expected stamp only over the file that still has it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'r.json');
    const first = await writeFileAtomic(file, 'one');
    const stamp = first === 'stale' ? '' : (first.stamp as string);
    const second = await writeFileAtomic(file, 'two', stamp);
    expect(second).toEqual({ stamp: fileStamp(file) });
    expect(await readFile(file, 'utf8')).toBe('two');
    // The first stamp is gone (someone wrote after it): nothing is written.
    expect(await writeFileAtomic(file, 'three', stamp)).toBe('stale');
    expect(await readFile(file, 'utf8')).toBe('two');
    // A file deleted since is stale too, and is not re-created.
    const now = fileStamp(file) as string;
    await rm(file);
    expect(await writeFileAtomic(file, 'four', now)).toBe('stale');
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects with the system error code when the folder is missing, and writes nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'missing', 'r.json');
    await expect(writeFileAtomic(file, '{}')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the order of the writes to one file, however many are in flight', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'r.json');
    const others = Array.from({ length: 20 }, (_, i) => path.join(dir, `o${i}.json`));
    await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => writeFileAtomic(file, String(i))),
      ...others.map((f, i) => writeFileAtomic(f, `other ${i}`)),
    ]);
    expect(await readFile(file, 'utf8')).toBe('49');
    for (const [i, f] of others.entries()) expect(await readFile(f, 'utf8')).toBe(`other ${i}`);
  });

  it('holds the process open while a write is in flight, and not once it is done', async () => {
    const dir = await tempDir();
    const workers = () =>
      process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker').length;
    await writeFileAtomic(path.join(dir, 'warm.json'), '{}');
    const idle = workers();
    const pending = writeFileAtomic(path.join(dir, 'r.json'), '{}');
    expect(workers()).toBeGreaterThan(idle);
    await pending;
    expect(workers()).toBe(idle);
  });
});
