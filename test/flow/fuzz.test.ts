// Bad input never crashes the bot and never loses the conversation: random sequences of typed
// text, button values and card payloads, in every language, always get a reply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turn } from '../../src/flow/engine.js';
import type { ConversationState, TurnInput } from '../../src/flow/types.js';
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

const input: fc.Arbitrary<TurnInput> = fc.oneof(
  fc.constantFrom(...texts).map((text) => ({ text })),
  fc.string({ maxLength: 60 }).map((text) => ({ text })),
  fc.constantFrom(...values).map((choice) => ({ value: { choice } })),
  fc.anything().map((value) => ({ value })),
  fc.constantFrom(...LANGS, 'de-DE', '', 'xx').map((locale) => ({ start: true, locale })),
);

describe('fuzzing the engine', () => {
  it('answers every input and keeps a well-formed state', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 25 }), (inputs) => {
        let state: ConversationState | undefined;
        for (const i of inputs) {
          const result = turn(ctx, state, i);
          expect(result.replies.length + result.effects.length).toBeGreaterThan(0);
          for (const r of result.replies) {
            expect(typeof r.text).toBe('string');
            // Whatever the conversation, every card Teams (or Web Chat, for a form) would get is a
            // valid Adaptive Card 1.5 that Teams shows as designed.
            const lang = result.state.lang ?? 'en';
            const card = teamsCard(r, renderContext('msteams', lang));
            expect(validateAdaptiveCard(card)).toEqual([]);
            expect(teamsCardProblems(card)).toEqual([]);
            if (r.form)
              expect(validateAdaptiveCard(formCard(r, r.form, renderContext('webchat', lang)))).toEqual([]);
          }
          // The state survives a round trip through JSON storage unchanged.
          expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
          state = result.state;
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
