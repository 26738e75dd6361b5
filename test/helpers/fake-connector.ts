// A stand-in for the Bot Connector on a loopback port: Teams activities that are not
// expectReplies (invokes) make the bot send its messages to `serviceUrl`; this records them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly body: any;
}

export interface FakeConnector {
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** The activities posted to conversations, in order. */
  activities(): any[];
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let n = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        body: text ? JSON.parse(text) : undefined,
      });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${++n}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    activities: () =>
      calls.filter((c) => c.method === 'POST' && c.path.startsWith('/v3/conversations/')).map((c) => c.body),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
