// Random text of any kind (broken surrogates, bidi marks, control characters, mixed scripts) never
// makes an understanding module throw, and what comes back is always well formed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYesNo } from '../../../src/flow/understand/yes-no.js';
import { choiceSynonyms, isRejection, matchChoice } from '../../../src/flow/understand/choice.js';
import { parseDate } from '../../../src/flow/understand/date.js';
import { matchLanguageAnswer } from '../../../src/flow/understand/language.js';
import { TEXT_FIELDS, cleanTextAnswer } from '../../../src/flow/understand/text-answer.js';
import { choicesFor } from '../../../src/flow/choices.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { parseIsoDate } from '../../../src/domain/calendar.js';
import { warmUpUnderstanding } from '../../../src/flow/understand/warm-up.js';
import { countryCorrection } from '../../../src/flow/understand/country-correction.js';
import { indexBuilds } from '../../../src/flow/understand/text.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');
const choices = choicesFor('requesterBodies', ctx, {}, 'en');
const synonyms = choiceSynonyms(ctx, 'requesterBodies');

// Pieces officials type, shuffled with noise, so the property also walks through the matchers.
const pieces = fc.constantFrom(
  'yes',
  'non',
  'нет',
  '不是',
  'لا',
  'ok',
  '2',
  'la primera',
  '第二个',
  'mars',
  '2027',
  '12月',
  'next',
  'في أيار/مايو',
  'ministère',
  'Embassy',
  'по-русски',
  'The signatory is',
  '\u200f',
  '\ud800',
  '?',
  '，',
  ' ',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((a) => a.join(' ')),
);

describe('understanding modules on any input', () => {
  it('never throw and return well-formed values', () => {
    fc.assert(
      fc.property(text, (t) => {
        const yn = parseYesNo(ctx, t);
        if (yn) {
          expect(['yes', 'no', 'unknown']).toContain(yn.value);
          if (yn.note !== undefined) expect(yn.note.trim()).not.toBe('');
        }
        const c = matchChoice(ctx, choices, t, synonyms);
        if (c) expect(choices).toContain(c);
        expect(typeof isRejection(ctx, t)).toBe('boolean');
        const d = parseDate(ctx, t);
        if (d) {
          const cal = parseIsoDate(d.iso);
          expect(cal).toBeDefined();
          expect(cal!.year).toBeGreaterThanOrEqual(1900);
          expect(cal!.year).toBeLessThanOrEqual(2200);
          if (d.precision === 'month') expect(cal!.day).toBe(1);
        }
        const l = matchLanguageAnswer(ctx, t);
        if (l) expect(LANGS).toContain(l);
        for (const field of TEXT_FIELDS) expect(typeof cleanTextAnswer(ctx, field, t)).toBe('string');
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('accept non-string input from untyped callers without throwing', () => {
    const odd = [undefined, null, 42, {}, ['yes']] as unknown as string[];
    for (const t of odd) {
      expect(() => parseYesNo(ctx, t)).not.toThrow();
      expect(() => matchChoice(ctx, choices, t, synonyms)).not.toThrow();
      expect(() => isRejection(ctx, t)).not.toThrow();
      expect(() => parseDate(ctx, t)).not.toThrow();
      expect(() => matchLanguageAnswer(ctx, t)).not.toThrow();
      expect(() => cleanTextAnswer(ctx, 'place', t)).not.toThrow();
    }
  });
});

/** The first call of every module on a context: how many word indexes it had to build. */
function firstCalls(fresh: ReturnType<typeof flowContext>): number {
  const before = indexBuilds();
  parseYesNo(fresh, 'oui');
  matchChoice(fresh, choices, 'Embassy', choiceSynonyms(fresh, 'requesterBodies'));
  isRejection(fresh, 'no');
  parseDate(fresh, 'mars 2027');
  matchLanguageAnswer(fresh, 'english');
  cleanTextAnswer(fresh, 'place', 'in Lima');
  countryCorrection(fresh, 'no, not Senegal but Mali', 'SN');
  return indexBuilds() - before;
}

describe('warmUpUnderstanding', () => {
  it('builds the word indexes up front, so no real call has to build one', () => {
    // Counted, not timed: the machines are shared, so a timing would be noise.
    expect(firstCalls(flowContext('2026-12-01'))).toBeGreaterThan(0);
    const warmed = flowContext('2026-12-01');
    warmUpUnderstanding(warmed);
    expect(firstCalls(warmed)).toBe(0);
  });
});
