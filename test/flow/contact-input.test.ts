// The contact fields of the letter: an e-mail address and a telephone number, each checked for its
// shape, both taken from one message when it gives both, left out on "no".
import { describe, expect, it } from 'vitest';
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { contactInput } from '../../src/flow/inputs/contact.js';
import { initialState } from '../../src/flow/types.js';
import { flowContext } from '../helpers/flow.js';

const ctx = flowContext();
const parse = (stepId: string, text: string) =>
  contactInput.parse(
    { ctx, state: initialState(), step: STEP_BY_ID.get(stepId)!, lang: 'en', values: {} },
    { text },
  );

describe('contact details', () => {
  it.each([
    [
      'senderEmail',
      'rectorat@ucad.edu.sn, +221 33 824 69 81',
      'rectorat@ucad.edu.sn',
      { senderPhone: '+221 33 824 69 81' },
    ],
    ['senderEmail', 'mon courriel : a.diallo@gouv.sn', 'a.diallo@gouv.sn', undefined],
    [
      'senderEmail',
      'culture@gouv.sn، +221 33 849 70 00',
      'culture@gouv.sn',
      { senderPhone: '+221 33 849 70 00' },
    ],
    [
      'senderEmail',
      'research@rupp.edu.kh，+855 23 883 640',
      'research@rupp.edu.kh',
      { senderPhone: '+855 23 883 640' },
    ],
    ['senderPhone', 'телефон +996 312 68 08 19', '+996 312 68 08 19', undefined],
    [
      'senderPhone',
      '+51 1 224 7800 or info@indecopi.gob.pe',
      '+51 1 224 7800',
      { senderEmail: 'info@indecopi.gob.pe' },
    ],
  ])('%s reads "%s"', (step, text, value, patch) => {
    const r = parse(step, text);
    expect(r).toMatchObject({ ok: true, value });
    expect(r.ok === true ? r.patch : 'not ok').toEqual(patch);
  });

  it('an address given at the telephone step fills a skipped e-mail, never one already given', () => {
    const withEmail = (value: string) => ({ ...initialState(), answers: { senderEmail: { value } } });
    const at = (value: string) =>
      contactInput.parse(
        { ctx, state: withEmail(value), step: STEP_BY_ID.get('senderPhone')!, lang: 'en', values: {} },
        { text: 'amani@udom.ac.tz, +255 26 231 0000' },
      );
    expect(at('')).toMatchObject({
      ok: true,
      value: '+255 26 231 0000',
      patch: { senderEmail: 'amani@udom.ac.tz' },
    });
    expect(at('dvc@udom.ac.tz')).toEqual({ ok: true, value: '+255 26 231 0000' });
  });

  it.each([
    ['senderEmail', 'no'],
    ['senderEmail', 'нет'],
    ['senderPhone', 'لا'],
  ])('%s is left out on "%s"', (step, text) => {
    expect(parse(step, text)).toEqual({ ok: true, value: '' });
  });

  it.each([
    ['senderEmail', 'write to the rector', 'text.email'],
    ['senderPhone', 'call us', 'text.phone'],
    ['senderPhone', '12-3', 'text.phone'],
  ])('%s refuses "%s"', (step, text, hint) => {
    expect(parse(step, text)).toMatchObject({ ok: false, hint });
  });
});
