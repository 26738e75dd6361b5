// The restify server: health, JSON API, the bot endpoints, sessions, letters and the Web Chat page.
import type { Socket } from 'node:net';
import restify, { type Server } from 'restify';
import type { AppDeps } from './deps.js';
import { LANGS } from '../knowledge/schema.js';
import { registerDomainRoutes } from './api/domain-routes.js';
import { registerCountryRoutes } from './api/country-routes.js';
import { registerMessagesRoute, WEBCHAT_ENDPOINT } from './api/messages-route.js';
import { registerWebChatRoutes } from './webchat-routes.js';
import { registerLetterRoutes } from './api/letter-routes.js';
import { registerSessionRoutes } from './api/session-routes.js';
import { registerHealthRoutes } from './api/health-routes.js';
import { errorBody } from './http-errors.js';
import { jsonBodyReader } from './json-body.js';

export const MAX_BODY_BYTES = 256 * 1024;

type RestifyError = Error & { statusCode?: number; toJSON?: () => unknown; body?: { message?: string } };
import { registerReminderRoute } from './reminders/ics-route.js';

export function createServer(deps: AppDeps): Server {
  const server = restify.createServer({
    name: 'ta-navigator',
    handleUncaughtExceptions: false,
    // restify 12 logs with pino; its types (@types/restify 8) still name bunyan's Logger.
    log: deps.log.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'],
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodyReader({ limit: MAX_BODY_BYTES }));

  registerHealthRoutes(server, deps);
  registerDomainRoutes(server, deps);
  registerCountryRoutes(server, deps);
  registerLetterRoutes(server, deps);
  registerSessionRoutes(server, deps);
  registerReminderRoute(server, deps);
  registerMessagesRoute(server, deps);
  registerWebChatRoutes(server, {
    endpoint: WEBCHAT_ENDPOINT,
    // The page's own words, from locales/<lang>/page.json.
    pageStrings: Object.fromEntries(
      LANGS.map((l) => [l, deps.i18n.instance.getResourceBundle(l, 'page') as Record<string, string>]),
    ),
  });

  // restify's own answers (404, 405, a handler that throws) get the shape of every other error.
  server.on('restifyError', (req, _res, err: RestifyError, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      // A handler that throws is a bug, but the client still gets a JSON 500 and the process lives on.
      deps.log.error({ event: 'request-failed', route: routeOf(req), err: { type: err.name } }, err.message);
      err.toJSON = () => errorBody(status, [{ field: '', message: 'internal error' }]);
    } else {
      const message = String(err.body?.message ?? err.message).slice(0, 200);
      const field = status === 404 || status === 405 ? '(path)' : '(body)';
      err.toJSON = () => errorBody(status, [{ field, message }]);
    }
    return callback();
  });

  // Errors Node's HTTP parser answers itself (headers too large, a malformed request line):
  // the same shape, then the connection is closed.
  server.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const field = status === 431 ? '(headers)' : '(request)';
    const message = status === 431 ? 'request headers are too large' : 'malformed request';
    const body = JSON.stringify(errorBody(status, [{ field, message }]));
    const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  server.on('after', (req: restify.Request, res: restify.Response) => {
    deps.log.info(
      {
        event: 'request',
        method: req.method,
        route: routeOf(req),
        status: res.statusCode,
        ms: Date.now() - req.time(),
      },
      'request',
    );
  });
  return server;
}

/** The route pattern, never the path itself: paths hold letter ids. */
function routeOf(req: restify.Request): string {
  const route = (req as { getRoute?: () => { path?: unknown } | null }).getRoute?.();
  return typeof route?.path === 'string' ? route.path : '(no route)';
}
