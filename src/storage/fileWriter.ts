import { Worker } from 'node:worker_threads';

/**
 * Writes record files on worker threads: each write is a temp file written and renamed over the
 * record, then `stat`ed, all synchronously inside a worker, and the main thread pays one message
 * each way. The same write through `fs/promises` is four trips through libuv's thread pool (open,
 * write, close, rename) plus a `stat` on the main thread, and on these VMs every system call is
 * expensive: measured on 9 KB records, 10 at a time, main-thread CPU 175 µs a write that way
 * against 80 µs this way (fully synchronous on the main thread: 290 µs, and the event loop stops
 * meanwhile). A record goes to the worker its file name hashes to, so one file's writes stay in
 * order; two workers keep the parallelism the thread pool gave.
 *
 * The temp file is `.<name>.tmp` beside the record, as lowdb's writer (steno) names it, so the
 * start-up sweep of unfinished writes (LowdbStorage.removeTempFiles) finds those of a crash.
 * Workers are started on first use and do not keep the process alive when idle.
 */

/**
 * What a write tells: the new file's stamp (fileStamp.ts); that the file no longer had the stamp
 * the write expected, so nothing was written; or the error's code.
 */
type Answer =
  | { id: number; stamp: string | null }
  | { id: number; stale: true }
  | { id: number; code: string; message: string };

/** A write's outcome: the new file's stamp (null if it was gone again at once), or 'stale'. */
export type WriteOutcome = { readonly stamp: string | null } | 'stale';

// CommonJS source evaluated in the worker: no file to resolve, so it runs the same from `dist/`
// and from the TypeScript sources under the test runner.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const stampOf = (file) => {
  const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return s ? s.ino + ':' + s.size + ':' + s.mtimeNs : null;
};
parentPort.on('message', ({ id, file, text, expect }) => {
  const tmp = path.join(path.dirname(file), '.' + path.basename(file) + '.tmp');
  try {
    if (expect !== undefined && stampOf(file) !== expect) return parentPort.postMessage({ id, stale: true });
    fs.writeFileSync(tmp, text, 'utf8');
    fs.renameSync(tmp, file);
    parentPort.postMessage({ id, stamp: stampOf(file) });
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch {}
    parentPort.postMessage({ id, code: e.code || 'EIO', message: e.message });
  }
});
`;

export const WRITER_THREADS = 2;

interface Pending {
  resolve: (outcome: WriteOutcome) => void;
  reject: (e: Error) => void;
}

class WriterThread {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  write(file: string, text: string, expect: string | undefined): Promise<WriteOutcome> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // A write in flight keeps the process alive (a script that writes and ends must not lose it).
      if (this.#pending.size === 1) worker.ref();
      worker.postMessage({ id, file, text, expect });
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', (a: Answer) => this.#settle(a));
    worker.on('error', (e) => this.#fail(e));
    worker.on('exit', (code) => this.#fail(new Error(`storage writer thread exited (${code})`)));
    return (this.#worker = worker);
  }

  #settle(a: Answer): void {
    const p = this.#pending.get(a.id);
    if (!p) return;
    this.#pending.delete(a.id);
    if (this.#pending.size === 0) this.#worker?.unref();
    if ('code' in a) p.reject(Object.assign(new Error(a.message), { code: a.code }));
    else p.resolve('stale' in a ? 'stale' : { stamp: a.stamp });
  }

  /** The thread is gone: every write in flight fails (nothing was acknowledged), the next starts a new one. */
  #fail(e: Error): void {
    this.#worker = undefined;
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of waiting) p.reject(e);
  }
}

const threads = Array.from({ length: WRITER_THREADS }, () => new WriterThread());

function threadFor(file: string): WriterThread {
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) | 0;
  return threads[Math.abs(h) % threads.length] as WriterThread;
}

/**
 * Writes `text` to `file` (UTF-8) through a temp file renamed over it; resolves with the new
 * file's stamp as fileStamp() gives it. With `expect`, only if the file still has that stamp
 * (checked on the writer thread just before writing: no `stat` on the event loop, and a window
 * for another process of microseconds instead of the time between two turns' steps); otherwise
 * nothing is written and it resolves 'stale'. Rejects with the system error's `code` (ENOENT
 * when the folder does not exist).
 */
export function writeFileAtomic(file: string, text: string, expect?: string): Promise<WriteOutcome> {
  return threadFor(file).write(file, text, expect);
}
