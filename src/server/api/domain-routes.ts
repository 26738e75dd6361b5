// JSON API over the pure domain: /api/programs, /api/route, /api/lead-time, /api/assess.
// Every body and query is validated with zod first; bad input is a 400 naming the field.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { finderModule } from '../finder-module.js';
import { offeredTo } from '../../domain/finder/offered-to.js';
import { route } from '../../domain/routing.js';
import { checkLeadTime } from '../../domain/lead-time.js';
import { assess, EligibilityAnswers } from '../../domain/eligibility.js';
import { programView } from '../../present/program.js';
import { alsoUnitOf, consultPhrase, describeRoute } from '../../present/route.js';
import { describeLeadTime } from '../../present/lead-time.js';
import { describeAssessment } from '../../present/assessment.js';
import { sendBadRequest, sendNotFound, zodFieldErrors } from '../http-errors.js';
import type { AppDeps } from '../deps.js';
import { WindowDate, WindowedText } from './date-window.js';

const LangParam = z.enum(LANGS).default('en');

const ProgramsQuery = z.object({
  q: z.string().max(500).default(''),
  lang: LangParam,
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** The requester's country: only programs offered to it, as in the chat. */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "NP"')
    .transform((c) => c.toUpperCase())
    .optional(),
});
const RouteBody = z.strictObject({
  country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "NP"'),
  date: WindowDate.optional(),
  programId: z.string().max(100).optional(),
  lang: LangParam,
});
const LeadTimeBody = z.strictObject({
  start: WindowedText(40),
  today: WindowedText(40).optional(),
  programId: z.string().max(100).optional(),
  /** With a country, a too-late verdict names the unit it is routed to. */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "NP"')
    .optional(),
  lang: LangParam,
});
const AssessBody = EligibilityAnswers.extend({ lang: LangParam });

// restify 12 takes async handlers of (req, res); a handler with (req, res, next) must call next().
type Handler = (req: Request, res: Response) => Promise<void>;

/** Parse with a schema or answer 400; handlers never see invalid input. */
function parsed<T>(
  schema: z.ZodType<T>,
  pick: (req: Request) => unknown,
  handle: (value: T, res: Response) => void | Promise<void>,
): Handler {
  return async (req, res) => {
    const result = schema.safeParse(pick(req));
    if (!result.success) return sendBadRequest(res, zodFieldErrors(result.error));
    await handle(result.data, res);
  };
}

/** The body; no body is `{}`. Anything but an object ("yes", 42, null, []) stays what it is and fails the schema. */
const body = (req: Request): unknown => (req.body === undefined ? {} : req.body);

export function registerDomainRoutes(server: Server, deps: AppDeps): void {
  const { knowledge: k, i18n } = deps;

  server.get(
    '/api/programs',
    parsed(
      ProgramsQuery,
      (req) => req.query ?? {},
      async (q, res) => {
        if (q.country && !k.countryByCode.has(q.country)) {
          return sendBadRequest(res, [{ field: 'country', message: 'unknown-country' }]);
        }
        const { searchPrograms } = await finderModule.load();
        const filter = offeredTo(k, q.country, deps.today());
        // The chat's ranking for the same (text, language, country): one function serves both.
        const found = q.q.trim()
          ? searchPrograms(deps.finder, q.q, { lang: q.lang, limit: q.limit, filter })
          : undefined;
        const results = found
          ? found.hits.map((h) => ({
              id: h.program.id,
              name: h.program.name[q.lang],
              url: h.program.url,
              area: h.program.area,
              score: h.score,
              matched: h.matched,
            }))
          : k.programs
              .filter(filter)
              .slice(0, q.limit)
              .map((p) => ({
                id: p.id,
                name: p.name[q.lang],
                url: p.url,
                area: p.area,
                score: 0,
                matched: [],
              }));
        const noGoodMatch = found?.noGoodMatch ?? false;
        res.send(200, {
          results,
          noGoodMatch,
          ...(noGoodMatch ? { message: i18n.forLang(q.lang)('finder:no-good-match') } : {}),
        });
      },
    ),
  );

  server.get(
    '/api/programs/:id',
    parsed(
      z.object({ id: z.string().max(100), lang: LangParam }),
      (req) => ({ ...req.query, id: req.params.id }),
      (q, res) => {
        const p = k.programById.get(q.id);
        if (!p) return sendNotFound(res, 'id', `no program "${q.id}"`);
        res.send(200, programView(k, p, q.lang));
      },
    ),
  );

  server.post(
    '/api/route',
    parsed(RouteBody, body, (b, res) => {
      const date = b.date ?? deps.today();
      const r = route(k, { country: b.country, date, ...(b.programId ? { programId: b.programId } : {}) });
      if (!r.ok) return sendBadRequest(res, [{ field: r.error.field, message: r.error.code }]);
      const view = describeRoute(k, r.value, b.lang, i18n.forLang(b.lang), b.programId);
      res.send(200, {
        primary: { id: view.primary.id, name: view.primary.name, address: view.primary.address },
        cc: view.cc.map((u) => ({ id: u.id, name: u.name })),
        addressee: { id: view.addressee.id, name: view.addressee.name, address: view.addressee.address },
        reason: view.reason,
        reasons: r.value.reasons,
        ldc: r.value.ldc,
        confirm: r.value.confirm,
        ask: view.ask,
        feedback: {
          id: view.feedback.id,
          name: view.feedback.name,
          contactTitle: view.feedback.contactTitle,
          address: view.feedback.address,
          text: view.feedbackText,
        },
      });
    }),
  );

  server.post(
    '/api/lead-time',
    parsed(LeadTimeBody, body, (b, res) => {
      let request;
      if (b.programId !== undefined) {
        const p = k.programById.get(b.programId);
        if (!p) return sendBadRequest(res, [{ field: 'programId', message: 'unknown-program' }]);
        request = p.request;
      }
      const today = b.today ?? deps.today();
      let unit: string | undefined;
      if (b.country !== undefined) {
        const routed = route(k, {
          country: b.country,
          date: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : deps.today(),
        });
        if (!routed.ok) return sendBadRequest(res, [{ field: 'country', message: 'unknown-country' }]);
        unit = consultPhrase(
          k,
          routed.value.primary,
          alsoUnitOf(routed.value),
          routed.value.date,
          b.lang,
          i18n.forLang(b.lang),
        );
      }
      const r = checkLeadTime(k.leadTime, { today, start: b.start, request });
      if (!r.ok) return sendBadRequest(res, [{ field: r.error.field, message: r.error.code }]);
      const lang: Lang = b.lang;
      res.send(200, {
        ...r.value,
        message: describeLeadTime(r.value, b.start, lang, i18n.forLang(lang), unit),
      });
    }),
  );

  server.post(
    '/api/assess',
    parsed(AssessBody, body, (b, res) => {
      const { lang, ...answers } = b;
      const a = assess(k, answers);
      res.send(200, { ...describeAssessment(a, i18n.forLang(lang)), counts: a.counts });
    }),
  );
}
