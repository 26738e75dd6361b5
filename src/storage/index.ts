import { LowdbStorage } from './lowdbStorage.js';
import { MemoryEtagStorage } from './memoryStorage.js';
import type { ListableStorage } from './types.js';

export { LowdbStorage, STORE_SUBDIR } from './lowdbStorage.js';
export { MemoryEtagStorage } from './memoryStorage.js';
export { StorageConflictError, type ListableStorage } from './types.js';

export interface StorageConfig {
  kind: 'lowdb' | 'memory';
  /** Data folder for 'lowdb' (records go in its `store/` sub-folder); ignored by 'memory'. */
  dataDir: string;
}

export function createStorage(config: StorageConfig): ListableStorage {
  return config.kind === 'memory' ? new MemoryEtagStorage() : new LowdbStorage(config.dataDir);
}

/** The data folder: env DATA_DIR, default ./data (relative to the working directory). */
export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.DATA_DIR?.trim() || './data';
}
