// One user turn end to end: the pure engine, its state stored with the eTag that was read (a
// concurrent write makes the turn run again on the fresh state), then its effects; an effect's
// follow-up (a re-opened draft) is one more engine turn. Shared by the bot and the terminal chat.
import { turn } from '../flow/engine.js';
import type {
  ConversationState,
  FlowContext,
  Reply,
  TurnInput,
  TurnResult,
  TurnStatus,
} from '../flow/types.js';
import type { EffectRunner } from './effects.js';

export interface StateIo<L extends { state: ConversationState }> {
  load(): Promise<L>;
  /** False when someone else wrote since `loaded` was read. */
  save(loaded: L, next: ConversationState): Promise<boolean>;
}

const MAX_ATTEMPTS = 3;

async function engineTurn<L extends { state: ConversationState }>(
  ctx: FlowContext,
  io: StateIo<L>,
  input: TurnInput,
): Promise<TurnResult> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await io.load();
    const result = turn(ctx, loaded.state, input);
    if (await io.save(loaded, result.state)) return result;
    if (attempt >= MAX_ATTEMPTS) throw new Error('conversation state kept changing under this turn');
  }
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
  let next: TurnInput | undefined = input;
  // One follow-up at most: a follow-up's own effects never chain further.
  for (let hop = 0; next && hop < 2; hop++) {
    const result = await engineTurn(ctx, io, next);
    status = result.status;
    next = undefined;
    const out = [...result.replies];
    for (const effect of result.effects) {
      const outcome = await runEffect(effect, { ...who, lang: result.state.lang ?? 'en' });
      // Effect results (the letter) come before the closing "what next?" reply.
      out.splice(Math.max(0, out.length - 1), 0, ...outcome.replies);
      next ??= outcome.followUp;
    }
    replies.push(...out);
  }
  return { replies, status };
}
