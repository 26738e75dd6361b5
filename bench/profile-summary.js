// Summarises a .cpuprofile (from `node --cpu-prof`): self time by package (or by file of this
// project), and the heaviest functions. Run: node bench/profile-summary.js <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

// --from=<µs>: only the samples from that monotonic time (process.hrtime of any process on the
// machine) on, e.g. the load phase of a run, without the start-up.
const args = process.argv.slice(2);
const from = Number(args.find((a) => a.startsWith('--from='))?.slice(7) ?? 0);
const [file, topArg] = args.filter((a) => !a.startsWith('--'));
const top = Number(topArg ?? 15);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const dt = new Map();
let t = prof.startTime;
prof.samples.forEach((id, i) => {
  t += prof.timeDeltas[i] ?? 0;
  if (t >= from) dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
});

function where(url) {
  if (!url) return '(native/gc/idle)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const d = /\/(dist\/.*|bench\/.*)$/.exec(url);
  return d ? d[1] : url;
}

const byWhere = new Map();
const byFn = new Map();
for (const n of prof.nodes) {
  const ms = dt.get(n.id) ?? 0;
  const w = n.callFrame.functionName === '(idle)' ? '(idle)' : where(n.callFrame.url);
  byWhere.set(w, (byWhere.get(w) ?? 0) + ms);
  const f = `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  byFn.set(f, (byFn.get(f) ?? 0) + ms);
}
const total = [...byWhere.values()].reduce((a, b) => a + b, 0);
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${v.toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
print('self time by package / file', byWhere);
print('self time by function', byFn);
