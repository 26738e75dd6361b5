// POST /api/messages: the Bot Framework endpoint. Without MicrosoftAppId it runs anonymously for
// local use; with it, the Bot Framework JWT is checked and an unauthenticated request gets 401.
// `deliveryMode: "expectReplies"` returns the replies in the response body.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config.js';
import { DEFAULT_LANG, langFromLocale, type I18n } from '../../i18n/index.js';
import { createBotLogic } from '../bot.js';
import type { EffectRunner } from '../effects.js';
import { sendBadRequest } from '../http-errors.js';
import type { AppDeps } from '../deps.js';

/** With `anonymous`, no Bot Framework token is checked (local use, or the Web Chat page's endpoint). */
export function createAdapter(config: Config, i18n: I18n, anonymous = !config.MicrosoftAppId): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = anonymous
    ? {}
    : {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    console.error('turn failed:', error.message);
    // The user is never left without an answer; nothing of their state was written by this turn.
    const lang = langFromLocale(context.activity.locale) ?? DEFAULT_LANG;
    await context.sendActivity({ type: 'message', text: i18n.forLang(lang)('common:turn-failed') });
  };
  return adapter;
}

/** The fields the adapter needs; without them it answers 500, so we answer 400 first. */
function invalidActivity(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return '(body)';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !a.type) return 'type';
  if (typeof a.channelId !== 'string' || !a.channelId) return 'channelId';
  const conv = a.conversation as { id?: unknown } | undefined;
  if (!conv || typeof conv.id !== 'string' || !conv.id) return 'conversation.id';
  if (a.text !== undefined && typeof a.text !== 'string') return 'text';
  if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') return 'serviceUrl';
  return undefined;
}

const isParty = (v: unknown): boolean =>
  !!v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string';

/** The page's endpoint when the bot is registered with Azure (its token is for Teams, not the page). */
export const WEBCHAT_ENDPOINT = '/api/webchat/messages';

/** Where links in replies point: PUBLIC_URL, else the origin the request came to. */
function baseUrlOf(req: Request, config: Config): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL;
  const proto =
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() || 'http';
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? `localhost:${config.PORT}`);
  return /^[\w.:[\]-]+$/.test(host)
    ? `${proto === 'https' ? 'https' : 'http'}://${host}`
    : `http://localhost:${config.PORT}`;
}

export function registerMessagesRoute(server: Server, deps: AppDeps, runEffect: EffectRunner): void {
  const logic = createBotLogic(deps, runEffect);
  const handle =
    (adapter: CloudAdapter, pageOnly: boolean) =>
    async (req: Request, res: Response): Promise<void> => {
      const field = invalidActivity(req.body);
      if (field) return sendBadRequest(res, [{ field, message: 'missing or invalid' }]);
      const body = req.body as Record<string, unknown>;
      if (pageOnly) {
        // The page's anonymous endpoint speaks only for the page: its channel, replies in the body.
        body.channelId = 'webchat';
        body.deliveryMode = 'expectReplies';
      }
      // expectReplies needs no callback URL; the adapter still wants one to build its connector,
      // and a recipient and sender to address its replies (simple clients may omit them).
      if (typeof body.serviceUrl !== 'string') body.serviceUrl = 'http://localhost';
      if (!isParty(body.recipient)) body.recipient = { id: 'ta-navigator', name: 'TA Navigator' };
      if (!isParty(body.from)) body.from = { id: `anonymous-${(body.conversation as { id: string }).id}` };
      const baseUrl = baseUrlOf(req, deps.config);
      await adapter.process(req, res, (context) => logic(context, baseUrl));
    };
  server.post('/api/messages', handle(createAdapter(deps.config, deps.i18n), false));
  if (deps.config.MicrosoftAppId)
    server.post(WEBCHAT_ENDPOINT, handle(createAdapter(deps.config, deps.i18n, true), true));
}
