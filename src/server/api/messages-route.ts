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
import { createBotLogic } from '../bot.js';
import type { EffectRunner } from '../effects.js';
import { sendBadRequest } from '../http-errors.js';
import type { AppDeps } from '../deps.js';

export function createAdapter(config: Config): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    console.error('turn failed:', error.message);
    // The user is never left without an answer; nothing of their state was written by this turn.
    await context.sendActivity({
      type: 'message',
      text: 'Sorry — something went wrong on our side. Please try again.',
    });
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

export function registerMessagesRoute(server: Server, deps: AppDeps, runEffect: EffectRunner): void {
  const adapter = createAdapter(deps.config);
  const logic = createBotLogic(deps, runEffect);
  server.post('/api/messages', async (req: Request, res: Response) => {
    const field = invalidActivity(req.body);
    if (field) return sendBadRequest(res, [{ field, message: 'missing or invalid' }]);
    const body = req.body as Record<string, unknown>;
    // expectReplies needs no callback URL; the adapter still wants one to build its connector.
    if (typeof body.serviceUrl !== 'string') body.serviceUrl = 'http://localhost';
    await adapter.process(req, res, logic);
  });
}
