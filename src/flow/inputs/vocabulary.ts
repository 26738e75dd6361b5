// Word lists from locales/*/commands.json, in all six languages at once: a French user who types
// "back" or an English one who types "retour" is understood either way.
import { LANGS } from '../../knowledge/schema.js';
import { foldText } from '../../domain/finder/normalize.js';
import type { FlowContext } from '../types.js';
import { wordCount } from '../understand/text.js';

export const COMMANDS = [
  'help',
  'back',
  'cancel',
  'restart',
  'why',
  'menu',
  'language',
  'drafts',
  'skip',
  'delete-data',
] as const;
export type Command = (typeof COMMANDS)[number];
export const INTENTS = ['find', 'check', 'letter', 'contact'] as const;

/** Folded for comparison; trailing punctuation such as "?" or "！" ignored. */
export function fold(text: string): string {
  return foldText(text)
    .replace(/[\s.!?؟。！？,،;:…]+$/u, '')
    .replace(/^[\s/¿¡]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new WeakMap<FlowContext['t'], Map<string, Set<string>>>();

/** All words for `commands:<group>.<key>` across the six languages, folded. */
export function wordsFor(ctx: FlowContext, group: string, key: string): ReadonlySet<string> {
  let byKey = cache.get(ctx.t);
  if (!byKey) cache.set(ctx.t, (byKey = new Map()));
  const id = `${group}.${key}`;
  let words = byKey.get(id);
  if (!words) {
    words = new Set();
    for (const lang of LANGS) {
      const list = ctx.t(lang)(`commands:${id}`, { returnObjects: true }) as unknown;
      if (Array.isArray(list)) for (const w of list) if (typeof w === 'string') words.add(fold(w));
    }
    byKey.set(id, words);
  }
  return words;
}

export function matchCommand(ctx: FlowContext, text: string): Command | undefined {
  const f = fold(text);
  if (!f) return undefined;
  return COMMANDS.find((c) => wordsFor(ctx, 'command', c).has(f));
}

/** A task named in so many words ("draft a letter"), not a need that happens to contain one. */
export const MAX_INTENT_WORDS = 6;

/** A task named in a few words ("Redactar la carta", "起草信函"); a long need is not one. */
export function namedTask(ctx: FlowContext, text: string): (typeof INTENTS)[number] | undefined {
  return wordCount(text) <= MAX_INTENT_WORDS ? matchIntent(ctx, text) : undefined;
}

/** A menu intent typed in words ("draft a letter", "rédiger ma lettre"): any listed phrase contained. */
export function matchIntent(ctx: FlowContext, text: string): (typeof INTENTS)[number] | undefined {
  return INTENTS.find((i) => saysPhrase(ctx, 'intent', i, text));
}

/** Whether `text` contains one of the phrases of `commands:<group>.<key>`, as whole words (Chinese: anywhere). */
export function saysPhrase(ctx: FlowContext, group: string, key: string, text: string): boolean {
  // Clause punctuation separates words ("Redacte la carta, por favor"); apostrophes and hyphens stay.
  const f = ` ${fold(text).replace(/[\s,;:!?.،؛。，！？、]+/gu, ' ')} `;
  return [...wordsFor(ctx, group, key)].some(
    (w) => w && (/\p{Script=Han}/u.test(w) ? f.includes(w) : f.includes(` ${w} `)),
  );
}
