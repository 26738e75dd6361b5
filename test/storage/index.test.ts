import { describe, expect, it } from 'vitest';
import { createStorage, dataDirFromEnv, LowdbStorage, MemoryEtagStorage } from '../../src/storage/index.js';

describe('createStorage', () => {
  it('builds the kind asked for', () => {
    expect(createStorage({ kind: 'memory', dataDir: '' })).toBeInstanceOf(MemoryEtagStorage);
    expect(createStorage({ kind: 'lowdb', dataDir: '/tmp/x' })).toBeInstanceOf(LowdbStorage);
  });

  it('takes the data folder from DATA_DIR, default ./data', () => {
    expect(dataDirFromEnv({ DATA_DIR: '/srv/ta' })).toBe('/srv/ta');
    expect(dataDirFromEnv({})).toBe('./data');
    expect(dataDirFromEnv({ DATA_DIR: '  ' })).toBe('./data');
  });
});
