// The bot's two HTTP endpoints.
//
// POST /api/messages is the Bot Framework endpoint. With MicrosoftAppId the Bot Framework JWT is
// checked (401 without it). Without one it is a local development endpoint (Emulator, CLI,
// tests): it answers loopback clients only, unless ALLOW_ANONYMOUS_MESSAGES=1, and posts replies
// only to serviceUrls listed in ALLOWED_SERVICE_URLS (`deliveryMode: "expectReplies"` returns
// them in the response body and calls nothing).
//
// POST /api/webchat/messages is the Web Chat page's endpoint, with or without an app id: it needs
// `Authorization: Bearer <session token>` (POST /api/session) for the user `from.id` names, and
// speaks only for the page: channel webchat, replies in the body.
//
// Every activity is checked against its schema first (400 naming the field). On the anonymous
// endpoints a conversation belongs to the user who started it (403 for anyone else); with an app
// id the Bot Framework vouches for the sender, and a Teams group conversation has many users.
//
// The anonymous expectReplies turns (the page's, and /api/messages' without an app id) go through
// ExpectRepliesAdapter, which answers as CloudAdapter does without building the Bot Connector
// clients those turns never use; every other turn goes through CloudAdapter.
//
// The Bot Framework SDK and the bot (engine, understanding, finder) are imported on first use, not
// before the server listens: importing them takes about a second, which /healthz, the page and
// the JSON API do not need. main.ts preloads them right after listen (loadBot).
import type { CloudAdapter, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import type { ExpectRepliesAdapter } from './expect-replies-adapter.js';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import { DEFAULT_LANG, langFromLocale, type I18n } from '../../i18n/index.js';
import { userIdOf } from '../user-id.js';
import type { EffectRunner } from '../effects.js';
import { sendBadRequest, sendError, zodFieldErrors } from '../http-errors.js';
import type { AppDeps } from '../deps.js';
import type { Logger } from '../log.js';
import { Activity } from '../activity-schema.js';
import { baseUrlOf, clientAddress, isLoopback, serviceUrlAllowed } from '../client-address.js';
import { bearerToken } from '../secrets.js';
import { conversationKey, loadState } from '../conversation-store.js';
import { KeyedMutex } from '../../storage/index.js';
import { loadFinder } from '../finder-module.js';

let sdk: Promise<typeof import('botbuilder')> | undefined;
let bot: Promise<typeof import('../bot.js')> | undefined;
let replies: Promise<typeof import('./expect-replies-adapter.js')> | undefined;
let effects: Promise<typeof import('../effects.js')> | undefined;

/** Imports the Bot Framework SDK and the bot's modules (once; later calls share the first). */
export function loadBot(): Promise<void> {
  sdk ??= import('botbuilder');
  bot ??= import('../bot.js');
  replies ??= import('./expect-replies-adapter.js');
  // The effects compose letters (tinyld, stop-word lists); the bot's flow context reads deps.finder.
  effects ??= import('../effects.js');
  return Promise.all([sdk, bot, replies, effects, loadFinder()]).then(() => undefined);
}

/** The user is never left without an answer; nothing of their state was written by this turn. */
function onTurnError(i18n: I18n, log: Logger | undefined) {
  return async (context: TurnContext, error: Error) => {
    const event = { event: 'turn-failed', channel: context.activity.channelId, err: { type: error.name } };
    if (log) log.error(event, error.message);
    else console.error('turn failed:', error.message);
    const lang = langFromLocale(context.activity.locale) ?? DEFAULT_LANG;
    await context.sendActivity({ type: 'message', text: i18n.forLang(lang)('common:turn-failed') });
  };
}

/**
 * With `anonymous`, no Bot Framework token is checked (local use). Turns answered in the HTTP
 * response go through ExpectRepliesAdapter instead (createExpectRepliesAdapter).
 */
export async function createAdapter(
  config: Config,
  i18n: I18n,
  anonymous = !config.MicrosoftAppId,
  log?: Logger,
): Promise<CloudAdapter> {
  await loadBot();
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await sdk!;
  const options: ConfigurationBotFrameworkAuthenticationOptions = anonymous
    ? {}
    : {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = onTurnError(i18n, log);
  return adapter;
}

/** The adapter for anonymous turns whose replies go in the HTTP answer (expectReplies). */
export async function createExpectRepliesAdapter(i18n: I18n, log?: Logger): Promise<ExpectRepliesAdapter> {
  await loadBot();
  const { ExpectRepliesAdapter } = await replies!;
  const adapter = new ExpectRepliesAdapter(log);
  adapter.onTurnError = onTurnError(i18n, log);
  return adapter;
}

/** The page's endpoint (its session token is not a Bot Framework token). */
export const WEBCHAT_ENDPOINT = '/api/webchat/messages';

/** `runEffect`: what carries out the flow's effects; by default the server's (effects.ts). */
export function registerMessagesRoute(server: Server, deps: AppDeps, runEffect?: EffectRunner): void {
  const { config } = deps;
  /** The bot logic and both adapters, made on the first turn. */
  let endpoint:
    | Promise<{
        logic: ReturnType<(typeof import('../bot.js'))['createBotLogic']>;
        botAdapter: CloudAdapter;
        replyAdapter: ExpectRepliesAdapter;
      }>
    | undefined;
  const ready = () =>
    (endpoint ??= (async () => {
      await loadBot();
      const { createBotLogic } = await bot!;
      const { createEffectRunner } = await effects!;
      return {
        logic: createBotLogic(deps, runEffect ?? createEffectRunner(deps)),
        botAdapter: await createAdapter(config, deps.i18n, !config.MicrosoftAppId, deps.log),
        replyAdapter: await createExpectRepliesAdapter(deps.i18n, deps.log),
      };
    })());
  const authenticated = !!config.MicrosoftAppId;
  const queue = new KeyedMutex();

  /** The activity, checked and completed, or undefined when a 4xx has been sent. */
  function readActivity(req: Request, res: Response): Activity | undefined {
    const parsed = Activity.safeParse(req.body);
    if (!parsed.success) {
      // A missing conversation is named by the field that is required in it.
      const errors = zodFieldErrors(parsed.error).map((e) =>
        e.field === 'conversation' ? { ...e, field: 'conversation.id' } : e,
      );
      sendBadRequest(res, errors);
      return undefined;
    }
    const a = parsed.data;
    // The adapter wants a recipient and a sender to address its replies (simple clients omit them).
    a.recipient ??= { id: 'ta-navigator', name: 'TA Navigator' };
    a.from ??= { id: `anonymous-${a.conversation.id}` };
    req.body = a;
    return a;
  }

  /**
   * Runs the turn, after the turns of this conversation that came before it (in this process;
   * other instances are handled by the eTag check and re-runs). 403 when the conversation was
   * started by someone else.
   */
  async function runTurn(
    which: 'botAdapter' | 'replyAdapter',
    req: Request,
    res: Response,
    a: Activity,
    checkOwner: boolean,
  ): Promise<void> {
    const key = conversationKey(a.channelId, a.conversation.id);
    const baseUrl = baseUrlOf(req, config);
    const { logic, [which]: adapter } = await ready();
    return queue.run([key], async () => {
      const loaded = await loadState(deps.storage, key);
      if (checkOwner && loaded.owner && loaded.owner !== userIdOf(a as Parameters<typeof userIdOf>[0]))
        return sendError(res, 403, 'conversation.id', 'this conversation belongs to another user');
      await adapter.process(req, res, (context) => logic(context, baseUrl, loaded));
    });
  }

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!authenticated && !config.ALLOW_ANONYMOUS_MESSAGES && !isLoopback(clientAddress(req, config)))
      return sendError(
        res,
        403,
        '(client)',
        'without MicrosoftAppId this endpoint answers local clients only (ALLOW_ANONYMOUS_MESSAGES=1 opens it)',
      );
    const a = readActivity(req, res);
    if (!a) return;
    // Anonymous with replies in the response body: nothing is posted, no Bot Connector client is needed.
    const inBody = !authenticated && a.deliveryMode === 'expectReplies';
    if (!authenticated) {
      if (inBody) {
        // The replies carry the turn's serviceUrl (TurnContext copies it); nothing is called there.
        a.serviceUrl = 'http://localhost';
      } else if (!serviceUrlAllowed(a.serviceUrl, config.ALLOWED_SERVICE_URLS)) {
        return sendBadRequest(res, [
          { field: 'serviceUrl', message: 'not in ALLOWED_SERVICE_URLS; use deliveryMode "expectReplies"' },
        ]);
      }
    }
    a.serviceUrl ??= 'http://localhost';
    // With an app id the channel vouches for from.id (and one Teams conversation may hold many users).
    await runTurn(inBody ? 'replyAdapter' : 'botAdapter', req, res, a, !authenticated);
  });

  server.post(WEBCHAT_ENDPOINT, async (req: Request, res: Response) => {
    const userId = deps.secrets.verifySession(bearerToken(req.headers.authorization));
    if (!userId)
      return sendError(res, 401, 'authorization', 'a session token is required (POST /api/session)');
    const a = readActivity(req, res);
    if (!a) return;
    if (a.from?.id !== userId) return sendError(res, 401, 'from.id', 'the session token is for another user');
    // The page speaks only for the page: its channel, replies in the body, no callback.
    a.channelId = 'webchat';
    a.deliveryMode = 'expectReplies';
    a.serviceUrl = 'http://localhost';
    // The session token is ours, not a Bot Framework token: the adapter must not see it.
    delete req.headers.authorization;
    await runTurn('replyAdapter', req, res, a, true);
  });
}
