// The letter details as one form (a shortcut, never a wall), taps on older cards, and progress —
// in all six languages, through the pure engine.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, tr } from '../helpers/flow.js';

function atDetails(lang: Lang): Conversation {
  const c = new Conversation();
  c.send({ start: true, locale: lang });
  c.tap('goal:letter');
  c.send('SN');
  c.tap('university');
  c.tap('browse');
  c.tap('c');
  c.tap('ipas');
  c.drive(
    {
      partOfPlan: { tap: 'no' },
      start: { tap: '2027-07-01' },

      letterLang: { tap: lang },
    },
    'senderName',
  );
  expect(c.pending).toBe('senderName');
  return c;
}

const FIELDS = {
  senderName: 'Aminata Diallo',
  senderTitle: 'Rectrice',
  institution: 'Université Cheikh Anta Diop',
  place: 'Dakar',
  reference: 'UCAD/R/2026-114',
  senderEmail: 'rectorat@ucad.edu.sn',
  senderPhone: '+221 33 824 69 81',
  purpose: 'Créer un TISC pour nos chercheurs.',
  developmentGoals: 'Plan Sénégal émergent, axe innovation.',
  expectedResults: 'Un centre actif et 200 recherches par an.',
  beneficiaries: '40 chercheurs et 10 bibliothécaires',
  period: 'De juillet 2027 à juin 2028',
};

describe.each(LANGS)('the letter form in %s', (lang) => {
  it('offers every open letter field at once, with labels and limits', () => {
    const c = atDetails(lang);
    const form = c.last.at(-1)?.form;
    expect(form?.id).toBe('letter-details');
    expect(form?.fields.map((f) => f.id)).toEqual(Object.keys(FIELDS));
    const name = form!.fields[0]!;
    expect(name).toMatchObject({ label: tr(lang, 'flow:label.senderName'), maxLength: 120, required: true });
    expect(name.placeholder).toBe(tr(lang, 'flow:placeholder.senderName'));
    expect(form!.fields.find((f) => f.id === 'purpose')?.multiline).toBe(true);
  });

  it('takes a whole submitted form and goes to the review', () => {
    const c = atDetails(lang);
    c.send({ value: { form: 'letter-details', step: 'senderName', ...FIELDS } });
    expect(c.pending).toBe('review');
    expect(c.state?.answers.period?.value).toBe(FIELDS.period);
  });

  it('returns refused fields in the form with the reason, keeping the others', () => {
    const c = atDetails(lang);
    c.send({
      value: {
        form: 'letter-details',
        step: 'senderName',
        ...FIELDS,
        senderTitle: 'x',
        purpose: 'p'.repeat(2000),
        __proto__: 'x',
        country: 'FR',
      },
    });
    expect(c.state?.answers.senderName?.value).toBe(FIELDS.senderName);
    expect(c.state?.answers.country?.value).toBe('SN');
    expect(c.pending).toBe('senderTitle');
    const form = c.last.at(-1)!.form!;
    expect(form.fields.map((f) => f.id)).toEqual(['senderTitle', 'purpose']);
    expect(form.fields[0]).toMatchObject({ value: 'x', error: tr(lang, 'flow:hint.text.too-short') });
    expect(form.fields[1]?.error).toBe(tr(lang, 'flow:hint.text.too-long'));
  });

  it('lets a user who types instead of filling the form get through, one field at a time', () => {
    const c = atDetails(lang);
    c.send(FIELDS.senderName);
    expect(c.pending).toBe('senderTitle');
    expect(c.last.at(-1)?.form?.fields[0]?.id).toBe('senderTitle');
    expect(c.drive(FIELDS, 'review')).toHaveLength(Object.keys(FIELDS).length - 1);
  });

  it('says where the user is: "Question n of total", as the status does', () => {
    const c = new Conversation();
    c.send({ start: true, locale: lang });
    const r = c.tap('goal:find');
    expect(r.at(-1)?.text).toContain(tr(lang, 'flow:progress', { n: 1, total: 4 }));
  });
});

describe.each(LANGS)('a tap on an older card in %s', (lang) => {
  it('changes that answer and comes back to the current question', () => {
    const c = atDetails(lang);
    c.send({ value: { choice: 'government', step: 'requester' } });
    expect(c.state?.answers.requester?.value).toBe('government');
    expect(c.pending).toBe('senderName');
    expect(c.text).toContain(
      tr(lang, 'flow:stale.changed', {
        field: tr(lang, 'flow:label.requester'),
        value: tr(lang, 'flow:requester.government'),
      }),
    );
  });

  it('is refused when it cannot answer that question any more, and never answers the current one', () => {
    const c = atDetails(lang);
    c.send({ value: { choice: 'yes', step: 'country' } });
    expect(c.text).toContain(tr(lang, 'flow:stale.refused'));
    expect(c.pending).toBe('senderName');
    expect(c.state?.answers.senderName).toBeUndefined();
    // Web Chat's messageBack sends the old button's label as text too: it must not become the signatory.
    c.send({
      text: 'Technology and Innovation Support Centres (TISC)',
      value: { choice: 'tisc', step: 'program' },
    });
    expect(c.state?.answers.senderName).toBeUndefined();
    expect(c.pending).toBe('senderName');
  });
});
