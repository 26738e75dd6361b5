// Reads a choice from a button value, a number, or the label typed (any case, accents ignored).
import type { Choice } from '../types.js';
import { fold } from '../inputs/vocabulary.js';

export function matchChoice(choices: readonly Choice[], text: string, value?: string): Choice | undefined {
  if (value !== undefined) return choices.find((c) => c.value === value);
  const f = fold(text);
  if (!f) return undefined;
  const n = /^\d{1,2}$/.test(f) ? Number(f) : NaN;
  if (n >= 1 && n <= choices.length) return choices[n - 1];
  const exact = choices.find((c) => fold(c.label) === f || c.value === f);
  if (exact) return exact;
  // A unique label containing what was typed ("tisc" for "Technology and Innovation Support Centres (TISC)").
  const partial = choices.filter((c) => f.length >= 3 && fold(c.label).includes(f));
  return partial.length === 1 ? partial[0] : undefined;
}
