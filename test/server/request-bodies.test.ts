// What the server reads from a request: only JSON bodies, uncompressed, up to the size limit, and
// every refusal in the one error shape {error, field, errors}. Raw node:http requests, so headers
// and bodies go out exactly as an attacker would send them.
import http from 'node:http';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';

let s: TestServer;
let port = 0;
beforeAll(async () => {
  s = await startServer();
  port = Number(new URL(s.url).port);
});
afterAll(() => s.close());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: any;
}

function raw(method: string, path: string, headers: Record<string, string | number>, body?: Buffer) {
  return new Promise<Raw>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    // The server may answer and close before the whole body is sent: that is not an error here.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    req.end(body);
  });
}

const activity = {
  type: 'message',
  text: 'hello',
  channelId: 'webchat',
  conversation: { id: 'bodies-1' },
  from: { id: 'u' },
  deliveryMode: 'expectReplies',
};

function expectShape(r: Raw, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  expect(typeof r.json?.error).toBe('string');
  expect(typeof r.json?.field).toBe('string');
  expect(Array.isArray(r.json?.errors)).toBe(true);
  expect(r.json.errors[0]).toMatchObject({ field: expect.any(String), message: expect.any(String) });
}

const uploads = () => new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('upload_')));

describe('compressed bodies', () => {
  it('refuses a gzip body with 415 before inflating it', async () => {
    // 64 KB of gzip that would inflate to 64 MB of spaces inside a JSON string.
    const bomb = gzipSync(
      Buffer.concat([
        Buffer.from('{"type":"message","text":"'),
        Buffer.alloc(64 * 1024 * 1024, 32),
        Buffer.from('"}'),
      ]),
    );
    const before = process.memoryUsage().rss;
    const r = await raw(
      'POST',
      '/api/messages',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length },
      bomb,
    );
    expectShape(r, 415);
    expect(r.json.field).toBe('content-encoding');
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it.each(['deflate', 'br', 'GZIP', 'gzip, identity'])(
    'refuses Content-Encoding %s with 415',
    async (enc) => {
      const body = Buffer.from(JSON.stringify({ country: 'NP' }));
      const r = await raw(
        'POST',
        '/api/route',
        { 'Content-Type': 'application/json', 'Content-Encoding': enc, 'Content-Length': body.length },
        body,
      );
      expectShape(r, 415);
    },
  );

  it('reads a body marked identity', async () => {
    const body = Buffer.from(JSON.stringify({ country: 'NP', date: '2026-12-01' }));
    const r = await raw(
      'POST',
      '/api/route',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'identity', 'Content-Length': body.length },
      body,
    );
    expect(r.status).toBe(200);
  });
});

describe('only JSON bodies are read', () => {
  it('refuses a multipart upload with 415 and leaves nothing in the temp folder', async () => {
    const before = uploads();
    const boundary = 'xxBOUNDARYxx';
    const file = Buffer.alloc(5 * 1024 * 1024, 65);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    for (const path of ['/api/route', '/api/letters', '/api/messages', '/api/assess']) {
      const r = await raw(
        'POST',
        path,
        { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length },
        body,
      );
      expectShape(r, 415);
      expect(r.json.field).toBe('content-type');
    }
    await new Promise((r) => setTimeout(r, 200));
    const left = [...uploads()].filter((f) => !before.has(f));
    expect(left).toEqual([]);
  });

  it('refuses a form-encoded turn (a cross-site form cannot post to /api/messages)', async () => {
    const body = Buffer.from('type=message&text=hello&channelId=webchat&conversation[id]=x');
    const r = await raw(
      'POST',
      '/api/messages',
      { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length },
      body,
    );
    expectShape(r, 415);
  });

  it.each(['text/plain', 'text/csv', 'application/octet-stream', 'application/xml'])(
    'refuses %s with 415',
    async (type) => {
      const body = Buffer.from(JSON.stringify({ country: 'NP' }));
      const r = await raw(
        'POST',
        '/api/route',
        { 'Content-Type': type, 'Content-Length': body.length },
        body,
      );
      expectShape(r, 415);
    },
  );

  it('reads application/json with a charset', async () => {
    const body = Buffer.from(JSON.stringify({ country: 'NP', date: '2026-12-01' }));
    const r = await raw(
      'POST',
      '/api/route',
      { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length },
      body,
    );
    expect(r.status).toBe(200);
  });

  it('refuses a body over 256 KB with 413, by its length or by what arrives', async () => {
    const big = Buffer.from(JSON.stringify({ ...activity, text: 'x'.repeat(300 * 1024) }));
    expectShape(
      await raw(
        'POST',
        '/api/messages',
        { 'Content-Type': 'application/json', 'Content-Length': big.length },
        big,
      ),
      413,
    );
    // Chunked: no length announced; counted as it arrives.
    expectShape(
      await raw(
        'POST',
        '/api/messages',
        { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        big,
      ),
      413,
    );
  });

  it('answers malformed JSON with 400 in the same shape', async () => {
    const body = Buffer.from('{"type": "message",');
    const r = await raw(
      'POST',
      '/api/messages',
      { 'Content-Type': 'application/json', 'Content-Length': body.length },
      body,
    );
    expectShape(r, 400);
    expect(r.json.field).toBe('(body)');
  });
});

describe('every error answer has the shape {error, field, errors}', () => {
  it('404 for an unknown path', async () => {
    const r = await raw('GET', '/api/nothing-here', {});
    expectShape(r, 404);
  });

  it('405 for a known path with another method', async () => {
    const r = await raw('DELETE', '/api/route', {});
    expectShape(r, 405);
  });

  it('431 for headers too large', async () => {
    const r = await raw('GET', '/healthz', { 'X-Big': 'a'.repeat(64 * 1024) });
    expectShape(r, 431);
  });
});
