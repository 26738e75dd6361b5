// The restify server: health, JSON API, the bot endpoint, letters and the Web Chat page.
import restify, { type Server } from 'restify';
import type { AppDeps } from './deps.js';
import { registerDomainRoutes } from './api/domain-routes.js';

export function createServer(deps: AppDeps): Server {
  const server = restify.createServer({ name: 'ta-navigator', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

  server.get('/healthz', (_req, res) => {
    res.send(200, {
      status: 'ok',
      programs: deps.knowledge.programs.length,
      countries: deps.knowledge.countries.length,
    });
  });
  registerDomainRoutes(server, deps);

  // A handler that throws is a bug, but the client still gets a JSON 500 and the process lives on.
  server.on('restifyError', (_req, _res, err: Error, callback: () => void) => {
    console.error('request failed:', err.message);
    return callback();
  });
  return server;
}
