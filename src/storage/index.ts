import { LowdbStorage } from './lowdbStorage.js';
import { MemoryEtagStorage } from './memoryStorage.js';
import { PostgresStorage } from './postgresStorage.js';
import type { ListableStorage } from './types.js';

export { LowdbStorage, STORE_SUBDIR } from './lowdbStorage.js';
export { MemoryEtagStorage } from './memoryStorage.js';
export { PostgresStorage, type PostgresStorageOptions } from './postgresStorage.js';
export { StorageConflictError, type ListableStorage } from './types.js';
export { keySegment } from './keySegment.js';
export { RawJson } from './raw-json.js';
export { KeyedMutex } from './keyedMutex.js';

export interface StorageConfig {
  kind: 'lowdb' | 'memory' | 'postgres';
  /** Data folder for 'lowdb' (records go in its `store/` sub-folder); ignored by the others. */
  dataDir: string;
  /** Connection string for 'postgres' (required there); ignored by the others. */
  databaseUrl?: string | undefined;
}

export function createStorage(config: StorageConfig): ListableStorage {
  switch (config.kind) {
    case 'memory':
      return new MemoryEtagStorage();
    case 'postgres':
      if (!config.databaseUrl) throw new TypeError('createStorage: postgres needs a databaseUrl');
      return new PostgresStorage({ connectionString: config.databaseUrl });
    default:
      return new LowdbStorage(config.dataDir);
  }
}

/** The data folder: env DATA_DIR, default ./data (relative to the working directory). */
export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.DATA_DIR?.trim() || './data';
}
