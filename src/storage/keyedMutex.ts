/**
 * One promise queue per key: callers of `run` for the same key run one after the other, callers for
 * different keys do not wait for each other. Idle keys are dropped, so memory does not grow with
 * the number of conversations ever seen.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async #acquire(key: string): Promise<() => void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.#tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
  }

  /** Runs `fn` holding the locks of all `keys`, taken in sorted order so two callers cannot deadlock. */
  async run<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const releases: Array<() => void> = [];
    try {
      for (const key of sorted) releases.push(await this.#acquire(key));
      return await fn();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  /** Number of keys with a holder or waiters (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}
