// A chat to the letter's review screen, over HTTP, with the names and texts a requester types.
import { BotClient } from '../helpers/bot-client.js';

/** What the requester types (tests grep logs and stores for these). */
export const TYPED = {
  name: 'Aminata Diallo-Testname',
  title: 'Rectrice de l’Université Testville',
  institution: 'Université Cheikh Testdiop',
  place: 'Testville-sur-Mer',
  reference: 'UCAD/TEST/2026-1',
  contact: 'testeuse@ucad.example.sn, +221 33 000 11 22',
  purpose: 'Créer un centre de test pour la technologie',
  goals: 'Plan Sénégal Testémergent',
  results: 'Un centre Testefficace',
  beneficiaries: '40 chercheurs testeurs',
  period: 'De juillet 2027 à décembre 2027',
};

/** The same answers keyed by the step that asks them (`channelData.taNavigator.step`). */
export const TYPED_BY_STEP: Readonly<Record<string, string>> = {
  senderName: TYPED.name,
  senderTitle: TYPED.title,
  institution: TYPED.institution,
  place: TYPED.place,
  reference: TYPED.reference,
  senderEmail: TYPED.contact,
  purpose: TYPED.purpose,
  developmentGoals: TYPED.goals,
  expectedResults: TYPED.results,
  beneficiaries: TYPED.beneficiaries,
  period: TYPED.period,
};

/**
 * From the greeting to the review screen, where "draft" is offered: buttons where there are
 * buttons (Senegal, a university, IPAS, July 2027), then each letter field typed as the step the
 * bot asks names it — `answers` over `TYPED_BY_STEP` — in a letter written in `letterLang`. A step
 * with no answer fails at once, naming it (a new step needs one row in `TYPED_BY_STEP`).
 */
export async function toReview(
  c: BotClient,
  letterLang = 'fr',
  answers: Readonly<Record<string, string>> = {},
): Promise<void> {
  await c.start();
  await c.tap('goal:letter');
  await c.say('SN');
  await c.tap('university');
  await c.say('IPAS');
  await c.tap('ipas');
  await c.tap('no');
  await c.tap('2027-07-01');
  await c.tap(letterLang);
  const table = { ...TYPED_BY_STEP, ...answers };
  for (let turns = 0; c.status()?.step !== 'review'; turns++) {
    const step = c.status()?.step ?? '(none)';
    const text = table[step];
    if (text === undefined || turns > Object.keys(table).length)
      throw new Error(`no answer for step "${step}" on the way to the review`);
    await c.say(text);
  }
  if (!c.choices().includes('draft')) throw new Error(`not at the review: ${c.choices().join(', ')}`);
}

export const letterIdOf = (c: BotClient): string | undefined =>
  c
    .links()
    .find((l) => l.endsWith('.docx'))
    ?.split('/')
    .pop()
    ?.replace('.docx', '');
