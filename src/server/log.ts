// Structured JSON logs (pino). What users type never reaches the log: the server logs events
// with hashed ids, step ids and timings, never activity text, values or letter fields; the
// redaction paths below catch anything that is passed by mistake.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Fields that may hold names, titles, institutions or typed text. */
export const REDACTED_FIELDS = [
  'text',
  'value',
  'input',
  'answers',
  'sender',
  'details',
  'body',
  'name',
] as const;

/**
 * What the log writes in place of a redacted field: the field itself at the top level of a log
 * object or in any object one level down (pino's "text" and "*.text"), and a request's
 * authorization and cookie headers.
 */
export const CENSOR = '[redacted]';

const REDACTED = new Set<string>(REDACTED_FIELDS);
const SECRET_HEADERS = ['authorization', 'cookie'];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The log object with the redacted fields censored, or the same object when it holds none (what
 * every turn's lines are): no copy, no allocation. Written here instead of pino's `redact`, which
 * parsed its 18 paths again on every line (~12% of everything a turn allocated, measured with the
 * sampling heap profiler). Never changes the caller's object: what is censored is a copy.
 */
export function redactFields(obj: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const value = obj[key];
    if (value === undefined) continue;
    if (REDACTED.has(key)) {
      (out ??= { ...obj })[key] = CENSOR;
      continue;
    }
    if (!isPlainObject(value)) continue;
    let inner: Record<string, unknown> | undefined;
    for (const k in value) {
      if (Object.hasOwn(value, k) && value[k] !== undefined && REDACTED.has(k))
        (inner ??= { ...value })[k] = CENSOR;
    }
    const headers = key === 'req' ? value.headers : undefined;
    if (isPlainObject(headers) && SECRET_HEADERS.some((h) => headers[h] !== undefined)) {
      const clean = { ...headers };
      for (const h of SECRET_HEADERS) if (clean[h] !== undefined) clean[h] = CENSOR;
      (inner ??= { ...value }).headers = clean;
    }
    if (inner) (out ??= { ...obj })[key] = inner;
  }
  return out ?? obj;
}

/**
 * Requests and errors that libraries log: the method and the error's type and message, never the
 * URL (it holds letter ids) or the headers.
 */
export const SERIALIZERS = {
  req: (r: { method?: unknown }) => ({ method: r?.method }),
  res: (r: { statusCode?: unknown }) => ({ statusCode: r?.statusCode }),
  err: (e: { name?: unknown; message?: unknown }) => ({ type: e?.name, message: e?.message }),
};

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ta-navigator' },
      formatters: { log: redactFields },
      serializers: SERIALIZERS,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
