import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../src/storage/keyedMutex.js';

describe('KeyedMutex', () => {
  it('runs callers of one key one at a time, other keys alongside, and forgets idle keys', async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const job = (name: string, keys: string[]) =>
      m.run(keys, async () => {
        log.push(`${name}+`);
        await new Promise((r) => setImmediate(r));
        log.push(`${name}-`);
      });
    await Promise.all([job('a1', ['a']), job('b', ['b']), job('a2', ['a']), job('ab', ['b', 'a'])]);
    // a1 and b overlap; a2 waits for a1; ab waits for both a2 and b.
    expect(log.indexOf('a2+')).toBeGreaterThan(log.indexOf('a1-'));
    expect(log.indexOf('b+')).toBeLessThan(log.indexOf('a1-'));
    expect(log.indexOf('ab+')).toBeGreaterThan(Math.max(log.indexOf('a2-'), log.indexOf('b-')));
    expect(m.size).toBe(0);
  });

  it('releases the lock when the function throws', async () => {
    const m = new KeyedMutex();
    await expect(m.run(['k'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(m.run(['k'], async () => 'next')).resolves.toBe('next');
    expect(m.size).toBe(0);
  });
});
