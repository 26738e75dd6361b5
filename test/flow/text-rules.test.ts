// What a typed letter field may hold: what the letter itself accepts, so a letter never fails at
// "Draft" on text the interview took. Pasted bidi controls are taken out; invisible text is empty;
// a one-line field (a name, a title) turns line breaks into spaces, a body field keeps them.
import { describe, expect, it } from 'vitest';
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { parseLetterInput } from '../../src/domain/letters/input.js';

const rule = (stepId: string) => STEP_BY_ID.get(stepId)!.text!;

describe('typed letter fields', () => {
  it('takes pasted bidi controls out', () => {
    expect(rule('senderName').safeParse('\u202eAwa Diop\u202c')).toMatchObject({
      success: true,
      data: 'Awa Diop',
    });
    expect(rule('purpose').safeParse('\u2067Créer un CATI\u2069')).toMatchObject({ data: 'Créer un CATI' });
  });

  it('refuses text a reader cannot see', () => {
    expect(rule('senderName').safeParse('\u200b\u200b').success).toBe(false);
    expect(rule('purpose').safeParse('\u200b \u2060').success).toBe(false);
  });

  it('keeps a one-line field on one line and a body field in its lines', () => {
    expect(rule('senderTitle').safeParse('Rectrice\nde l’université')).toMatchObject({
      data: 'Rectrice de l’université',
    });
    expect(rule('purpose').safeParse('Premier point\u2028Second point')).toMatchObject({
      data: 'Premier point\nSecond point',
    });
  });

  it('Arabic joiners and marks stay', () => {
    expect(rule('senderName').safeParse('أمينة\u200c ديالو')).toMatchObject({ data: 'أمينة\u200c ديالو' });
  });
});

describe('the letter input', () => {
  it('refuses a name of zero-width characters, as it refuses an empty one', () => {
    const r = parseLetterInput({
      type: 'new-assistance',
      lang: 'en',
      country: 'SN',
      programId: 'tisc',
      sender: { name: '\u200b\u200b', title: 'Rector', institution: 'UCAD' },
      details: { purpose: 'p', developmentGoals: 'g', expectedResults: 'r', beneficiaries: 'b', period: 'x' },
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain('sender.name');
  });
});
