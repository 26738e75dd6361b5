// Sessions for the Web Chat page. POST /api/session makes a new user and answers
// 201 {userId, token}; the page keeps both and sends `Authorization: Bearer <token>` with every
// activity whose from.id is that userId. DELETE /api/me with the token removes that user's
// conversations and letter drafts.
import type { Request, Response, Server } from 'restify';
import type { AppDeps } from '../deps.js';
import { sendError } from '../http-errors.js';
import { bearerToken } from '../secrets.js';
import { deleteUserData } from '../data-protection.js';

/** The channel-qualified id the bot keys a page user's data by. */
export const pageUserId = (userId: string): string => `webchat:${userId}`;

export function registerSessionRoutes(server: Server, deps: AppDeps): void {
  server.post('/api/session', async (_req: Request, res: Response) => {
    const session = deps.secrets.newSession();
    res.header('Cache-Control', 'no-store');
    res.send(201, session);
  });

  server.del('/api/me', async (req: Request, res: Response) => {
    const userId = deps.secrets.verifySession(bearerToken(req.headers.authorization));
    if (!userId) return sendError(res, 401, 'authorization', 'a session token is required');
    const deleted = await deleteUserData(deps.storage, pageUserId(userId));
    deps.log.info(
      { event: 'delete-data', user: deps.secrets.hashId(pageUserId(userId)), ...deleted },
      'deleted',
    );
    res.send(200, { deleted });
  });
}
