// A card the user has answered, as Teams shows it after an Action.Execute: the question and what
// was chosen (or the form's values), no buttons left. The card's own action data carries what the
// refresh needs (`shown`), because the invoke brings back only that data, not the card.
import { z } from 'zod';
import type { Translate } from '../../present/translate.js';
import { card, factSet, textBlocks, type CardElement } from '../channels/adaptive-card.js';

/** The key of the echo in an Action.Execute's data; never passed on to the engine. */
export const ECHO_KEY = 'shown';

const Labels = z.record(z.string().max(200), z.string().max(500));

export const CardEcho = z.object({
  /** The question as the card asked it (its first lines). */
  q: z.string().max(600),
  rtl: z.boolean().optional(),
  /** The label of the button pressed. */
  a: z.string().max(500).optional(),
  /** The labels of a choice list, by value. */
  options: Labels.optional(),
  /** The labels of a form's fields, by field id. */
  fields: Labels.optional(),
});
export type CardEcho = z.infer<typeof CardEcho>;

const QUESTION_CHARS = 300;

/** The start of a question, short enough to ride along in every button's data. */
export function questionEcho(title: string | undefined, text: string): string {
  const first = [title, text.split(/\n{2,}/)[0]].filter(Boolean).join('\n\n');
  return first.length > QUESTION_CHARS ? `${first.slice(0, QUESTION_CHARS - 1)}…` : first;
}

const VALUE_CHARS = 500;
const shorten = (s: string) => (s.length > VALUE_CHARS ? `${s.slice(0, VALUE_CHARS - 1)}…` : s);

/** The refreshed card for a used card, from the action's data (untrusted: checked, and shortened). */
export function usedCard(data: Readonly<Record<string, unknown>>, t: Translate): CardElement {
  const echo = CardEcho.safeParse(data[ECHO_KEY]);
  if (!echo.success) return card({ body: textBlocks(t('channels:used.sent')) });
  const { q, rtl, a, options, fields } = echo.data;
  const body: CardElement[] = textBlocks(q, { isSubtle: true });
  if (fields) {
    const facts = Object.entries(fields)
      .map(([id, label]) => ({
        label,
        value: typeof data[id] === 'string' ? (data[id] as string).trim() : '',
      }))
      .filter((f) => f.value)
      .map((f) => ({ label: f.label, value: shorten(f.value) }));
    body.push(...textBlocks(t('channels:used.sent'), { weight: 'Bolder' }));
    if (facts.length) body.push(factSet(facts));
  } else {
    const choice = typeof data.choice === 'string' ? data.choice : undefined;
    const label = a ?? (choice !== undefined ? options?.[choice] : undefined);
    body.push(
      ...textBlocks(label ? t('channels:used.answer', { answer: label }) : t('channels:used.sent'), {
        weight: 'Bolder',
      }),
    );
  }
  return card({ body, rtl: rtl ?? false });
}
