// The Web Chat page: `/` (public/index.html with a fresh CSP nonce), `/static/*` (the files in
// public/) and `/webchat/webchat.js` (Bot Framework Web Chat from node_modules, no CDN).
// Everything is read once and kept in memory (restart after editing public/); the page may load
// nothing from another origin.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, parse, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { projectPath } from '../paths.js';

const gzipAsync = promisify(gzip);

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/** Headers every response of these routes carries. */
const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** SHA-256 of the empty string: allows empty <style> elements, and only those. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * Only this origin, no 'unsafe-inline', no 'unsafe-eval'. Measured in Chromium with Web Chat 4.18:
 * - Web Chat's emotion <style> tags carry the page's nonce (its `nonce` prop);
 * - its transcript's react-scroll-to-bottom instance is created without the nonce: it inserts an
 *   empty <style> and fills it through CSSOM insertRule, which CSP does not govern, so allowing
 *   exactly the empty element (by its hash) is enough;
 * - Adaptive Cards and React set styles through the CSSOM too, so no style attribute is needed;
 * - the typing indicator's GIFs are blob: URLs made by Web Chat, its icons data: URLs.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  gzipped?: Promise<Buffer>;
}

function asset(body: Buffer, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * The botframework-webchat package folder. Its `exports` map has only ".", so
 * require.resolve('botframework-webchat/dist/webchat.js') fails: resolve the entry, walk up.
 */
export function webChatBundlePath(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('botframework-webchat'));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('botframework-webchat: package folder not found');
    dir = up;
  }
  return join(dir, 'dist', 'webchat.js');
}

// Path segments of a servable file: no dot-files, no "..", no backslashes or encoded separators.
const SAFE_PATH =
  /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*(\/[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*)*$/;

/** public/<relative> when it is a servable file strictly inside public/, else undefined. */
function publicFile(publicDir: string, relative: string): string | undefined {
  if (!SAFE_PATH.test(relative) || !TYPES[extname(relative)]) return undefined;
  const file = resolve(publicDir, relative);
  if (!file.startsWith(publicDir + sep) || parse(file).base === 'index.html') return undefined;
  return existsSync(file) ? file : undefined;
}

function notFound(res: Response): void {
  res.writeHead(404, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end('Not found\n');
}

async function sendAsset(req: Request, res: Response, file: Asset, cacheControl: string): Promise<void> {
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'Content-Type': file.type,
    'Cache-Control': cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = file.body;
  // Web Chat is 3.9 MB; gzip it once (about 1 MB) and reuse.
  if (body.length > 16 * 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    file.gzipped ??= gzipAsync(file.body, { level: 9 });
    body = await file.gzipped;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(body);
}

export interface WebChatRoutesOptions {
  /** Folder with index.html, app.js, app.css (default: <project>/public). */
  readonly publicDir?: string;
  /** Where the page posts activities (default /api/messages). */
  readonly endpoint?: string;
  /** The page's own words per language (locales/<lang>/page.json), put into the page as JSON. */
  readonly pageStrings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export function registerWebChatRoutes(server: Server, options: WebChatRoutesOptions = {}): void {
  const publicDir = resolve(options.publicDir ?? projectPath('public'));
  const cache = new Map<string, Asset>();
  const cached = (key: string, load: () => Asset): Asset => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = load()));
    return hit;
  };
  let indexHtml: string | undefined;
  const page = (): string => (indexHtml ??= readFileSync(join(publicDir, 'index.html'), 'utf8'));

  const index = async (_req: Request, res: Response): Promise<void> => {
    const nonce = randomBytes(18).toString('base64');
    const body = Buffer.from(
      page()
        .replaceAll('__CSP_NONCE__', nonce)
        .replaceAll('__ENDPOINT__', options.endpoint ?? '/api/messages')
        // JSON in a data block: "<" escaped so no text can close the script element.
        .replace('__PAGE_STRINGS__', () =>
          JSON.stringify(options.pageStrings ?? {}).replaceAll('<', '\\u003c'),
        ),
      'utf8',
    );
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': TYPES['.html']!,
      'Content-Length': String(body.length),
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      // The nonce changes on every load, so the page itself is never cached.
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };

  const webchat = async (req: Request, res: Response): Promise<void> => {
    const file = cached('webchat.js', () => asset(readFileSync(webChatBundlePath()), TYPES['.js']!));
    await sendAsset(req, res, file, 'public, max-age=86400');
  };

  const staticFile = async (req: Request, res: Response): Promise<void> => {
    const relative = String((req.params as Record<string, unknown>)['*'] ?? '');
    const file = publicFile(publicDir, relative);
    if (!file) return notFound(res);
    const entry = cached(file, () => asset(readFileSync(file), TYPES[extname(file)]!));
    // Short cache: app.js and app.css change with each release and are not fingerprinted.
    await sendAsset(req, res, entry, 'public, max-age=300');
  };

  for (const [path, handler] of [
    ['/', index],
    ['/webchat/webchat.js', webchat],
    ['/static/*', staticFile],
  ] as const) {
    server.get(path, handler);
    server.head(path, handler);
  }
}
