// Conversations typed as officials type them — a rich opening, free answers, a question asked in
// between, a correction — in all six languages, through the pure engine, to a finished letter. No
// button is tapped. Each row: what the user types, and what that turn must do.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/knowledge/types.js';
import { Conversation, flowContext } from '../helpers/flow.js';

type Turn =
  | string
  /** A question asked in between: it is answered and the pending question stays. */
  | { readonly ask: string }
  /** A correction of an earlier answer: that answer changes, the interview comes back. */
  | { readonly fix: string; readonly step: string; readonly value: unknown };

interface Case {
  readonly lang: Lang;
  readonly turns: readonly Turn[];
  /** What the drafted letter must hold. */
  readonly letter: Readonly<Record<string, unknown>>;
}

const CASES: readonly Case[] = [
  {
    lang: 'en',
    turns: [
      'Good morning. I work at the Ministry of Trade of Kenya. We would like WIPO to train our customs officers to stop counterfeit goods at the border, starting in September 2027. The letter will be signed by Hon. Mary Wanjiru.',
      'the first one',
      'Not yet, we are still preparing our national IP strategy',
      { ask: 'why so early?' },
      'English, please',
      'Cabinet Secretary for Trade',
      'Ministry of Trade, Investment and Industry',
      'Training of customs and police officers in the enforcement of IP rights at the border.',
      'It supports the Kenya Vision 2030 pillar on trade and manufacturing.',
      'Fifty officers trained and a national enforcement manual adopted.',
      'About 50 customs and police officers from the main border posts',
      { fix: 'No, the signatory is Dr Peter Kamau', step: 'senderName', value: 'Dr Peter Kamau' },
      'Six months from September 2027',
      'Yes, please draft it.',
    ],
    letter: {
      type: 'new-assistance',
      lang: 'en',
      country: 'KE',
      date: '2027-09-01',
      'sender.name': 'Dr Peter Kamau',
      'sender.title': 'Cabinet Secretary for Trade',
    },
  },
  {
    lang: 'fr',
    turns: [
      "Bonjour, je suis le directeur de la recherche de l'Université Félix Houphouët-Boigny, en Côte d'Ivoire. Nous voulons créer un TISC à partir de juillet 2027. La lettre sera signée par le Pr Kouassi Yao.",
      "Oui, c'est dans le plan de pays de l'OMPI",
      { ask: "c'est quoi une note verbale ?" },
      'en français',
      'Directeur de la recherche',
      'Université Félix Houphouët-Boigny',
      "Créer un centre d'appui à la technologie et à l'innovation pour nos chercheurs et les PME.",
      'Le projet soutient le Plan national de développement 2026-2030, axe innovation.',
      'Un centre opérationnel, 15 agents formés et 200 recherches de brevets par an.',
      '60 chercheurs, 20 doctorants et 10 documentalistes',
      "Nos chercheurs n'ont pas accès aux bases de données de brevets.",
      "La Chambre de commerce et d'industrie de Côte d'Ivoire",
      'Une salle équipée, trois documentalistes et une connexion internet sont disponibles.',
      {
        fix: 'Petite correction : finalement nous préférons commencer en octobre 2027',
        step: 'start',
        value: '2027-10-01',
      },
      "Douze mois à partir d'octobre 2027",
      'Oui, rédigez la lettre',
    ],
    letter: {
      type: 'project',
      lang: 'fr',
      country: 'CI',
      programId: 'tisc',
      date: '2027-10-01',
      'sender.name': 'Pr Kouassi Yao',
      'details.period': "Douze mois à partir d'octobre 2027",
      'planReference.kind': 'country-plan',
    },
  },
];

/** Reads a dotted path of the letter input. */
const at = (o: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      o,
    );

describe.each(CASES)('a typed conversation in $lang', ({ lang, turns, letter }) => {
  it('reaches the letter, answers the questions in place, applies the correction, asks nothing twice', () => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: lang });
    const answered: string[] = [];
    for (const [n, turn] of turns.entries()) {
      const before = c.pending;
      const text = typeof turn === 'string' ? turn : 'ask' in turn ? turn.ask : turn.fix;
      c.send(text);
      const where = `turn ${n + 1} "${text}" (was at ${before}, now ${c.pending}): ${c.text.slice(0, 300)}`;
      expect(c.text, where).not.toMatch(/flow:hint|common:handoff/);
      if (typeof turn !== 'string' && 'ask' in turn) {
        expect(c.pending, where).toBe(before);
        expect(c.last.length, where).toBeGreaterThanOrEqual(2);
      } else if (typeof turn !== 'string') {
        expect(c.state?.answers[turn.step]?.value, where).toEqual(turn.value);
      } else {
        // A plain answer moves on: the question it answered is never asked again.
        if (before) answered.push(before);
        expect(c.pending === undefined || !answered.includes(c.pending), where).toBe(true);
      }
    }
    const draft = c.effects.find((e) => (e as { kind: string }).kind === 'draft-letter') as
      { input: Record<string, unknown> } | undefined;
    expect(draft, c.text).toBeDefined();
    for (const [path, value] of Object.entries(letter)) expect(at(draft!.input, path), path).toEqual(value);
    console.log(`typed conversation (${lang}): ${turns.length} turns to the letter`);
  });
});
