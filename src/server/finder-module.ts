// The finder's modules (stemmers, stop words, language detection: ~0.3 s to import), imported
// after the server listens. `deps.finder` (bootstrap.ts) builds its index from them.
import { lazyModule } from './lazy-module.js';

export const finderModule = lazyModule(() => import('../domain/finder/finder.js'));

/** Imports the finder's modules; `deps.finder` can be read once it has resolved. */
export const loadFinder = (): Promise<unknown> => finderModule.load();
