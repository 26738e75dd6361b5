// No lost update: when another turn of the same conversation wrote between our read and our write,
// the turn runs again on the state that other turn left, and nothing it stored is overwritten.
import { describe, expect, it } from 'vitest';
import { converse } from '../../src/server/converse.js';
import { turn } from '../../src/flow/engine.js';
import type { ConversationState } from '../../src/flow/types.js';
import { flowContext } from '../helpers/flow.js';
import { MemoryEtagStorage, StorageConflictError } from '../../src/storage/index.js';
import { loadState, saveState } from '../../src/server/conversation-store.js';

const ctx = flowContext();
const noEffects = async () => ({ replies: [] });
const who = { userId: 'u', baseUrl: 'http://localhost' };

describe('a turn and a concurrent write', () => {
  it('re-runs on the fresh state instead of overwriting it', async () => {
    const storage = new MemoryEtagStorage();
    const key = 'conversations/webchat/c1';
    // The conversation is at the country question.
    let s: ConversationState | undefined;
    for (const input of [{ start: true, locale: 'en' }, { value: { choice: 'goal:find' } }])
      s = turn(ctx, s, input).state;
    await storage.write({ [key]: { state: s } });

    let interfered = false;
    const io = {
      load: () => loadState(storage, key),
      save: async (loaded: Awaited<ReturnType<typeof loadState>>, next: ConversationState) => {
        if (!interfered) {
          // Another turn answers the country question between our read and our write.
          interfered = true;
          const other = await loadState(storage, key);
          await saveState(storage, other, turn(ctx, other.state, { text: 'NP' }).state);
        }
        try {
          await saveState(storage, loaded, next);
          return true;
        } catch (e) {
          if (e instanceof StorageConflictError) return false;
          throw e;
        }
      },
    };
    const { replies, status } = await converse(ctx, io, { value: { choice: 'university' } }, noEffects, who);
    const final = (await loadState(storage, key)).state;
    // Both answers are kept: the other turn's country and ours, given to the question that followed.
    expect(final.answers.country?.value).toBe('NP');
    expect(final.answers.requester?.value).toBe('university');
    expect(replies.length).toBeGreaterThan(0);
    expect(status.step).toBe('need');
  });

  it('gives up with an error after repeated conflicts rather than writing blindly', async () => {
    const io = {
      load: async () => ({ state: turn(ctx, undefined, { start: true, locale: 'en' }).state }),
      save: async () => false,
    };
    await expect(converse(ctx, io, { text: 'help' }, noEffects, who)).rejects.toThrow(/kept changing/);
  });
});
