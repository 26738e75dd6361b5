import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebChatRoutes } from '../../src/server/webchat-routes.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let server: restify.Server;
let port = 0;

/** A raw request: unlike fetch, node:http sends the path as written ("..", %2e), as an attacker would. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = restify.createServer({ name: 'webchat-routes-test', handleUncaughtExceptions: false });
  registerWebChatRoutes(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('Web Chat page routes', () => {
  it('/ answers the page with a nonce-based CSP that allows only this origin', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body.toString('utf8');
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    const csp = String(res.headers['content-security-policy']);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).not.toContain('__CSP_NONCE__');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('gives every page load its own nonce', async () => {
    const [a, b] = await Promise.all([get('/'), get('/')]);
    expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
  });

  it('/webchat/webchat.js serves the Web Chat bundle from node_modules as JavaScript, gzipped on request', async () => {
    const plain = await get('/webchat/webchat.js');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.body.length).toBeGreaterThan(1_000_000);
    expect(plain.body.toString('utf8')).toContain('renderWebChat');

    const zipped = await get('/webchat/webchat.js', { 'Accept-Encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);

    const again = await get('/webchat/webchat.js', { 'If-None-Match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it.each([
    ['/static/app.js', 'text/javascript; charset=utf-8'],
    ['/static/app.css', 'text/css; charset=utf-8'],
    ['/static/favicon.png', 'image/png'],
    ['/static/about.html', 'text/html; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('HEAD answers the headers without a body', async () => {
    const res = await get('/static/app.js', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it.each([
    '/static/../package.json',
    '/static/%2e%2e/package.json',
    '/static/..%2fpackage.json',
    '/static/..%5cpackage.json',
    '/static/%2fetc%2fpasswd',
    '/static/.hidden.js',
    '/static/index.html',
    '/static/missing.js',
    '/static/app.js.map',
  ])('%s is refused', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).not.toContain('"name"');
  });

  it('resolves "." segments as a browser does, never outside /static/', async () => {
    // restify 12 removes dot segments before routing: /static/./app.js is /static/app.js.
    const same = await get('/static/./app.js');
    expect(same.status).toBe(200);
    expect(same.body.equals((await get('/static/app.js')).body)).toBe(true);
    expect((await get('/static/./../package.json')).status).toBe(404);
    expect((await get('/static/%2e/%2e%2e/package.json')).status).toBe(404);
  });
});
