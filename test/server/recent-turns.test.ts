// The replies kept for redelivered activity ids (conversation-store.ts): the latest few, each
// checked only when its id comes again.
import { describe, expect, it } from 'vitest';
import { MemoryEtagStorage } from '../../src/storage/index.js';
import { initialState } from '../../src/flow/types.js';
import { loadState, recentTurn, RECENT_TURNS, saveState } from '../../src/server/conversation-store.js';

const answered = (id: string) => ({
  id,
  replies: [{ text: `reply to ${id}` }],
  status: { step: 'country', progress: { answered: 1, total: 9 } },
});

describe('recent turns', () => {
  it(`keep the replies of the latest ${RECENT_TURNS} activity ids, in order`, async () => {
    const storage = new MemoryEtagStorage();
    const key = 'conversations/webchat/recent-1';
    for (let i = 1; i <= RECENT_TURNS + 2; i++) {
      await saveState(storage, await loadState(storage, key), initialState(), { turn: answered(`a${i}`) });
    }
    const loaded = await loadState(storage, key);
    expect(loaded.recent.map((r) => r.id)).toEqual(
      Array.from({ length: RECENT_TURNS }, (_, i) => `a${i + 3}`),
    );
    expect(recentTurn(loaded, `a${RECENT_TURNS + 2}`)).toEqual(answered(`a${RECENT_TURNS + 2}`));
    expect(recentTurn(loaded, 'a1')).toBeUndefined();
  });

  it('count a damaged entry as not seen, and keep the others', async () => {
    const storage = new MemoryEtagStorage();
    const key = 'conversations/webchat/recent-2';
    await storage.write({
      [key]: {
        state: initialState(),
        recent: [answered('good'), { id: 'bad', replies: 'not a list' }, null, 42, { replies: [] }],
      },
    });
    const loaded = await loadState(storage, key);
    expect(loaded.recent.map((r) => r.id)).toEqual(['good', 'bad']);
    expect(recentTurn(loaded, 'good')).toEqual(answered('good'));
    expect(recentTurn(loaded, 'bad')).toBeUndefined();
    expect(recentTurn(loaded, 'none')).toBeUndefined();
    // Something that is not a list at all holds no turns.
    await storage.write({ [key]: { state: initialState(), recent: { id: 'x' } } });
    expect((await loadState(storage, key)).recent).toEqual([]);
  });
});
