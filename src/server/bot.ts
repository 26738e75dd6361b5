// The bot turn: load the conversation's state, run the pure engine, store the new state with the
// eTag that was read (re-running the turn on a concurrent write), carry out effects, send the replies.
import { TurnContext } from 'botbuilder';
import type { FlowContext, TurnInput } from '../flow/types.js';
import type { EffectRunner } from './effects.js';
import { StorageConflictError } from '../storage/index.js';
import { conversationKey, loadState, saveState, type LoadedState } from './conversation-store.js';
import { converse, type StateIo } from './converse.js';
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

export function createBotLogic(deps: AppDeps, runEffect: EffectRunner) {
  /** `baseUrl`: absolute origin for links (letters), from PUBLIC_URL or the request. */
  return async (context: TurnContext, baseUrl: string): Promise<void> => {
    const input = turnInputOf(context);
    if (!input) return;
    const a = context.activity;
    const key = conversationKey(a.channelId, a.conversation.id);
    const io: StateIo<LoadedState> = {
      load: () => loadState(deps.storage, key),
      save: async (loaded, next) => {
        try {
          await saveState(deps.storage, loaded, next);
          return true;
        } catch (e) {
          if (e instanceof StorageConflictError) return false;
          throw e;
        }
      },
    };
    // Per channel: the same id on two channels is not known to be the same person.
    const userId = `${a.channelId}:${a.from?.id ?? a.conversation.id}`;
    const { replies, status } = await converse(flowContext(deps), io, input, runEffect, { userId, baseUrl });
    if (replies.length) await context.sendActivities(toActivities(replies, status, a.channelId, a.locale));
  };
}
