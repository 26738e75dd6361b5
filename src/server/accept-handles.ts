// More than one connection accepted per event-loop iteration.
//
// Since libuv 1.45 (Node 20 and later) a listening socket accepts ONE connection per iteration of
// the event loop (libuv/libuv#3696; the regression is nodejs/performance#95). Under load one
// iteration serves every socket with a request ready, 10–40 ms here at 200 conversations, so
// 200 new connections waited 1–3 s, complete, in the kernel's accept queue (bench/README.md,
// fourth round: strace shows one accept4 per epoll_pwait). libuv accepts once per *handle*, and
// each file descriptor of the same listening socket is a handle of its own: with N descriptors
// an iteration accepts up to N. Node has no public way to duplicate a descriptor, but passing a
// handle over an IPC channel does (SCM_RIGHTS): a short-lived child receives the listening handle
// and sends it back `count` times, each arriving as a new descriptor of the same socket. Each is
// listened on by a net.Server that hands its connections to the HTTP server ('connection' is the
// documented way to give an http.Server a socket; it then tracks, times out and parses it as its
// own). When the queue is empty the extra handles cost one failed accept4 each per new connection.
import { spawn } from 'node:child_process';
import net from 'node:net';
import type { Server as HttpServer } from 'node:http';

/**
 * What the child runs: send the handle back `count` times. Node sends one handle at a time and
 * queues the rest until the parent acknowledges each, so the child must not leave by itself (a
 * disconnect drops the queue): its 'message' listener stays (with none, Node lets the channel go
 * and the child exits) and the parent disconnects it once it has them all.
 */
const CHILD = `process.on('message', (m, handle) => {
  const count = Math.min(Number(m && m.count) || 0, 64);
  if (!handle) return process.disconnect();
  for (let i = 0; i < count; i++) process.send('handle', handle);
});`;

export interface AcceptHandles {
  /** Extra descriptors listening beside the server's own. */
  readonly count: number;
  /** Connections each extra descriptor accepted (the tests look at it: that every one takes part). */
  accepted(): number[];
  /** Stops the extra descriptors accepting; call it with (before) the server's close. */
  close(): void;
}

const none: AcceptHandles = { count: 0, accepted: () => [], close: () => undefined };

/**
 * Adds `count` descriptors of `server`'s listening socket (which must be listening). Resolves
 * with what it could add (none if the child could not run, on Windows, or for `count` 0), never
 * rejects: the server works with its own descriptor whatever happens here.
 */
export function addAcceptHandles(
  server: HttpServer,
  count: number,
  opts: { timeoutMs?: number; onError?: (e: Error) => void } = {},
): Promise<AcceptHandles> {
  // `_handle` is net.Server's listening TCP handle (internal, stable since Node 0.x); passed as
  // is, it travels as a bare handle ('net.Native'), so the child never listens on it.
  const handle = (server as unknown as { _handle?: unknown })._handle;
  if (count <= 0 || process.platform === 'win32' || !server.listening || !handle)
    return Promise.resolve(none);
  return new Promise((resolve) => {
    const extras: net.Server[] = [];
    const counts: number[] = [];
    let closed = false;
    const result: AcceptHandles = {
      get count() {
        return extras.length;
      },
      accepted: () => [...counts],
      close() {
        closed = true;
        for (const extra of extras) extra.close();
        // The child's own copy of the descriptor keeps the socket listening too.
        if (child.exitCode === null && child.signalCode === null) child.kill();
      },
    };
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(process.execPath, ['-e', CHILD], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env: {},
    });
    // Resolved when the child has gone (below): until then its copy of the descriptor keeps
    // the socket listening, so a close() just after would leave the port open.
    const timer = setTimeout(() => child.kill(), opts.timeoutMs ?? 5000);
    let got = 0;
    child.on('message', (message, received) => {
      if (message !== 'handle' || !received) return;
      if (++got >= count) child.disconnect();
      // A server closed meanwhile (a quick stop) must not start listening again.
      if (closed || !server.listening) {
        (received as unknown as { close?: () => void }).close?.();
        return;
      }
      const i = counts.push(0) - 1;
      // The options http.Server gives its own net.Server.
      const extra = net.createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
        counts[i] = (counts[i] ?? 0) + 1;
        server.emit('connection', socket);
      });
      extra.on('error', (e) => opts.onError?.(e));
      extra.listen(received as unknown as net.ListenOptions);
      // The server's own handle keeps the process alive; these never should.
      extra.unref();
      extras.push(extra);
    });
    child.on('error', (e) => {
      opts.onError?.(e);
      finish();
    });
    child.on('exit', finish);
    child.send({ count }, handle as net.Server);
  });
}
