// Who is asking, and which origin links should point to. X-Forwarded-* headers are anyone's to
// send, so they count only with TRUST_PROXY=1, when a proxy of ours sets them.
import { isIP } from 'node:net';
import type { Request } from 'restify';
import type { Config } from '../config.js';

type ProxyConfig = Pick<Config, 'TRUST_PROXY' | 'PUBLIC_URL' | 'PORT'>;

const first = (v: string | string[] | undefined): string =>
  (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() ?? '';

/** The client's IP: the socket's, or with TRUST_PROXY the address our proxy appended last. */
export function clientAddress(req: Request, config: ProxyConfig): string {
  const socket = req.socket?.remoteAddress ?? '';
  if (!config.TRUST_PROXY) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return forwarded && isIP(forwarded) ? forwarded : socket;
}

export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/** Where links in replies point: PUBLIC_URL, else the origin the request came to. */
export function baseUrlOf(req: Request, config: ProxyConfig): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/$/, '');
  const proto = (config.TRUST_PROXY && first(req.headers['x-forwarded-proto'])) || 'http';
  const host = (config.TRUST_PROXY && first(req.headers['x-forwarded-host'])) || first(req.headers.host);
  return /^[\w.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/.test(host)
    ? `${proto === 'https' ? 'https' : 'http'}://${host}`
    : `http://localhost:${config.PORT}`;
}

/**
 * Is `serviceUrl` under one of the allowed URL prefixes (same origin, path prefix)? An entry
 * "http://host:*" stands for every port of that host.
 */
export function serviceUrlAllowed(serviceUrl: string | undefined, allowed: readonly string[]): boolean {
  const url = serviceUrl ? URL.parse(serviceUrl) : null;
  if (!url) return false;
  return allowed.some((entry) => {
    const anyPort = entry.includes(':*');
    const a = URL.parse(anyPort ? entry.replace(':*', '') : entry);
    if (!a) return false;
    const sameOrigin = anyPort
      ? a.protocol === url.protocol && a.hostname === url.hostname
      : a.origin === url.origin;
    return sameOrigin && url.pathname.startsWith(a.pathname);
  });
}
