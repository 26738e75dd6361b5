// The bot turn: load the conversation's state, run the pure engine, carry out effects, store the
// new state with the eTag that was read (re-running the turn on a concurrent write), send the
// replies. An activity id seen before gets the replies it got then, and changes nothing. The
// caller runs turns of one conversation one after the other (messages-route.ts).
import { TurnContext } from 'botbuilder';
import type { FlowContext, TurnInput } from '../flow/types.js';
import type { EffectRunner } from './effects.js';
import { StorageConflictError } from '../storage/index.js';
import { conversationKey, loadState, saveState, type LoadedState } from './conversation-store.js';
import { converse, type Answered, type StateIo } from './converse.js';
import { toActivities } from './render.js';
import type { AppDeps } from './deps.js';

// One translator function per server: the engine caches word lists per translator.
const translators = new WeakMap<AppDeps, FlowContext['t']>();

export function flowContext(deps: AppDeps): FlowContext {
  let t = translators.get(deps);
  if (!t) translators.set(deps, (t = (lang) => deps.i18n.forLang(lang)));
  return { knowledge: deps.knowledge, finder: deps.finder, t, today: deps.today() };
}

export function turnInputOf(context: TurnContext): TurnInput | undefined {
  const a = context.activity;
  if (a.type === 'conversationUpdate') {
    const botId = a.recipient?.id;
    const added = (a.membersAdded ?? []).filter((m) => m.id !== botId);
    return added.length ? { start: true, ...(a.locale ? { locale: a.locale } : {}) } : undefined;
  }
  if (a.type !== 'message') return undefined;
  // In a Teams channel or group chat the text starts with "<at>TA Navigator</at>": drop it.
  const text =
    typeof a.text === 'string'
      ? a.recipient?.id
        ? (TurnContext.removeRecipientMention(a) ?? a.text)
        : a.text
      : undefined;
  return {
    ...(typeof text === 'string' ? { text: text.trim().slice(0, 4000) } : {}),
    ...(a.value !== undefined ? { value: a.value } : {}),
    ...(a.locale ? { locale: a.locale } : {}),
  };
}

/** The user a turn speaks for, per channel: the same id on two channels is not known to be one person. */
export const userIdOf = (a: { channelId: string; from?: { id?: string }; conversation: { id: string } }) =>
  `${a.channelId}:${a.from?.id ?? a.conversation.id}`;

export function createBotLogic(deps: AppDeps, runEffect: EffectRunner) {
  /**
   * `baseUrl`: absolute origin for links (letters), from PUBLIC_URL or the request.
   * `first`: the conversation's record as the caller just read it (saves reading it again).
   */
  return async (context: TurnContext, baseUrl: string, first?: LoadedState): Promise<void> => {
    const input = turnInputOf(context);
    if (!input) return;
    const a = context.activity;
    const key = conversationKey(a.channelId, a.conversation.id);
    const userId = userIdOf(a);
    const started = Date.now();
    let step: string | undefined;
    let repeated = false;
    let preloaded = first?.key === key ? first : undefined;
    const { replies, status } = await (async (): Promise<Answered> => {
      if (a.id) {
        preloaded ??= await loadState(deps.storage, key);
        const seen = preloaded.recent.find((r) => r.id === a.id);
        if (seen) {
          repeated = true;
          return seen;
        }
      }
      const io: StateIo<LoadedState> = {
        load: async () => {
          // The first attempt uses the record already read; a re-run reads it afresh.
          const loaded = preloaded ?? (await loadState(deps.storage, key));
          preloaded = undefined;
          return loaded;
        },
        save: async (loaded, next, answered) => {
          try {
            await saveState(deps.storage, loaded, next, {
              owner: userId,
              now: deps.now(),
              ...(a.id ? { turn: { id: a.id, ...answered } } : {}),
            });
            step = answered.status.step;
            return true;
          } catch (e) {
            if (e instanceof StorageConflictError) return false;
            throw e;
          }
        },
        // The effect deleted this conversation with the rest of the user's data.
        forget: async () => undefined,
      };
      return converse(flowContext(deps), io, input, runEffect, { userId, baseUrl });
    })();
    deps.log.info(
      {
        event: 'turn',
        channel: a.channelId,
        conversation: deps.secrets.hashId(key),
        user: deps.secrets.hashId(userId),
        activity: a.type,
        ...(step ? { step } : {}),
        ...(repeated ? { repeated } : {}),
        replies: replies.length,
        ms: Date.now() - started,
      },
      'turn',
    );
    if (replies.length) await context.sendActivities(toActivities(replies, status, a.channelId, a.locale));
  };
}
