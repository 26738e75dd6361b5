// The review's basis is a digest of the reviewed fields; a review confirmed while it was still
// stored as their full JSON text keeps holding after an upgrade, and both kinds are invalidated
// by a change of a reviewed field.
import { describe, expect, it } from 'vitest';
import { STEPS, STEP_BY_ID } from '../../dialogs/steps.js';
import { answerIsValid, basisOf } from '../../src/flow/navigation.js';
import { initialState, type ConversationState, type StoredAnswer } from '../../src/flow/types.js';
import { flowContext } from '../helpers/flow.js';

const ctx = flowContext();
const review = STEPS.find((s) => s.input === 'review')!;
const values = { country: 'SN', requester: 'government', senderName: 'Aminata Diallo', letterLang: 'fr' };
const legacyBasis = JSON.stringify(
  STEPS.filter((s) => s.review).map((s) => [s.id, (values as Record<string, unknown>)[s.id]]),
);

function withReview(basis: string, senderName = values.senderName): ConversationState {
  const answers: Record<string, StoredAnswer> = {};
  for (const [id, value] of Object.entries({ ...values, senderName })) {
    const b = basisOf(STEP_BY_ID.get(id)!, values);
    answers[id] = b === undefined ? { value } : { value, basis: b };
  }
  answers[review.id] = { value: 'confirmed', basis };
  return { ...initialState(), lang: 'fr', goal: 'letter', answers, history: Object.keys(answers) };
}

describe('the review basis', () => {
  it('is a short digest, the same for the same fields and another for other fields', () => {
    const basis = basisOf(review, values)!;
    expect(basis).toMatch(/^#[0-9a-f]{28}$/);
    expect(basisOf(review, { ...values })).toBe(basis);
    expect(basisOf(review, { ...values, senderName: 'Peter Kamau' })).not.toBe(basis);
  });

  it('holds for the fields it was confirmed with, digest or legacy full text, and not after a change', () => {
    for (const basis of [basisOf(review, values)!, legacyBasis]) {
      expect(answerIsValid(review, ctx, withReview(basis))).toBe(true);
      expect(answerIsValid(review, ctx, withReview(basis, 'Peter Kamau'))).toBe(false);
    }
  });
});
