// Every step has its question, its "why" and (when reviewed) its label in all six languages, and a
// missing key fails loudly in tests instead of showing the key to the user.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../dialogs/steps.js';
import { createI18n, LANGS } from '../../src/i18n/index.js';

const i18n = createI18n(undefined, { strict: true });

describe('locale keys of the interview', () => {
  it('throws on a missing key in strict mode (as the test suite runs)', () => {
    expect(() => i18n.forLang('fr')('flow:q.no-such-step')).toThrow(/missing locale key/);
    expect(process.env.I18N_STRICT).toBe('1');
  });

  it.each(LANGS)('every step has its question, why and label in %s', (lang) => {
    const has = (key: string) => i18n.instance.exists(key, { lng: lang });
    for (const step of STEPS) {
      expect(has(`flow:q.${step.id}`), `flow:q.${step.id}`).toBe(true);
      expect(has(`flow:why.${step.id}`), `flow:why.${step.id}`).toBe(true);
      expect(has(`flow:label.${step.id}`), `flow:label.${step.id}`).toBe(true);
      if (step.form) expect(has(`flow:placeholder.${step.id}`), `flow:placeholder.${step.id}`).toBe(true);
    }
  });
});
