// One user turn end to end: the pure engine, then its effects, then its state stored with the
// eTag that was read (a concurrent write makes the turn run again on the fresh state, after a
// short wait); an effect's follow-up (a re-opened draft) is one more engine turn. Shared by the
// bot and the terminal chat.
//
// Effects run before the state is stored: a drafted letter is stored first, so if storing it
// fails the conversation is still at the review and "Draft" still works; if the state write
// fails after it, the letter exists and the user can draft again. A re-run turn drafts into the
// same letter id, so a conflict never leaves two letters.
import { setTimeout as sleep } from 'node:timers/promises';
import { turn } from '../flow/engine.js';
import type {
  ConversationState,
  FlowContext,
  Reply,
  TurnInput,
  TurnResult,
  TurnStatus,
} from '../flow/types.js';
import { newLetterId } from '../letters/store.js';
import type { EffectOutcome, EffectRunner } from './effects.js';

export interface StateIo<L extends { state: ConversationState }> {
  load(): Promise<L>;
  /**
   * False when someone else wrote since `loaded` was read. `answered`: every reply of this input
   * so far and where the interview stands (kept for a redelivery of the same activity).
   */
  save(loaded: L, next: ConversationState, answered: Answered): Promise<boolean>;
  /** The user's data was deleted: keep nothing of this conversation (default: save the fresh state). */
  forget?(loaded: L): Promise<void>;
}

/** Attempts of one engine turn against concurrent writers (other instances on one database). */
export const MAX_ATTEMPTS = 8;

/** Exponential backoff with jitter: ~10, 20, 40 … ms, at most 400 ms. */
const backoff = (attempt: number) => Math.min(400, 10 * 2 ** (attempt - 1)) * (0.5 + Math.random());

export interface Answered {
  readonly replies: readonly Reply[];
  readonly status: TurnStatus;
}

interface Hop {
  readonly result: TurnResult;
  readonly replies: Reply[];
  readonly followUp?: TurnInput;
}

export async function converse<L extends { state: ConversationState }>(
  ctx: FlowContext,
  io: StateIo<L>,
  input: TurnInput,
  runEffect: EffectRunner,
  who: { userId: string; baseUrl: string },
): Promise<{ replies: Reply[]; status: TurnStatus }> {
  const replies: Reply[] = [];
  let status: TurnStatus = { step: 'menu', progress: { answered: 0, total: 0 } };
  // One id for a letter drafted by this input, whatever the number of attempts (made when the
  // first effect needs it: most turns have none, and an id costs random bytes).
  let newDraftId: string | undefined;
  let next: TurnInput | undefined = input;
  // One follow-up at most: a follow-up's own effects never chain further.
  for (let hop = 0; next && hop < 2; hop++) {
    const step: TurnInput = next;
    const done = await withRetries(io, async (loaded) => {
      const result = turn(ctx, loaded.state, step);
      const out = [...result.replies];
      let followUp: TurnInput | undefined;
      let forget = false;
      for (const effect of result.effects) {
        const outcome: EffectOutcome = await runEffect(effect, {
          ...who,
          lang: result.state.lang ?? 'en',
          newDraftId: (newDraftId ??= newLetterId()),
        });
        // Effect results (the letter) come before the closing "what next?" reply.
        out.splice(Math.max(0, out.length - 1), 0, ...outcome.replies);
        followUp ??= outcome.followUp;
        forget ||= outcome.forget === true;
      }
      const hopResult: Hop = { result, replies: out, ...(followUp ? { followUp } : {}) };
      if (forget && io.forget) {
        await io.forget(loaded);
        return hopResult;
      }
      const answered = { replies: [...replies, ...out], status: result.status };
      return (await io.save(loaded, result.state, answered)) ? hopResult : undefined;
    });
    replies.push(...done.replies);
    status = done.result.status;
    next = done.followUp;
  }
  return { replies, status };
}

async function withRetries<L extends { state: ConversationState }, T>(
  io: StateIo<L>,
  attempt: (loaded: L) => Promise<T | undefined>,
): Promise<T> {
  for (let n = 1; ; n++) {
    const done = await attempt(await io.load());
    if (done !== undefined) return done;
    if (n >= MAX_ATTEMPTS) throw new Error('conversation state kept changing under this turn');
    await sleep(backoff(n));
  }
}
