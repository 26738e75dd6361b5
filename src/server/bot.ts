// The bot turn: load the conversation's state, run the pure engine, carry out effects (a letter
// is stored before the state), store the new state with the eTag that was read (re-running the
// turn on a concurrent write), then render the replies for the channel (channels/table.ts) and
// send them. An activity id seen before in the conversation gets the replies it got then, and
// changes nothing. Teams invokes (a tap on an Action.Execute, a file consent) are answered here
// too. The caller runs turns of one conversation one after the other (api/messages-route.ts).
import { TurnContext } from 'botbuilder';
import { userIdOf } from './user-id.js';
import type { FlowContext, Reply, TurnInput, TurnStatus } from '../flow/types.js';
import { DEFAULT_LANG, langFromLocale, type Lang } from '../i18n/index.js';
import type { EffectRunner } from './effects.js';
import { StorageConflictError } from '../storage/index.js';
import { conversationKey, loadState, recentTurn, saveState, type LoadedState } from './conversation-store.js';
import { converse, type Answered, type StateIo } from './converse.js';
import { toActivities } from './channels/table.js';
import type { OutgoingActivity } from './channels/renderer.js';
import type { AppDeps } from './deps.js';
import { letterOffers, sendsLetterAsFile } from './teams/letter-offer.js';
import { handleInvoke } from './teams/invoke.js';
import { rememberDeadline } from './reminders/reminder-store.js';

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

export interface TurnOutcome {
  readonly replies: readonly Reply[];
  readonly status: TurnStatus;
  /** The conversation's language after the turn. */
  readonly lang: Lang;
  /** A redelivered activity: the replies it got the first time. */
  readonly repeated?: boolean;
}

export interface BotTurns {
  /**
   * Runs one engine turn for this activity's conversation. `first`: the conversation's record as
   * the caller just read it (saves reading it again).
   */
  run(context: TurnContext, input: TurnInput, baseUrl: string, first?: LoadedState): Promise<TurnOutcome>;
  /** Renders a turn's replies for the channel and sends them. */
  send(context: TurnContext, outcome: TurnOutcome, baseUrl: string): Promise<void>;
}

export function createBotTurns(deps: AppDeps, runEffect: EffectRunner): BotTurns {
  return {
    async run(context, input, baseUrl, first) {
      const a = context.activity;
      const key = conversationKey(a.channelId, a.conversation.id);
      const userId = userIdOf(a);
      const fallbackLang = () => langFromLocale(a.locale) ?? DEFAULT_LANG;
      let preloaded = first?.key === key ? first : undefined;
      if (a.id) {
        preloaded ??= await loadState(deps.storage, key);
        const seen = recentTurn(preloaded, a.id);
        if (seen) return { ...seen, lang: preloaded.state.lang ?? fallbackLang(), repeated: true };
      }
      let lang: Lang | undefined;
      const io: StateIo<LoadedState> = {
        load: async () => {
          // The first attempt uses the record already read; a re-run reads it afresh.
          const loaded = preloaded ?? (await loadState(deps.storage, key));
          preloaded = undefined;
          return loaded;
        },
        save: async (loaded, next, answered: Answered) => {
          try {
            await saveState(deps.storage, loaded, next, {
              owner: userId,
              now: deps.now(),
              ...(a.id ? { turn: { id: a.id, ...answered } } : {}),
            });
            lang = next.lang ?? lang;
            return true;
          } catch (e) {
            if (e instanceof StorageConflictError) return false;
            throw e;
          }
        },
        // The effect deleted this conversation with the rest of the user's data.
        forget: async () => undefined,
      };
      const { replies, status } = await converse(flowContext(deps), io, input, runEffect, {
        userId,
        baseUrl,
      });
      return { replies, status, lang: lang ?? fallbackLang() };
    },

    async send(context, outcome, baseUrl) {
      const { replies, status, lang } = outcome;
      if (!replies.length) return;
      const a = context.activity;
      const t = deps.i18n.forLang(lang);
      const render = (rs: readonly Reply[], letterAsFile: boolean) =>
        toActivities(rs, status, a.channelId, { lang, t, baseUrl, locale: a.locale, letterAsFile });
      let activities: OutgoingActivity[] = render(replies, false);
      if (sendsLetterAsFile(a) && replies.some((r) => r.letter)) {
        const offers = await letterOffers(deps, replies, userIdOf(a), t);
        activities = replies.flatMap((r, i) => {
          const offer = offers[i];
          return offer ? [render([r], true)[0]!, offer] : [activities[i]!];
        });
        // The batch's status rides on its last activity, whichever that now is.
        for (const x of activities) delete x.channelData;
        activities.at(-1)!.channelData = { taNavigator: status };
      }
      if (a.channelId === 'msteams' && !outcome.repeated)
        await rememberDeadlines(deps, context, replies, lang, baseUrl);
      await context.sendActivities(activities);
    },
  };
}

/** A deadline offered in Teams is also reminded of there, a week before (reminders/scheduler.ts). */
async function rememberDeadlines(
  deps: AppDeps,
  context: TurnContext,
  replies: readonly Reply[],
  lang: Lang,
  baseUrl: string,
): Promise<void> {
  const deadline = replies.findLast((r) => r.reminder)?.reminder;
  if (!deadline) return;
  const a = context.activity;
  await rememberDeadline(deps.storage, {
    conversationKey: conversationKey(a.channelId, a.conversation.id),
    reference: TurnContext.getConversationReference(a),
    deadline,
    lang,
    baseUrl,
    today: deps.today(),
  });
}

export function createBotLogic(deps: AppDeps, runEffect: EffectRunner) {
  const turns = createBotTurns(deps, runEffect);
  /**
   * `baseUrl`: absolute origin for links (letters), from PUBLIC_URL or the request.
   * `first`: the conversation's record as the caller just read it.
   */
  return async (context: TurnContext, baseUrl: string, first?: LoadedState): Promise<void> => {
    if (context.activity.type === 'invoke') return handleInvoke(context, deps, turns, baseUrl);
    const input = turnInputOf(context);
    if (!input) return;
    const started = Date.now();
    const outcome = await turns.run(context, input, baseUrl, first);
    const a = context.activity;
    // What the user typed never goes to the log: ids hashed, the step, counts and timings.
    deps.log.info(
      {
        event: 'turn',
        channel: a.channelId,
        conversation: deps.secrets.hashId(conversationKey(a.channelId, a.conversation.id)),
        user: deps.secrets.hashId(userIdOf(a)),
        activity: a.type,
        step: outcome.status.step,
        ...(outcome.repeated ? { repeated: true } : {}),
        replies: outcome.replies.length,
        ms: Date.now() - started,
      },
      'turn',
    );
    await turns.send(context, outcome, baseUrl);
  };
}
