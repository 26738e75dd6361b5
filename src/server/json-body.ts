// Reads request bodies, and only JSON ones: uncompressed (Content-Encoding absent or identity),
// Content-Type application/json in UTF-8, at most `limit` bytes. Everything else is refused
// before a byte is read, so nothing is inflated in memory and nothing is written to disk.
// restify's bodyParser (11 and 12) inflates gzip without counting the inflated bytes and hands
// multipart bodies to formidable, which writes them to the OS temp folder and leaves them there.
import getRawBody from 'raw-body';
import type { Next, Request, Response } from 'restify';
import { sendError } from './http-errors.js';

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(res: Response, next: Next, status: number, field: string, message: string): void {
  // The rest of the body is not read: close the connection rather than wait for it.
  res.setHeader('Connection', 'close');
  sendError(res, status, field, message);
  next(false);
}

/** The media type and charset of a Content-Type header, lower-cased. */
function contentType(header: string | undefined): { media: string; charset?: string } {
  const [media = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { media: media.trim().toLowerCase(), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

export function jsonBodyReader(options: { readonly limit: number }) {
  return function readJsonBody(req: Request, res: Response, next: Next): void {
    const length = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (WITHOUT_BODY.has(req.method ?? '') || (!chunked && (length === undefined || length === '0'))) {
      req.body = undefined;
      return next();
    }
    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (encoding !== 'identity')
      return refuse(res, next, 415, 'content-encoding', 'only uncompressed bodies are read');
    const type = contentType(req.headers['content-type']);
    if (type.media !== 'application/json')
      return refuse(res, next, 415, 'content-type', 'only application/json bodies are read');
    if (type.charset && type.charset !== 'utf-8' && type.charset !== 'utf8')
      return refuse(res, next, 415, 'content-type', 'only UTF-8 JSON is read');
    if (!chunked && Number(length) > options.limit)
      return refuse(res, next, 413, '(body)', `the body is larger than ${options.limit} bytes`);

    getRawBody(req, { limit: options.limit, encoding: 'utf-8', ...(chunked ? {} : { length }) }).then(
      (text) => {
        if (text.trim() === '') {
          req.body = undefined;
          return next();
        }
        try {
          req.body = JSON.parse(text) as unknown;
        } catch {
          sendError(res, 400, '(body)', 'the body is not valid JSON');
          return next(false);
        }
        next();
      },
      (e: { type?: string; status?: number }) => {
        if (e.type === 'entity.too.large')
          return refuse(res, next, 413, '(body)', `the body is larger than ${options.limit} bytes`);
        // Aborted or cut short: the length announced was not what arrived.
        refuse(res, next, 400, '(body)', 'the body could not be read');
      },
    );
  };
}
