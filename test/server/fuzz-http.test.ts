// Fuzzing over HTTP (see fuzz/http-fuzzer.ts). FUZZ_SEED replays a run, FUZZ_TURNS sets its size
// (default 10,000). Prints "fuzz: N turns, L letters, E errors, seed S" (`npm run fuzz`).
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import { tr } from '../helpers/flow.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { runFuzz } from './fuzz/http-fuzzer.js';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
const turns = Number(process.env.FUZZ_TURNS ?? 10_000);

describe('fuzzing over HTTP', () => {
  it(`answers every generated turn with a valid reply and a valid state (seed ${seed})`, async () => {
    const s = await startServer();
    try {
      const started = Date.now();
      const report = await runFuzz({
        url: s.url,
        storage: s.deps.storage,
        seed,
        turns,
        turnFailedTexts: LANGS.map((l) => tr(l, 'common:turn-failed')),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz: ${report.turns} turns, ${report.letters} letters, ${report.errors.length} errors, seed ${seed}` +
          ` (${report.conversations} conversations, ${seconds} s; replay: FUZZ_SEED=${seed} npm run fuzz)`,
      );
      if (report.errors.length) console.log(report.errors.slice(0, 20).join('\n'));
      expect(report.errors.slice(0, 5)).toEqual([]);
      expect(report.turns).toBeGreaterThanOrEqual(turns);
      // At least a fifth of the conversations reach a drafted letter.
      expect(report.letters / report.conversations).toBeGreaterThanOrEqual(0.2);
    } finally {
      await s.close();
    }
  }, 600_000);
});
