// The conversations this process last stored, kept parsed beside their eTag (kept-states.ts):
// used only while the store still holds that eTag, frozen, bounded.
import { describe, expect, it } from 'vitest';
import { createStorage, MemoryEtagStorage, type ListableStorage } from '../../src/storage/index.js';
import { initialState } from '../../src/flow/types.js';
import { loadState, saveState } from '../../src/server/conversation-store.js';
import { KeptStates } from '../../src/server/kept-states.js';
import { tempDir } from '../storage/helpers.js';

const key = 'conversations/webchat/kept-1';
const withLang = (lang: 'fr' | 'ar') => ({ ...initialState(), lang });

describe('kept states', () => {
  it('start the next turn from what this process stored, without reading the record', async () => {
    const lowdb = createStorage({ kind: 'lowdb', dataDir: await tempDir() });
    for (const storage of [new MemoryEtagStorage(), lowdb]) {
      await saveState(storage, await loadState(storage, key), withLang('fr'));
      let reads = 0;
      const read = storage.read.bind(storage);
      storage.read = async (keys) => (reads++, read(keys));
      const loaded = await loadState(storage, key);
      await saveState(storage, loaded, withLang('ar'));
      const next = await loadState(storage, key);
      expect(reads).toBe(0);
      expect([loaded.state.lang, next.state.lang]).toEqual(['fr', 'ar']);
      expect(next.eTag).toBe(await storage.storedETag!(key));
      // Shared by every turn that starts from it: frozen all the way down.
      expect(Object.isFrozen(next.state.answers)).toBe(true);
      expect(() => {
        (next.state as { lang?: string }).lang = 'en';
      }).toThrow(TypeError);
    }
  });

  it('are not used once someone else wrote the record, or deleted it', async () => {
    for (const storage of [
      new MemoryEtagStorage(),
      createStorage({ kind: 'lowdb', dataDir: await tempDir() }),
    ]) {
      await saveState(storage, await loadState(storage, key), withLang('fr'));
      const mine = await loadState(storage, key);
      // Another instance (or a hand edit) writes the same record.
      await storage.write({ [key]: { state: withLang('ar'), recent: [], eTag: mine.eTag } });
      const after = await loadState(storage, key);
      expect(after.state.lang).toBe('ar');
      expect(after.eTag).not.toBe(mine.eTag);
      // A turn started from the stale copy cannot write over the other's record.
      await expect(saveState(storage, mine, withLang('fr'))).rejects.toThrow(/conflict/i);
      await storage.delete([key]);
      expect((await loadState(storage, key)).eTag).toBeUndefined();
    }
  });

  it('are not kept for a store that cannot tell its eTags', async () => {
    const inner = new MemoryEtagStorage();
    const wrapper: ListableStorage = {
      read: (k) => inner.read(k),
      write: (c) => inner.write(c),
      delete: (k) => inner.delete(k),
      list: (p) => inner.list(p),
    };
    await saveState(wrapper, await loadState(wrapper, key), withLang('fr'));
    const loaded = await loadState(wrapper, key);
    expect(loaded.state.lang).toBe('fr');
    expect(Object.isFrozen(loaded.state)).toBe(false);
  });

  it('keep at most maxEntries conversations per store, the least recently used going first', async () => {
    const storage = new MemoryEtagStorage();
    const kept = new KeptStates<{ n: number }>(2);
    const eTags = await storage.writeTagged({ a: { n: 1 }, b: { n: 2 }, c: { n: 3 } });
    kept.set(storage, 'a', eTags.a!, { n: 1 });
    kept.set(storage, 'b', eTags.b!, { n: 2 });
    expect(await kept.get(storage, 'a')).toEqual({ n: 1 }); // now b is the oldest
    kept.set(storage, 'c', eTags.c!, { n: 3 });
    expect(await kept.get(storage, 'b')).toBeUndefined();
    expect(await kept.get(storage, 'a')).toEqual({ n: 1 });
    expect(await kept.get(storage, 'c')).toEqual({ n: 3 });
    expect(await kept.get(new MemoryEtagStorage(), 'a')).toBeUndefined();
  });
});
