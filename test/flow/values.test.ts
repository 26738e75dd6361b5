// answerValues is computed once per answers object (src/flow/values.ts).
import { describe, expect, it } from 'vitest';
import { answerValues, valuesOf } from '../../src/flow/values.js';
import { initialState, type ConversationState } from '../../src/flow/types.js';

describe('answer values', () => {
  it('are computed once per answers object, and a new answers object gets its own', () => {
    const state: ConversationState = { ...initialState(), answers: { country: { value: 'SN' } } };
    const first = answerValues(state);
    expect(first).toEqual({ country: 'SN' });
    expect(answerValues({ ...state, lang: 'fr' })).toBe(first);
    const next = { ...state, answers: { ...state.answers, requester: { value: 'ipo' } } };
    expect(answerValues(next)).toEqual({ country: 'SN', requester: 'ipo' });
    expect(answerValues(state)).toEqual({ country: 'SN' });
  });

  it('refuse a change in place, which would leave stale values behind', () => {
    const state: ConversationState = { ...initialState(), answers: { country: { value: 'SN' } } };
    const values = answerValues(state);
    expect(() => {
      (state.answers as Record<string, { value: unknown }>).country = { value: 'ML' };
    }).toThrow(TypeError);
    expect(() => {
      (values as Record<string, unknown>).country = 'ML';
    }).toThrow(TypeError);
    expect(answerValues(state)).toEqual({ country: 'SN' });
  });

  it('of answers being put together are not kept', () => {
    const answers: Record<string, { value: unknown }> = { country: { value: 'SN' } };
    expect(valuesOf(answers)).toEqual({ country: 'SN' });
    answers.need = { value: 'training' };
    expect(valuesOf(answers)).toEqual({ country: 'SN', need: 'training' });
  });
});
