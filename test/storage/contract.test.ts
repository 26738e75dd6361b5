import { describe, expect, it } from 'vitest';
import { createStorage, StorageConflictError, type ListableStorage } from '../../src/storage/index.js';
import { tempDir } from './helpers.js';
import { makePostgres, postgresUrl, requirePostgres } from './postgres.js';

// The same semantics for every kind: tests written against MemoryEtagStorage stay true in production.
const kinds: Array<[string, () => Promise<ListableStorage>]> = [
  ['lowdb', async () => createStorage({ kind: 'lowdb', dataDir: await tempDir() })],
  ['memory', async () => createStorage({ kind: 'memory', dataDir: '' })],
];
if (postgresUrl) kinds.push(['postgres', () => makePostgres()]);
else describe('postgres storage contract', () => requirePostgres('the PostgreSQL storage contract'));

describe.each(kinds)('%s storage contract', (_name, make) => {
  it('round-trips read, write and delete', async () => {
    const s = await make();
    expect(await s.read(['a/b'])).toEqual({});
    await s.write({ 'a/b': { step: 2, answers: { country: 'KE' } }, c: { n: 1 } });
    const got = await s.read(['a/b', 'c', 'missing']);
    expect(Object.keys(got).sort()).toEqual(['a/b', 'c']);
    expect(got['a/b']).toMatchObject({ step: 2, answers: { country: 'KE' } });
    expect(typeof got['a/b']?.eTag).toBe('string');
    await s.delete(['a/b', 'never-written']);
    expect(await s.read(['a/b', 'c'])).toEqual({ c: expect.objectContaining({ n: 1 }) });
  });

  it('assigns a new eTag on every write and does not store the caller eTag', async () => {
    const s = await make();
    await s.write({ k: { v: 1 } });
    const first = (await s.read(['k'])).k;
    await s.write({ k: { ...first, v: 2 } });
    const second = (await s.read(['k'])).k;
    expect(second?.eTag).not.toBe(first?.eTag);
    expect(second).toEqual({ v: 2, eTag: second?.eTag });
  });

  it('rejects a stale eTag with StorageConflictError and keeps the stored value', async () => {
    const s = await make();
    await s.write({ k: { v: 1 } });
    const stale = (await s.read(['k'])).k;
    await s.write({ k: { ...stale, v: 2 } });
    const current = (await s.read(['k'])).k;
    const err = await s.write({ k: { ...stale, v: 3 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageConflictError);
    expect(err).toMatchObject({ key: 'k', expected: stale?.eTag, actual: current?.eTag });
    expect((await s.read(['k'])).k).toEqual(current);
  });

  it("overwrites unconditionally with eTag '*' or without eTag", async () => {
    const s = await make();
    await s.write({ k: { v: 1 } });
    await s.write({ k: { v: 2, eTag: '*' } });
    expect((await s.read(['k'])).k?.v).toBe(2);
    await s.write({ k: { v: 3 } });
    expect((await s.read(['k'])).k?.v).toBe(3);
  });

  it('treats a conditional write over a deleted record as a conflict', async () => {
    const s = await make();
    await s.write({ k: { v: 1 } });
    const read = (await s.read(['k'])).k;
    await s.delete(['k']);
    const err = await s.write({ k: { ...read, v: 2 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageConflictError);
    expect(err).toMatchObject({ actual: null });
    expect(await s.read(['k'])).toEqual({});
  });

  it('lets exactly one of many concurrent writes with the same read eTag succeed', async () => {
    const s = await make();
    await s.write({ 'conv/1': { n: 0 } });
    const read = (await s.read(['conv/1']))['conv/1'];
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => s.write({ 'conv/1': { ...read, n: i + 1 } })),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StorageConflictError);
    }
    expect((await s.read(['conv/1']))['conv/1']?.n).toBe(won[0]);
  });

  it('stores none of a batch when one of its items conflicts', async () => {
    const s = await make();
    await s.write({ x: { v: 1 }, y: { v: 1 } });
    const { x, y } = await s.read(['x', 'y']);
    await s.write({ y: { ...y, v: 2 } });
    await expect(s.write({ x: { ...x, v: 9 }, y: { ...y, v: 9 } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    const after = await s.read(['x', 'y']);
    expect([after.x?.v, after.y?.v]).toEqual([1, 2]);
  });

  it('tells the eTag each key was written with, and the eTag stored now without a read', async () => {
    const s = await make();
    expect(await s.storedETag?.('k')).toBeNull();
    const written = await s.writeTagged!({ k: { v: 1 }, 'a/b': { v: 2 } });
    const read = await s.read(['k', 'a/b']);
    expect(written).toEqual({ k: read.k?.eTag, 'a/b': read['a/b']?.eTag });
    expect(await s.storedETag!('k')).toBe(written.k);
    const again = await s.writeTagged!({ k: { v: 3, eTag: written.k } });
    expect(again.k).not.toBe(written.k);
    expect(await s.storedETag!('k')).toBe(again.k);
    // A conflicting batch tells nothing: it throws, as write does.
    await expect(s.writeTagged!({ k: { v: 4, eTag: written.k } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    await s.delete(['k']);
    expect(await s.storedETag!('k')).toBeNull();
  });

  it('hands out copies: mutating a read or written object changes nothing stored', async () => {
    const s = await make();
    const item = { list: [1] };
    await s.write({ k: item });
    item.list.push(2);
    const got = (await s.read(['k'])).k;
    got?.list.push(3);
    expect((await s.read(['k'])).k?.list).toEqual([1]);
  });

  it('lists exactly the keys with a prefix', async () => {
    const s = await make();
    const keys = [
      'drafts/u1/a',
      'drafts/u1/b',
      'drafts/u10/a',
      'drafts/U1/a',
      'drafts/u2/a',
      'drafts',
      'draftsX/u1',
      'webchat/conversations/u1',
      'u1',
    ];
    await s.write(Object.fromEntries(keys.map((k) => [k, { k }])));
    expect(await s.list('drafts/u1/')).toEqual(['drafts/u1/a', 'drafts/u1/b']);
    expect(await s.list('drafts/u1')).toEqual(['drafts/u1/a', 'drafts/u1/b', 'drafts/u10/a']);
    expect(await s.list('drafts/')).toHaveLength(5);
    expect(await s.list('drafts')).toHaveLength(7);
    expect(await s.list('u')).toEqual(['u1']);
    expect(await s.list('nothing/')).toEqual([]);
    expect(await s.list('')).toEqual([...keys].sort());
    await s.delete(['drafts/u1/a']);
    expect(await s.list('drafts/u1/')).toEqual(['drafts/u1/b']);
  });

  it('lists literally: % _ and \\ in a prefix are not wildcards', async () => {
    const s = await make();
    const keys = ['a%b/1', 'aXb/1', 'a_b/1', 'a\\b/1', 'a\\\\b/1', '100%', '1000'];
    await s.write(Object.fromEntries(keys.map((k) => [k, {}])));
    expect(await s.list('a%')).toEqual(['a%b/1']);
    expect(await s.list('a_')).toEqual(['a_b/1']);
    expect(await s.list('a\\b')).toEqual(['a\\b/1']);
    expect(await s.list('a\\')).toEqual(['a\\\\b/1', 'a\\b/1']);
    expect(await s.list('100%')).toEqual(['100%']);
  });

  it('round-trips any JSON text a user can type: NUL, lone surrogates, key order, unicode', async () => {
    const s = await make();
    const value = {
      z: 'نص عربي 中文 😀',
      a: 'nul\u0000inside',
      m: ['lone \ud800 high', 'lone \udc00 low'],
      nested: { b: 1, a: [null, true, 1.5, -0.25, 1e21] },
    };
    await s.write({ k: value });
    const got = (await s.read(['k'])).k;
    const { eTag: _eTag, ...rest } = got ?? {};
    expect(JSON.stringify(rest)).toBe(JSON.stringify(value));
  });
});
