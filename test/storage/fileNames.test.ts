import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  fitName,
  locate,
  matchPrefix,
  parseFileName,
  parseName,
} from '../../src/storage/fileNames.js';

describe('file names for keys', () => {
  const samples = [
    '',
    'abc-123',
    'Case',
    'a/b/c',
    '..',
    'x.y:z|w\\v',
    '用户',
    'مسودة',
    'é',
    '😀',
    'a\udc00b',
  ];

  it('decodes what it encodes and uses only safe characters', () => {
    for (const s of samples) {
      expect(decode(encode(s))).toBe(s);
      expect(encode(s)).toMatch(/^[a-z0-9_+=-]*$/);
    }
  });

  it('keeps names that differ only by case apart, even on case-insensitive file systems', () => {
    expect(encode('Case').toLowerCase()).not.toBe(encode('case').toLowerCase());
  });

  it('preserves prefixes: encode(p) starts encode(k) exactly when k starts with p', () => {
    for (const k of samples) {
      for (const p of samples) expect(encode(k).startsWith(encode(p))).toBe(k.startsWith(p));
    }
  });

  it('hashes long names and keeps a head that still filters by prefix', () => {
    const long = 'drafts-' + 'z'.repeat(400);
    const name = fitName(long);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(fitName(long + 'q')).not.toBe(name);
    const info = parseName(name);
    expect(info).toHaveProperty('head');
    expect(matchPrefix(info!, 'drafts-zz')).toBe('maybe');
    expect(matchPrefix(info!, 'drafts-' + 'z'.repeat(390))).toBe('maybe');
    expect(matchPrefix(info!, 'other')).toBe('no');
  });

  it('puts keys in a folder per first segment and recognises only its own file names', () => {
    const where = locate('drafts/u1/a');
    expect(where.dir).toBe('d' + encode('drafts'));
    expect(parseFileName(where.file)).toEqual({ exact: 'u1/a' });
    expect(locate('plain').dir).toBeNull();
    expect(parseFileName(`.${where.file}.tmp`)).toBeNull();
    expect(parseFileName(`${where.file}.corrupt-1700000000000`)).toBeNull();
    expect(parseFileName('README.md')).toBeNull();
  });
});
