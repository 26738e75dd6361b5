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

/**
 * From the greeting to the review screen, where "draft" is offered: buttons where there are
 * buttons (Senegal, a university, IPAS, July 2027), then the letter's fields typed one by one,
 * in `texts` (in the order the interview asks them), in a letter written in `letterLang`.
 */
export async function toReview(
  c: BotClient,
  letterLang = 'fr',
  texts: readonly string[] = Object.values(TYPED),
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
  for (const text of texts) await c.say(text);
  if (!c.choices().includes('draft')) throw new Error(`not at the review: ${c.choices().join(', ')}`);
}

export const letterIdOf = (c: BotClient): string | undefined =>
  c
    .links()
    .find((l) => l.endsWith('.docx'))
    ?.split('/')
    .pop()
    ?.replace('.docx', '');
