// Letters over HTTP: POST /api/letters composes and stores a draft, GET /api/letters/:id re-opens
// it, GET /api/letters/:id.docx downloads it, GET /api/letters/:id.html previews it, PUT
// /api/letters/:id edits it. Bad input is a 400 naming the field; an unknown id is a 404.
// Reading needs the id (random, unguessable); changing needs more: POST answers an `editToken`,
// and PUT needs `Authorization: Bearer <editToken>` or the session of the user who drafted the
// letter in the chat (403 otherwise).
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { parseLetterInput, type LetterInput } from '../../domain/letters/input.js';
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import type { BuiltLetter } from '../../letters/build.js';
import {
  loadDraft,
  saveDraft,
  StorageConflictError,
  updateDraft,
  type LetterDraft,
} from '../../letters/store.js';
import { sendBadRequest, sendError, sendNotFound, type FieldError } from '../http-errors.js';
import { bearerToken } from '../secrets.js';
import { pageUserId } from './session-routes.js';
import { outOfWindow } from './date-window.js';
import type { AppDeps } from '../deps.js';
import { lazyModule } from '../lazy-module.js';

// The composer (its language checks import tinyld and stop-word lists) and the DOCX writer are
// imported by the first letter request, not at start-up.
const composer = lazyModule(() => import('../../letters/build.js'));
const docxWriter = lazyModule(() => import('../../letters/render-docx.js'));

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Fields that travel with the input but are not part of the letter. */
const Envelope = z.object({
  userId: z.string().trim().min(1).max(200).optional(),
  /** The chat's language, for the warnings; default: the letter's. */
  uiLang: z.enum(LANGS).optional(),
});

function splitBody(body: unknown): { envelope: unknown; input: unknown } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { envelope: {}, input: body };
  const { userId, uiLang, ...input } = body as Record<string, unknown>;
  return { envelope: { userId, uiLang }, input };
}

const docxUrl = (id: string) => `/api/letters/${id}.docx`;

function letterBody(id: string, built: BuiltLetter) {
  return {
    id,
    text: built.text,
    html: built.html,
    docxUrl: docxUrl(id),
    warnings: built.messages,
    cc: built.cc,
    ...(built.goal ? { goal: built.goal } : {}),
  };
}

export function registerLetterRoutes(server: Server, deps: AppDeps): void {
  const { knowledge: k, i18n, storage } = deps;
  const forLang = (lang: Lang) => i18n.forLang(lang);

  /** Validates body → input, composes; answers 400 itself and returns undefined when it cannot. */
  async function prepare(
    req: Request,
    res: Response,
    today: string,
  ): Promise<{ input: LetterInput; built: BuiltLetter; userId?: string } | undefined> {
    const { envelope, input } = splitBody(req.body ?? {});
    const env = Envelope.safeParse(envelope);
    const parsed = parseLetterInput(input);
    const errors: FieldError[] = [
      ...(env.success ? [] : env.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))),
      ...(parsed.ok
        ? outOfWindow({ date: parsed.value.date, letterDate: parsed.value.letterDate })
        : parsed.errors),
    ];
    if (errors.length || !parsed.ok || !env.success) {
      sendBadRequest(res, errors);
      return undefined;
    }
    const { buildLetter, LETTER_ERROR_MESSAGES } = await composer.load();
    const built = buildLetter(k, forLang, parsed.value, {
      today,
      ...(env.data.uiLang ? { uiLang: env.data.uiLang } : {}),
    });
    if (!built.ok) {
      sendBadRequest(res, [{ field: built.error.field, message: LETTER_ERROR_MESSAGES[built.error.code] }]);
      return undefined;
    }
    // With a page session the draft is that user's (in their "my drafts"); otherwise anyone can
    // call this API and name any user: such drafts get an index of their own, apart from the
    // chat's users (whose ids come from the channel or a session), so none lands in their list.
    const session = deps.secrets.verifySession(bearerToken(req.headers.authorization));
    const userId = session ? pageUserId(session) : env.data.userId ? `api:${env.data.userId}` : undefined;
    return { input: parsed.value, built: built.value, ...(userId ? { userId } : {}) };
  }

  async function rebuild(draft: LetterDraft, uiLang?: Lang): Promise<BuiltLetter | undefined> {
    const { buildLetter } = await composer.load();
    const built = buildLetter(k, forLang, draft.input, { today: draft.today, ...(uiLang ? { uiLang } : {}) });
    return built.ok ? built.value : undefined;
  }

  server.post('/api/letters', async (req: Request, res: Response) => {
    const ready = await prepare(req, res, deps.today());
    if (!ready) return;
    const draft = await saveDraft(storage, ready.input, {
      today: deps.today(),
      ...(ready.userId ? { userId: ready.userId } : {}),
    });
    res.header('Location', `/api/letters/${draft.id}`);
    res.send(201, { ...letterBody(draft.id, ready.built), editToken: deps.secrets.editToken(draft.id) });
  });

  // One route for every form (JSON, .docx, .html): `:id.docx` is not a pattern every restify
  // router version agrees on.
  server.get('/api/letters/:id', async (req: Request, res: Response) => {
    const raw = String(req.params.id ?? '');
    const form = /\.(docx|html)$/.exec(raw)?.[1] as 'docx' | 'html' | undefined;
    const id = form ? raw.slice(0, -(form.length + 1)) : raw;
    const draft = await loadDraft(storage, id);
    if (!draft) return sendNotFound(res, 'id', `no letter "${id.slice(0, 40)}"`);
    const uiLang = Envelope.shape.uiLang.safeParse(
      (req.query as Record<string, unknown> | undefined)?.uiLang,
    );
    const built = await rebuild(draft, uiLang.success ? uiLang.data : undefined);
    // A stored draft that no longer composes (e.g. a program removed from knowledge/) is data to fix, not a 500.
    if (!built) return sendNotFound(res, 'id', `letter "${id}" can no longer be composed; edit it with PUT`);
    if (form === 'html') {
      // The preview is a page of its own: no script, nothing loaded from elsewhere.
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(built.html);
      return;
    }
    if (!form) {
      res.send(200, {
        ...letterBody(draft.id, built),
        input: draft.input,
        lang: draft.lang,
        created: draft.created,
        updated: draft.updated,
      });
      return;
    }
    const buffer = await (await docxWriter.load()).renderDocx(built.document);
    // The id is [A-Za-z0-9_-] only: the name needs no quoting rules beyond the quotes.
    const filename = `wipo-${draft.input.type}-${draft.lang}-${draft.id}.docx`;
    res.writeHead(200, {
      'Content-Type': DOCX_TYPE,
      'Content-Length': buffer.length,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(buffer);
  });

  server.put('/api/letters/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '');
    const draft = await loadDraft(storage, id);
    if (!draft) return sendNotFound(res, 'id', `no letter "${id.slice(0, 40)}"`);
    const token = bearerToken(req.headers.authorization);
    const session = deps.secrets.verifySession(token);
    const mayEdit =
      deps.secrets.verifyEditToken(draft.id, token) ||
      (session !== undefined && draft.userId === pageUserId(session));
    if (!mayEdit)
      return sendError(
        res,
        403,
        'authorization',
        'editing needs the editToken of this letter or its owner’s session',
      );
    const ready = await prepare(req, res, deps.today());
    if (!ready) return;
    try {
      const saved = await updateDraft(storage, draft, ready.input, { today: deps.today() });
      res.send(200, letterBody(saved.id, ready.built));
    } catch (e) {
      if (!(e instanceof StorageConflictError)) throw e;
      res.send(409, {
        error: 'conflict',
        field: 'id',
        errors: [
          { field: 'id', message: 'the letter was changed by someone else; re-open it and try again' },
        ],
      });
    }
  });
}
