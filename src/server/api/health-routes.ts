// GET /healthz: the process is up and its knowledge loaded. GET /readyz: it can also serve
// turns, i.e. write to and read back from its storage (a full disk, a read-only folder or a
// database that is down answers 503).
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { AppDeps } from '../deps.js';
import { sendError } from '../http-errors.js';

export function registerHealthRoutes(server: Server, deps: AppDeps): void {
  // One probe key per process, deleted after each probe.
  const probeKey = `health/readyz-${randomUUID()}`;

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, {
      status: 'ok',
      programs: deps.knowledge.programs.length,
      countries: deps.knowledge.countries.length,
    });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const nonce = randomUUID();
    try {
      await deps.storage.write({ [probeKey]: { nonce, eTag: '*' } });
      const back = (await deps.storage.read([probeKey]))[probeKey] as { nonce?: unknown } | undefined;
      await deps.storage.delete([probeKey]);
      if (back?.nonce !== nonce) throw new Error('storage did not return what was written');
      res.header('Cache-Control', 'no-store');
      res.send(200, { status: 'ready', storage: deps.config.STORAGE });
    } catch (e) {
      deps.log.warn({ event: 'not-ready', err: { type: (e as Error).name } }, (e as Error).message);
      sendError(res, 503, 'storage', 'storage cannot be written');
    }
  });
}
