// GET /api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr: the deadline
// as a calendar file. Stateless (everything is in the query, so any instance answers and nothing
// is stored) and strict: every parameter is checked, unknown ones refused, dates bounded; bad
// input is the usual 400 JSON naming the field.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import { sendBadRequest, zodFieldErrors } from '../http-errors.js';
import type { AppDeps } from '../deps.js';
import { addDays } from './days.js';
import { deadlineIcs } from './ics.js';
import { REMINDER_PATH } from './reminder-url.js';

/** How far back a deadline link keeps working, and how far ahead one may be. */
const PAST_DAYS = 366;
const FUTURE_DAYS = 10 * 366;
/** The start follows the deadline by the lead time: never before it, at most this much after. */
const START_AFTER_DAYS = 2 * 366;

export function reminderQuery(today: string, programExists: (id: string) => boolean) {
  const earliest = addDays(today, -PAST_DAYS);
  const latest = addDays(today, FUTURE_DAYS);
  return z
    .strictObject({
      submitBy: z.iso
        .date()
        .refine((d) => d >= earliest && d <= latest, `a date from ${earliest} to ${latest}`),
      start: z.iso.date(),
      program: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a program id, e.g. "tisc"')
        .refine(programExists, 'no such program')
        .optional(),
      lang: z.enum(LANGS).default('en'),
    })
    .superRefine((q, ctx) => {
      if (q.start < q.submitBy || q.start > addDays(q.submitBy, START_AFTER_DAYS))
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `the planned start, from submitBy to ${START_AFTER_DAYS} days after it`,
        });
    });
}

export function registerReminderRoute(server: Server, deps: AppDeps): void {
  server.get(REMINDER_PATH, async (req: Request, res: Response) => {
    const today = deps.today();
    const raw = (req.query ?? {}) as Record<string, unknown>;
    // A repeated parameter arrives as an array: refused like any other malformed value.
    const parsed = reminderQuery(today, (id) => deps.knowledge.programById.has(id)).safeParse(raw);
    if (!parsed.success) return sendBadRequest(res, zodFieldErrors(parsed.error));
    const { submitBy, start, program, lang } = parsed.data;
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
