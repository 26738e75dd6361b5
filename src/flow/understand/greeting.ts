// "Bonjour, nous avons besoin de …": the greeting that opens a typed need is said to the bot, not
// part of the need the letter states. Greetings in understand:greetings.lead.
import type { FlowContext } from '../types.js';
import { phraseIndex, sanitize, tokenize } from './text.js';
import { capitalFirst } from './text-answer.js';

const GREETINGS = { greeting: ['greetings.lead'] };

/** The text without the greeting (and the punctuation after it) it opens with; unchanged otherwise. */
export function withoutGreeting(ctx: FlowContext, text: string): string {
  const clean = sanitize(text);
  const tokens = tokenize(clean);
  const index = phraseIndex(ctx, GREETINGS);
  let i = 0;
  // "Hello, good morning, …": one greeting after another.
  for (let m = index.at(tokens, i); m; m = index.at(tokens, i)) i = m.to;
  const rest = tokens[i];
  if (i === 0 || !rest) return text;
  const out = text.slice(rest.start).trim();
  return out ? capitalFirst(out) : text;
}
