// Universal Actions: Teams sends a tap on an Action.Execute as an `adaptiveCard/action` invoke
// whose `value.action.data` is the button's data with the card's inputs merged in. It becomes
// the same TurnInput value an Action.Submit would give; the echo that lets us redraw the used
// card is taken out first.
import { z } from 'zod';
import { ADAPTIVE_CARD_TYPE, type CardElement } from '../channels/adaptive-card.js';
import { ECHO_KEY } from './used-card.js';

export const ADAPTIVE_CARD_ACTION_INVOKE = 'adaptiveCard/action';

export const AdaptiveCardActionValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(100).optional(),
    id: z.string().optional(),
    data: z.record(z.string(), z.unknown()).default({}),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});
export type AdaptiveCardActionValue = z.infer<typeof AdaptiveCardActionValue>;

/** The submission as the engine reads it: `choice`, `step`, `form` and the fields by step id. */
export function turnValueOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { [ECHO_KEY]: _echo, ...value } = data;
  return value;
}

/** Invoke response bodies of Universal Actions (`statusCode`, `type`, `value`). */
export const cardResponse = (card: CardElement) => ({
  statusCode: 200,
  type: ADAPTIVE_CARD_TYPE,
  value: card,
});

export const messageResponse = (text: string) => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: text,
});
