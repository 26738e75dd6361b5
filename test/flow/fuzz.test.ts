// Bad input never crashes the bot and never loses the conversation: random sequences of typed
// text, button values and card payloads, in every language, always get a reply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turn } from '../../src/flow/engine.js';
import type { ConversationState, TurnInput, TurnResult } from '../../src/flow/types.js';
import { STEPS, STEP_BY_ID } from '../../dialogs/steps.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { flowContext } from '../helpers/flow.js';
import { teamsCard } from '../../src/server/channels/teams-cards.js';
import { formCard } from '../../src/server/channels/markdown.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { teamsCardProblems } from '../helpers/teams-card-rules.js';
import { renderContext } from '../helpers/render.js';

const ctx = flowContext();
const values = [
  'goal:find',
  'goal:check',
  'goal:letter',
  'goal:contact',
  'goal:letter-review',
  'yes',
  'no',
  'unknown',
  'browse',
  'why',
  'menu',
  'back',
  'drafts',
  'language',
  'retry',
  'new-search',
  'letter-lang',
  'draft',
  'edit:country',
  'edit:nope',
  'keep',
  'take:2027-06-01',
  'take:garbage',
  'SN',
  'NP',
  'ZZ',
  'tisc',
  'h',
  'other-date',
  'skip',
  'lang:ar',
  'lang:xx',
  '2027-07-01',
  '1999-01-01',
];
const texts = [
  'SN',
  'Senegal',
  'TISC',
  'back',
  'why',
  'help',
  'menu',
  'cancel',
  'start over',
  'oui',
  'нет',
  '不知道',
  'نعم',
  'March 2027',
  '31/02/2027',
  '',
  ' ',
  '1',
  '99',
  'x'.repeat(3000),
  '\u0000\u0007',
  '<script>alert(1)</script>',
  'français',
  'English',
  'we need patent databases',
  '🙂',
];

const noise: fc.Arbitrary<TurnInput> = fc.oneof(
  fc.constantFrom(...texts).map((text) => ({ text })),
  fc.string({ maxLength: 60 }).map((text) => ({ text })),
  fc.constantFrom(...values).map((choice) => ({ value: { choice } })),
  fc.anything().map((value) => ({ value })),
  fc.constantFrom(...LANGS, 'de-DE', '', 'xx').map((locale) => ({ start: true, locale })),
);

/** A plausible typed answer for each kind of question, so random conversations get far. */
const TYPED: Record<string, readonly string[]> = {
  country: ['Senegal', 'NP', 'Kenya', 'Perú', 'Côte d’Ivoire', 'Кыргызстан', '肯尼亚', 'السنغال'],
  need: [
    'we want a technology and innovation support centre',
    'formar a los funcionarios de aduanas',
    '建立技术与创新支持中心',
  ],
  date: [
    'June 2027',
    'mars 2027',
    'septembre 2027',
    'January 2027',
    '2027年3月',
    'April 2027',
    '2028-01',
    'февраль 2027',
  ],
  text: [
    'Aminata Diallo',
    'Ministère du Commerce',
    '40 chercheurs et 10 bibliothécaires',
    'De juillet 2027 à juin 2028',
  ],
};

/** One move, decided by `pick` against what the bot just offered: mostly a sensible answer. */
function move(pick: number, last: TurnResult | undefined, extra: TurnInput): TurnInput {
  const all = last?.replies.flatMap((r) => r.choices ?? []).filter((c) => c.value !== 'why') ?? [];
  // Mostly forward: now and then a detour (another search, the menu, another task).
  const detour = /^(new-search|menu|goal:|letter-lang|drafts|language|other-date|retry|none|edit:)/;
  const forward = all.filter((c) => !detour.test(c.value));
  const offered = forward.length && pick % 7 !== 0 ? forward : all;
  const step = last?.status.step;
  const kind = step ? STEP_BY_ID.get(step)?.input : undefined;
  const form = last?.replies.at(-1)?.form;
  switch (pick % 20) {
    case 0:
      return extra;
    case 1:
      if (form)
        return {
          value: { form: form.id, ...Object.fromEntries(form.fields.map((f) => [f.id, 'Réponse ' + f.id])) },
        };
    // falls through
    default: {
      const typed = kind ? TYPED[kind] : undefined;
      if (typed && (offered.length === 0 || pick % 3 === 0)) return { text: typed[pick % typed.length]! };
      if (offered.length) return { value: { choice: offered[pick % offered.length]!.value } };
      return { text: TYPED.text![pick % 4]! };
    }
  }
}

describe('fuzzing the engine', () => {
  it('answers every input, keeps a well-formed state, and reaches every step and letters', () => {
    const reached = new Set<string>();
    let letters = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom('goal:find', 'goal:check', 'goal:letter', 'goal:contact'),
        fc.array(fc.tuple(fc.noBias(fc.nat(9999)), noise), { minLength: 40, maxLength: 80 }),
        (lang, goal, moves) => {
          let state: ConversationState | undefined = turn(ctx, undefined, {
            start: true,
            locale: lang,
          }).state;
          let last: TurnResult | undefined = turn(ctx, state, { value: { choice: goal } });
          state = last.state;
          for (const [pick, extra] of moves) {
            const result = turn(ctx, state, move(pick, last, extra));
            expect(result.replies.length + result.effects.length).toBeGreaterThan(0);
            for (const r of result.replies) {
              expect(typeof r.text).toBe('string');
              // Whatever the conversation, every card Teams (or Web Chat, for a form) would get is
              // a valid Adaptive Card 1.5 that Teams shows as designed.
              const lang = result.state.lang ?? 'en';
              const card = teamsCard(r, renderContext('msteams', lang));
              expect(validateAdaptiveCard(card)).toEqual([]);
              expect(teamsCardProblems(card)).toEqual([]);
              if (r.form)
                expect(validateAdaptiveCard(formCard(r, r.form, renderContext('webchat', lang)))).toEqual([]);
            }
            // The state survives a round trip through JSON storage unchanged.
            expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
            reached.add(result.status.step);
            letters += result.effects.filter((e) => e.kind === 'draft-letter').length;
            state = result.state;
            last = result;
          }
        },
      ),
      { numRuns: 50, seed: 20261201 },
    );
    // Random conversations get through the whole interview, not only its first question.
    console.log(`fuzz (engine): ${letters} letters; steps reached: ${[...reached].join(', ')}`);
    // A prefilled step (the project to join) is asked only when edited from the review.
    const missed = STEPS.filter((s) => !s.prefill)
      .map((s) => s.id)
      .filter((id) => !reached.has(id));
    expect(missed).toEqual([]);
    expect(letters).toBeGreaterThan(10);
  }, 90_000);
});
