import { describe, expect, it } from 'vitest';
import { RecordCache } from '../../src/storage/recordCache.js';

const rec = (stamp: string, valueText = '{}') => ({ stamp, eTag: `e-${stamp}`, valueText });

describe('RecordCache', () => {
  it('gives a record back only while the file has the stamp it was seen at', () => {
    const c = new RecordCache();
    c.set('k', rec('1:10:100'));
    expect(c.get('k', '1:10:100')?.eTag).toBe('e-1:10:100');
    expect(c.get('k', '2:10:100')).toBeUndefined();
    // A stale entry is dropped, not kept for a later match.
    expect(c.get('k', '1:10:100')).toBeUndefined();
    c.set('k', rec('3:1:1'));
    expect(c.get('k', null)).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const c = new RecordCache(2);
    c.set('a', rec('a'));
    c.set('b', rec('b'));
    expect(c.get('a', 'a')).toBeDefined(); // a is now the most recent
    c.set('c', rec('c'));
    expect(c.size).toBe(2);
    expect(c.get('b', 'b')).toBeUndefined();
    expect(c.get('a', 'a')).toBeDefined();
    expect(c.get('c', 'c')).toBeDefined();
  });

  it('does not keep large records, and a large write drops the older version', () => {
    const c = new RecordCache(10, 8);
    c.set('k', rec('1', '{"v":1}'));
    c.set('k', rec('2', '{"v":"too long"}'));
    expect(c.get('k', '1')).toBeUndefined();
    expect(c.get('k', '2')).toBeUndefined();
    expect(c.size).toBe(0);
  });
});
