// The pure pieces a turn calls, timed in this process: a DOCX letter (compose + render, as
// GET /api/letters/<id>.docx does) for each of the 18 letter fixtures (6 languages × 3 kinds),
// and the lead-time check and the routing for every country × program of the knowledge base.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { loadKnowledge } from '../dist/src/knowledge/load.js';
import { createI18n } from '../dist/src/i18n/index.js';
import { LetterInput, LETTER_TYPES } from '../dist/src/domain/letters/input.js';
import { LANGS } from '../dist/src/knowledge/schema.js';
import { buildLetter } from '../dist/src/letters/build.js';
import { renderDocx } from '../dist/src/letters/render-docx.js';
import { checkLeadTime } from '../dist/src/domain/lead-time.js';
import { route } from '../dist/src/domain/routing.js';

const TODAY = '2026-06-10';
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function domainBench({ letterRounds = 5, routingRounds = 20 } = {}) {
  const k = loadKnowledge();
  const i18n = createI18n();
  const forLang = (l) => i18n.forLang(l);
  const inputs = LANGS.flatMap((lang) =>
    LETTER_TYPES.map((type) =>
      LetterInput.parse(
        JSON.parse(
          readFileSync(
            fileURLToPath(new URL(`../test/fixtures/letters/${lang}-${type}.json`, import.meta.url)),
            'utf8',
          ),
        ),
      ),
    ),
  );
  const docx = async (input) => {
    const built = buildLetter(k, forLang, input, { today: TODAY });
    if (!built.ok) throw new Error(`letter fixture: ${built.error.code}`);
    return renderDocx(built.value.document);
  };
  for (const input of inputs) await docx(input); // warm-up
  const perLetter = [];
  for (const input of inputs) {
    const runs = [];
    for (let r = 0; r < letterRounds; r++) {
      const t = performance.now();
      await docx(input);
      runs.push(performance.now() - t);
    }
    perLetter.push(median(runs));
  }
  perLetter.sort((a, b) => a - b);

  const countries = [...k.countryByCode.keys()];
  const programs = [...k.programById.keys()];
  const starts = ['2026-07-01', '2026-12-01', '2027-03-15', '2027-09-01'];
  const timeLoop = (fn) => {
    let calls = 0;
    fn(() => calls++); // warm-up
    calls = 0;
    const t = performance.now();
    for (let r = 0; r < routingRounds; r++) fn(() => calls++);
    return (performance.now() - t) / calls;
  };
  const leadTimeMs = timeLoop((count) => {
    for (const start of starts) {
      checkLeadTime(k.leadTime, { today: TODAY, start });
      count();
    }
  });
  const routingMs = timeLoop((count) => {
    for (const country of countries)
      for (const programId of programs) {
        route(k, { country, date: TODAY, programId });
        count();
      }
  });
  return {
    letters: inputs.length,
    docxP50ms: percentile(perLetter, 50),
    docxMaxMs: perLetter[perLetter.length - 1],
    leadTimeMs,
    routingMs,
    routingCalls: countries.length * programs.length,
  };
}
