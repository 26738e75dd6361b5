// A module imported on first use instead of at start-up. Start-up imports only what /healthz and
// the page need; the finder (stemmers, stop words, language detection), the letters' composer and
// the DOCX writer are about 0.4 s of imports that the first requests do not use.

export interface LazyModule<T> {
  /** Imports the module (once; later calls share the first import). */
  load(): Promise<T>;
  /** The module once `load()` has resolved; undefined before. */
  loaded(): T | undefined;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () =>
      (pending ??= importer().then((m) => {
        value = m;
        return m;
      })),
    loaded: () => value,
  };
}
