// Who is asking and where replies may go: loopback detection, X-Forwarded-For only behind our
// proxy, and the serviceUrl allow-list (with "host:*" for any port).
import { describe, expect, it } from 'vitest';
import type { Request } from 'restify';
import { clientAddress, isLoopback, serviceUrlAllowed } from '../../src/server/client-address.js';
import { loadConfig } from '../../src/config.js';

const req = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as Request;
const cfg = (TRUST_PROXY: boolean) => ({ TRUST_PROXY, PUBLIC_URL: undefined, PORT: 3978 });

describe('client address', () => {
  it('knows loopback in IPv4, IPv6 and mapped form', () => {
    for (const a of ['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '203.0.113.7', '', '::2', '127.0.0.1.evil'])
      expect(isLoopback(a), a).toBe(false);
  });

  it('believes X-Forwarded-For (its last entry, set by our proxy) only with TRUST_PROXY', () => {
    const r = req('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' });
    expect(clientAddress(r, cfg(false))).toBe('127.0.0.1');
    expect(clientAddress(r, cfg(true))).toBe('203.0.113.7');
    expect(clientAddress(req('127.0.0.1', { 'x-forwarded-for': 'junk' }), cfg(true))).toBe('127.0.0.1');
  });
});

describe('ALLOWED_SERVICE_URLS', () => {
  it('allows the listed origins and paths only', () => {
    const allowed = loadConfig({
      ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net/emea/, http://localhost:*',
    }).ALLOWED_SERVICE_URLS;
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/emea/v3/x', allowed)).toBe(true);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/amer/', allowed)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net.evil.example/emea/', allowed)).toBe(false);
    expect(serviceUrlAllowed('http://localhost:53000', allowed)).toBe(true);
    expect(serviceUrlAllowed('http://localhost.evil.example:53000', allowed)).toBe(false);
    expect(serviceUrlAllowed('https://localhost:53000', allowed)).toBe(false);
    expect(serviceUrlAllowed(undefined, allowed)).toBe(false);
    expect(serviceUrlAllowed('http://localhost:53000', [])).toBe(false);
  });

  it('refuses a value that is not an http(s) URL at start-up', () => {
    expect(() => loadConfig({ ALLOWED_SERVICE_URLS: 'file:///etc' })).toThrow(
      /ALLOWED_SERVICE_URLS|not an http/,
    );
  });
});
