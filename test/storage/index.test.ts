import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  createStorage,
  dataDirFromEnv,
  LowdbStorage,
  MemoryEtagStorage,
  PostgresStorage,
} from '../../src/storage/index.js';

describe('createStorage', () => {
  it('builds the kind asked for', () => {
    expect(createStorage({ kind: 'memory', dataDir: '' })).toBeInstanceOf(MemoryEtagStorage);
    expect(createStorage({ kind: 'lowdb', dataDir: '/tmp/x' })).toBeInstanceOf(LowdbStorage);
  });

  it('builds a PostgresStorage without connecting, and only with a database URL', async () => {
    const url = 'postgres://ta:ta@127.0.0.1:1/none'; // nothing listens: creating must not connect
    const s = createStorage({ kind: 'postgres', dataDir: '', databaseUrl: url });
    expect(s).toBeInstanceOf(PostgresStorage);
    await (s as PostgresStorage).close();
    expect(() => createStorage({ kind: 'postgres', dataDir: '' })).toThrow(/databaseUrl/);
  });

  it('takes the data folder from DATA_DIR, default ./data', () => {
    expect(dataDirFromEnv({ DATA_DIR: '/srv/ta' })).toBe('/srv/ta');
    expect(dataDirFromEnv({})).toBe('./data');
    expect(dataDirFromEnv({ DATA_DIR: '  ' })).toBe('./data');
  });
});

describe('storage settings in the environment', () => {
  it('defaults to lowdb and needs no database', () => {
    const config = loadConfig({});
    expect(config.STORAGE).toBe('lowdb');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('requires DATABASE_URL with STORAGE=postgres, and says so', () => {
    for (const env of [{ STORAGE: 'postgres' }, { STORAGE: 'postgres', DATABASE_URL: '  ' }]) {
      expect(() => loadConfig(env)).toThrow(/DATABASE_URL is required when STORAGE=postgres/);
    }
    const url = 'postgres://ta:ta@db.internal:5432/ta';
    expect(loadConfig({ STORAGE: 'postgres', DATABASE_URL: url })).toMatchObject({
      STORAGE: 'postgres',
      DATABASE_URL: url,
    });
  });

  it('refuses an unknown STORAGE', () => {
    expect(() => loadConfig({ STORAGE: 'redis' })).toThrow(/STORAGE/);
  });
});
