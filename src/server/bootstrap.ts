// Builds everything the server needs from the environment, once, at start-up.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { formatIsoDate, todayUtc } from '../domain/calendar.js';
import { createI18n } from '../i18n/index.js';
import { createStorage } from '../storage/index.js';
import type { AppDeps } from './deps.js';
import { createLogger } from './log.js';
import { createSecrets, loadSecret } from './secrets.js';
import { finderModule } from './finder-module.js';

export function buildDeps(config: Config, overrides: Partial<AppDeps> = {}): AppDeps {
  const knowledge = overrides.knowledge ?? loadKnowledge();
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  let finder = overrides.finder;
  return {
    config,
    knowledge,
    // Built on first use, not before the server listens (about half a second; main.ts builds it
    // right after listen). Its modules are imported by loadFinder(), which every reader awaits
    // first (loadBot, the /api/programs route, main's warm-up).
    get finder() {
      if (finder) return finder;
      const m = finderModule.loaded();
      if (!m) throw new Error('deps.finder was read before loadFinder() resolved');
      return (finder = m.buildFinderIndex(knowledge));
    },
    i18n: overrides.i18n ?? createI18n(),
    storage:
      overrides.storage ??
      createStorage({
        kind: config.STORAGE,
        dataDir: resolve(config.DATA_DIR),
        databaseUrl: config.DATABASE_URL,
      }),
    today: overrides.today ?? (() => config.TODAY ?? formatIsoDate(todayUtc())),
    log,
    secrets: overrides.secrets ?? createSecrets(loadSecret(config).key),
    now: overrides.now ?? (() => new Date()),
    ...(overrides.fileUpload ? { fileUpload: overrides.fileUpload } : {}),
  };
}
