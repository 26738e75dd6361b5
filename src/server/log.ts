// Structured JSON logs (pino). What users type never reaches the log: the server logs events
// with hashed ids, step ids and timings, never activity text, values or letter fields; the
// redaction paths below catch anything that is passed by mistake.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Fields that may hold names, titles, institutions or typed text. */
export const REDACTED_PATHS = [
  'text',
  'value',
  'input',
  'answers',
  'sender',
  'details',
  'body',
  'name',
  '*.text',
  '*.value',
  '*.input',
  '*.answers',
  '*.sender',
  '*.details',
  '*.body',
  '*.name',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ta-navigator' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Requests and errors that libraries log: the method and the error's type and message,
      // never the URL (it holds letter ids) or the headers.
      serializers: {
        req: (r: { method?: unknown }) => ({ method: r?.method }),
        res: (r: { statusCode?: unknown }) => ({ statusCode: r?.statusCode }),
        err: (e: { name?: unknown; message?: unknown }) => ({ type: e?.name, message: e?.message }),
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
