// Finder latency per query: every query of the public finder sets (six languages, the chat
// language as hint) is searched ROUNDS times; a query's latency is the median of its runs (the
// machines are shared, a single run may include a pause of the process), and p50/p95 are taken
// over the queries. The p95 of all single runs is printed too. Budget: p95 under 5 ms per query.
// Also the index build time at start-up (in a fresh process, as the server does it) and warm.
// Run: npx tsc -p tsconfig.build.json && node bench/finder-bench.js
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { URL, fileURLToPath } from 'node:url';
import { loadKnowledge } from '../dist/src/knowledge/load.js';
import { buildFinderIndex, findPrograms } from '../dist/src/domain/finder/finder.js';

const ROUNDS = Number(process.env.FINDER_BENCH_ROUNDS ?? 20);
const BUILDS = 5;
const P95_BUDGET_MS = 5;
const FIXTURES = fileURLToPath(new URL('../test/fixtures/finder/', import.meta.url));

function fixtureQueries() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.json')) files.push(path.join(dir, e.name));
    }
  };
  walk(FIXTURES);
  return files
    .flatMap((f) => JSON.parse(readFileSync(f, 'utf8')))
    .map((c) => ({ text: c.query, lang: c.chat ?? c.lang }));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Build time of the first index in a new process: nothing cached, nothing compiled yet. */
function startUpBuildMs() {
  const load = new URL('../dist/src/knowledge/load.js', import.meta.url).href;
  const finder = new URL('../dist/src/domain/finder/finder.js', import.meta.url).href;
  const code =
    `const { loadKnowledge } = await import(${JSON.stringify(load)});` +
    `const { buildFinderIndex } = await import(${JSON.stringify(finder)});` +
    `const k = loadKnowledge(); const t = performance.now(); buildFinderIndex(k);` +
    `console.log(performance.now() - t);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim(),
  );
}

export function finderBench({ rounds = ROUNDS, builds: buildCount = BUILDS } = {}) {
  const firstBuildMs = startUpBuildMs();
  const builds = [];
  let index;
  for (let i = 0; i < buildCount; i++) {
    // A fresh knowledge object each time: the index is cached per knowledge base.
    const k = loadKnowledge();
    const t = performance.now();
    index = buildFinderIndex(k);
    builds.push(performance.now() - t);
  }
  const queries = fixtureQueries();
  for (const q of queries) findPrograms(index, q.text, { lang: q.lang, limit: 5 }); // warm-up
  const runs = queries.map(() => []);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      findPrograms(index, q.text, { lang: q.lang, limit: 5 });
      runs[i].push(performance.now() - t);
    });
  }
  const perQuery = runs.map(median).sort((a, b) => a - b);
  const all = runs.flat().sort((a, b) => a - b);
  return {
    queries: queries.length,
    rounds,
    p50ms: percentile(perQuery, 50),
    p95ms: percentile(perQuery, 95),
    maxMs: perQuery[perQuery.length - 1],
    singleRunP95ms: percentile(all, 95),
    firstBuildMs,
    warmBuildMs: median(builds),
  };
}

export function printFinderBench(r) {
  const f = (x) => x.toFixed(2);
  const within = r.p95ms < P95_BUDGET_MS ? 'within' : 'OVER';
  console.log(
    `finder: ${r.queries} queries × ${r.rounds} runs   per query p50 ${f(r.p50ms)} ms   p95 ${f(r.p95ms)} ms` +
      `   max ${f(r.maxMs)} ms   (${within} the ${P95_BUDGET_MS} ms budget; p95 of single runs ${f(r.singleRunP95ms)} ms)`,
  );
  console.log(`finder index build: ${f(r.firstBuildMs)} ms at start-up, ${f(r.warmBuildMs)} ms warm`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  printFinderBench(finderBench());
}
