import { describe, expect, it } from 'vitest';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';

/** A card of the kind the bot sends on msteams: a question, a choice input and a submit button. */
function choiceCard(): Record<string, unknown> {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    rtl: true,
    body: [
      { type: 'TextBlock', text: 'ما الذي تحتاج إليه؟', wrap: true, style: 'heading' },
      {
        type: 'Input.ChoiceSet',
        id: 'program',
        label: 'البرنامج',
        style: 'expanded',
        isRequired: true,
        errorMessage: 'اختر برنامجاً',
        choices: [
          { title: 'استراتيجية وطنية للملكية الفكرية', value: 'ip-strategy' },
          { title: 'مراكز دعم التكنولوجيا والابتكار', value: 'tisc' },
        ],
      },
      {
        type: 'FactSet',
        facts: [{ title: 'Lead time', value: '6 months' }],
      },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Next', data: { step: 'program' } },
      { type: 'Action.OpenUrl', title: 'WIPO', url: 'https://www.wipo.int/cooperation/en/' },
    ],
    msteams: { width: 'Full' },
  };
}

describe('validateAdaptiveCard (Adaptive Cards 1.5 schema, bundled)', () => {
  it('accepts a 1.5 card with Input.ChoiceSet, Action.Submit and the msteams extension', () => {
    expect(validateAdaptiveCard(choiceCard())).toEqual([]);
  });

  it('accepts a minimal 1.0 card', () => {
    expect(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.0', body: [] })).toEqual([]);
  });

  it('rejects a choice without a title, naming where', () => {
    const card = choiceCard();
    const body = card.body as Record<string, unknown>[];
    body[1] = { ...body[1], choices: [{ value: 'tisc' }] };
    const errors = validateAdaptiveCard(card);
    expect(errors.some((e) => e.startsWith('/body/1/choices/0') && e.includes("'title'"))).toBe(true);
  });

  it('rejects an unknown element type and an input without an id', () => {
    const card = choiceCard();
    card.body = [{ type: 'Input.Choise', id: 'x' }];
    expect(validateAdaptiveCard(card).length).toBeGreaterThan(0);
    card.body = [{ type: 'Input.Text', label: 'Name' }];
    expect(validateAdaptiveCard(card).some((e) => e.includes("'id'"))).toBe(true);
  });

  it('rejects a misspelt action property and an unknown root property', () => {
    const card = choiceCard();
    card.actions = [{ type: 'Action.Submit', title: 'Next', dta: { step: 'program' } }];
    expect(validateAdaptiveCard(card).length).toBeGreaterThan(0);
    expect(validateAdaptiveCard({ ...choiceCard(), actions: [], colour: 'red' }).join('\n')).toContain(
      'colour',
    );
  });

  it('requires type and version on the top-level card and caps the version at 1.5', () => {
    const { type: _type, ...untyped } = choiceCard();
    expect(validateAdaptiveCard(untyped)).toContain('/type must be "AdaptiveCard"');
    const { version: _version, ...unversioned } = choiceCard();
    expect(validateAdaptiveCard(unversioned)[0]).toMatch(/^\/version must be/);
    expect(validateAdaptiveCard({ ...choiceCard(), version: '1.6' })[0]).toMatch(/above 1\.5/);
  });

  it('rejects values that are not cards', () => {
    expect(validateAdaptiveCard(null)).toEqual(['/ must be an object']);
    expect(validateAdaptiveCard([choiceCard()])).toEqual(['/ must be an object']);
    expect(validateAdaptiveCard({ ...choiceCard(), msteams: 'wide' })).toContain(
      '/msteams must be an object',
    );
  });
});
