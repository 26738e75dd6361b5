// The extra descriptors of the listening socket (src/server/accept-handles.ts): they exist, each
// accepts connections that the HTTP server then serves as its own, a loop iteration accepts more
// than one connection, and closing them lets the server close and the port refuse connections.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { addAcceptHandles, type AcceptHandles } from '../../src/server/accept-handles.js';

let server: http.Server | undefined;
let handles: AcceptHandles | undefined;
afterEach(async () => {
  handles?.close();
  server?.closeAllConnections();
  await new Promise((r) => (server?.listening ? server.close(r) : r(undefined)));
  server = handles = undefined;
});

async function listening(handler: http.RequestListener): Promise<number> {
  server = http.createServer({ keepAliveTimeout: 1000 }, handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** A GET on a new connection; resolves with the body. */
function get(port: number, path = '/'): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
  });
}

/** Resolves with the connect error's code, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

describe('extra accept handles', () => {
  it('adds the descriptors asked for; the HTTP server answers what each of them accepts', async () => {
    const port = await listening((req, res) => res.end(`ok ${req.url}`));
    handles = await addAcceptHandles(server!, 3);
    expect(handles.count).toBe(3);
    const bodies = await Promise.all(Array.from({ length: 40 }, (_, i) => get(port, `/${i}`)));
    expect(bodies).toEqual(Array.from({ length: 40 }, (_, i) => `ok /${i}`));
  });

  it('accepts several queued connections in one loop iteration', async () => {
    let block = true;
    const port = await listening((_req, res) => {
      // The first request holds the loop while the other connections queue up in the kernel.
      if (block) {
        block = false;
        const until = Date.now() + 300;
        while (Date.now() < until);
      }
      res.end('ok');
    });
    handles = await addAcceptHandles(server!, 3);
    const first = get(port);
    await new Promise((r) => setTimeout(r, 50));
    const accepts: number[] = [];
    // Counts loop iterations: an immediate runs once per iteration (the check phase).
    let iteration = 0;
    let counting = true;
    const tick = () => {
      iteration++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    server!.on('connection', () => accepts.push(iteration));
    const rest = Promise.all(Array.from({ length: 12 }, () => get(port)));
    await Promise.all([first, rest]);
    counting = false;
    // Every extra descriptor took part, and some iteration accepted more than one connection.
    expect(handles.accepted()).toHaveLength(3);
    expect(handles.accepted().every((n) => n > 0)).toBe(true);
    const perIteration = new Map<number, number>();
    for (const i of accepts) perIteration.set(i, (perIteration.get(i) ?? 0) + 1);
    expect(Math.max(...perIteration.values())).toBeGreaterThan(1);
  });

  it('once closed with the server, the port refuses connections and the server closes', async () => {
    const port = await listening((_req, res) => res.end('ok'));
    handles = await addAcceptHandles(server!, 2);
    expect(await get(port)).toBe('ok');
    handles.close();
    await new Promise((r) => server!.close(r));
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
  });

  it('adds nothing for 0 or for a server that is not listening', async () => {
    expect((await addAcceptHandles(http.createServer(), 4)).count).toBe(0);
    await listening((_req, res) => res.end('ok'));
    expect((await addAcceptHandles(server!, 0)).count).toBe(0);
  });
});
