// Which languages a text may be in. Script settles Arabic, Chinese and Russian; for Latin script
// the chat language, the detector (tinyld) and the stop words each vote, because officials type in
// a language other than the chat's (a Spanish need in an English chat) and the detector alone is
// unreliable on a few words.
import * as stopwords from 'stopword';
import { detectAll } from 'tinyld';
import type { Lang } from '../../knowledge/types.js';
import { scriptOf } from './normalize.js';

export type LatinLang = 'en' | 'fr' | 'es';
export const LATIN_LANGS: readonly LatinLang[] = ['en', 'fr', 'es'];

const isLatinLang = (l: string | undefined): l is LatinLang =>
  (LATIN_LANGS as readonly string[]).includes(l ?? '');

// Function words that belong to one of the three languages only (shared ones such as "a", "de",
// "la", "en" say nothing).
// Compared with accents ("à" is French, "a" is not), in lower case.
const lower = (w: string) => w.normalize('NFC').toLowerCase();
const FOLDED: Record<LatinLang, ReadonlySet<string>> = {
  en: new Set(stopwords.eng.map(lower)),
  fr: new Set(stopwords.fra.map(lower)),
  es: new Set(stopwords.spa.map(lower)),
};
const own = (l: LatinLang): ReadonlySet<string> =>
  new Set([...FOLDED[l]].filter((w) => LATIN_LANGS.every((o) => o === l || !FOLDED[o].has(w))));
const OWN_STOPWORDS: Record<LatinLang, ReadonlySet<string>> = { en: own('en'), fr: own('fr'), es: own('es') };

/** Share of the detector's best score another language needs to count as plausible too. */
const DETECTOR_MARGIN = 0.5;
/** Below this many letters the detector is not asked. */
const MIN_DETECT_LETTERS = 12;
/** The detector reads this much (its cost grows with the text; the start says enough). */
const DETECT_CHARS = 200;
/** This many function words of one language only, and none more of another, settle the language. */
const CLEAR_VOTES = 2;

/**
 * The Latin-script languages the words may be in: the chat language, and the language whose own
 * function words occur — or, when they do not settle it, what the detector finds. All three when
 * nothing is known.
 */
export function plausibleLatinLangs(latinWords: readonly string[], hint?: Lang): LatinLang[] {
  const out = new Set<LatinLang>();
  if (isLatinLang(hint)) out.add(hint);
  const votes = LATIN_LANGS.map((l) => latinWords.filter((w) => OWN_STOPWORDS[l].has(lower(w))).length);
  const top = Math.max(...votes);
  const winners = LATIN_LANGS.filter((_, i) => votes[i] === top);
  if (top >= CLEAR_VOTES && winners.length === 1) {
    // Function words settle it ("les", "des" are French only); the detector would add nothing.
    out.add(winners[0]!);
    return LATIN_LANGS.filter((l) => out.has(l));
  }
  if (top > 0) winners.forEach((l) => out.add(l));
  const text = latinWords.join(' ').slice(0, DETECT_CHARS);
  if (text.replace(/[^\p{L}]/gu, '').length >= MIN_DETECT_LETTERS) {
    // Unrestricted detection is faster than `only` and ranks the same; other languages are skipped.
    const found = detectAll(text).filter((f) => isLatinLang(f.lang));
    const best = found[0]?.accuracy ?? 0;
    for (const f of found)
      if (best > 0 && f.accuracy >= best * DETECTOR_MARGIN && isLatinLang(f.lang)) out.add(f.lang);
  }
  return out.size ? LATIN_LANGS.filter((l) => out.has(l)) : [...LATIN_LANGS];
}

/**
 * The language to explain a match in when the caller gave none: the script's language, or the
 * most plausible Latin one.
 */
export function textLang(text: string, latin: readonly LatinLang[]): Lang {
  const counts = new Map<string, number>();
  for (const ch of text) {
    const s = scriptOf(ch);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const [script] =
    [...counts.entries()].filter(([s]) => s !== 'other' && s !== 'digits').sort((a, b) => b[1] - a[1])[0] ??
    [];
  if (script === 'han') return 'zh';
  if (script === 'arabic') return 'ar';
  if (script === 'cyrillic') return 'ru';
  return latin[0] ?? 'en';
}
