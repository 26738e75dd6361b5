// Loaded into the server with `node --import ./bench/accept-hook.js` by accept-stall.js: when
// each socket was accepted and when its first request began (epoch ms, high resolution), by the
// client's port, written to ACCEPT_HOOK_OUT as the process exits.
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';

const now = () => performance.timeOrigin + performance.now();
const accepted = new Map();
const rows = [];
const emit = net.Server.prototype.emit;
net.Server.prototype.emit = function (event, ...args) {
  if (event === 'connection') accepted.set(args[0].remotePort, now());
  if (event === 'request') {
    const socket = args[0].socket;
    if (!socket.acceptHookSeen) {
      socket.acceptHookSeen = true;
      rows.push([socket.remotePort, accepted.get(socket.remotePort), now()]);
    }
  }
  return emit.call(this, event, ...args);
};
process.on('exit', () => writeFileSync(process.env.ACCEPT_HOOK_OUT, JSON.stringify(rows)));
