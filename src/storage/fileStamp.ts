import { stat } from 'node:fs/promises';

/**
 * What identifies one version of a file without reading it: inode, size and modification time
 * in nanoseconds. Every lowdb write goes to a new temp file renamed over the record, so each write
 * gives the record a new inode; a file rewritten in place by hand changes its size or mtime. Null
 * when the file does not exist.
 */
export async function fileStamp(file: string): Promise<string | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
