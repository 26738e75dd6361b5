// The restify server: health, JSON API, the bot endpoint, letters and the Web Chat page.
import restify, { type Server } from 'restify';
import type { AppDeps } from './deps.js';
import { LANGS } from '../knowledge/schema.js';
import { registerDomainRoutes } from './api/domain-routes.js';
import { registerCountryRoutes } from './api/country-routes.js';
import { registerMessagesRoute, WEBCHAT_ENDPOINT } from './api/messages-route.js';
import { registerWebChatRoutes } from './webchat-routes.js';
import { registerLetterRoutes } from './api/letter-routes.js';
import { createEffectRunner } from './effects.js';
import { registerReminderRoute } from './reminders/ics-route.js';

export function createServer(deps: AppDeps): Server {
  const server = restify.createServer({ name: 'ta-navigator', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, {
      status: 'ok',
      programs: deps.knowledge.programs.length,
      countries: deps.knowledge.countries.length,
    });
  });
  registerDomainRoutes(server, deps);
  registerCountryRoutes(server, deps);
  registerLetterRoutes(server, deps);
  registerReminderRoute(server, deps);
  registerMessagesRoute(server, deps, createEffectRunner(deps));
  registerWebChatRoutes(server, {
    endpoint: deps.config.MicrosoftAppId ? WEBCHAT_ENDPOINT : '/api/messages',
    // The page's own words, from locales/<lang>/page.json.
    pageStrings: Object.fromEntries(
      LANGS.map((l) => [l, deps.i18n.instance.getResourceBundle(l, 'page') as Record<string, string>]),
    ),
  });

  server.on(
    'restifyError',
    (_req, _res, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
      const status = err.statusCode ?? 500;
      if (status === 400 || status === 415) {
        // Unreadable bodies get the same shape as every other 400: the field is the body itself.
        const message = err.message;
        err.toJSON = () => ({
          error: 'bad-request',
          field: '(body)',
          errors: [{ field: '(body)', message }],
        });
      } else if (status >= 500) {
        // A handler that throws is a bug, but the client still gets a JSON 500 and the process lives on.
        console.error('request failed:', err.message);
      }
      return callback();
    },
  );
  return server;
}
