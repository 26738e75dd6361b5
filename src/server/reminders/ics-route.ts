// GET /api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr: the deadline
// as a calendar file. Stateless (everything is in the query, so any instance answers and nothing
// is stored) and strict: every parameter is checked, unknown ones refused, dates bounded; bad
// input is the usual 400 JSON naming the field.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import { sendBadRequest, zodFieldErrors } from '../http-errors.js';
import type { AppDeps } from '../deps.js';
import { parseIsoDate } from '../../domain/calendar.js';
import { addDays } from './days.js';
import { REMINDER_PATH } from './reminder-url.js';
import { lazyModule } from '../lazy-module.js';

/** ical-generator, imported by the first calendar file asked for. */
const icsWriter = lazyModule(() => import('./ics.js'));

/** How far back a deadline link keeps working, and how far ahead one may be. */
const PAST_DAYS = 366;
const FUTURE_DAYS = 10 * 366;
/** The start follows the deadline by the lead time: never before it, at most this much after. */
const START_AFTER_DAYS = 2 * 366;

/** A real calendar day as YYYY-MM-DD (2027-02-30 is refused). */
const IsoDate = z.iso.date().refine((d) => parseIsoDate(d) !== undefined, 'not a day of the calendar');

export function reminderQuery(today: string, programExists: (id: string) => boolean) {
  const earliest = addDays(today, -PAST_DAYS);
  const latest = addDays(today, FUTURE_DAYS);
  return z
    .strictObject({
      submitBy: IsoDate.refine((d) => d >= earliest && d <= latest, `a date from ${earliest} to ${latest}`),
      start: IsoDate,
      program: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a program id, e.g. "tisc"')
        .refine(programExists, 'no such program')
        .optional(),
      lang: z.enum(LANGS).default('en'),
    })
    .superRefine((q, ctx) => {
      // Field checks that failed still reach here (zod goes on to collect every issue).
      if (!parseIsoDate(q.submitBy) || !parseIsoDate(q.start)) return;
      if (q.start < q.submitBy || q.start > addDays(q.submitBy, START_AFTER_DAYS))
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `the planned start, from submitBy to ${START_AFTER_DAYS} days after it`,
        });
    });
}

const PARAMETERS: ReadonlySet<string> = new Set(['submitBy', 'start', 'program', 'lang']);

/** As zodFieldErrors, but an unknown parameter is named, not reported as the whole query. */
function fieldErrors(error: z.ZodError) {
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ field: k.slice(0, 40), message: 'unknown parameter' }))
      : zodFieldErrors(new z.ZodError([i])),
  );
}

export function registerReminderRoute(server: Server, deps: AppDeps): void {
  server.get(REMINDER_PATH, async (req: Request, res: Response) => {
    const today = deps.today();
    const raw = (req.query ?? {}) as Record<string, unknown>;
    // The query parser drops names every object has ("constructor", "toString", "__proto__"), so
    // zod never sees them: the names as sent are checked against the list first.
    const sent = new URL(req.url ?? '/', 'http://localhost').searchParams.keys();
    const unknown = [...new Set(sent)].filter((k) => !PARAMETERS.has(k));
    if (unknown.length)
      return sendBadRequest(
        res,
        unknown.map((k) => ({ field: k.slice(0, 40), message: 'unknown parameter' })),
      );
    // A repeated parameter arrives as an array: refused like any other malformed value.
    const parsed = reminderQuery(today, (id) => deps.knowledge.programById.has(id)).safeParse(raw);
    if (!parsed.success) return sendBadRequest(res, fieldErrors(parsed.error));
    const { submitBy, start, program, lang } = parsed.data;
    const { deadlineIcs } = await icsWriter.load();
    const body = Buffer.from(
      deadlineIcs(
        deps.knowledge,
        deps.i18n.forLang(lang),
        { submitBy, start, lang, ...(program ? { programId: program } : {}) },
        today,
      ),
      'utf8',
    );
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Length': String(body.length),
      'Content-Disposition': `attachment; filename="wipo-request-deadline-${submitBy}.ics"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
}
