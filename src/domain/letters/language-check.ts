// Does a field the requester typed seem to be in another language than the letter? The letter
// keeps the text verbatim (it is never translated); the bot only says so. Short fields are not
// judged: a name, a year or a few words say too little.
import * as stopwords from 'stopword';
import { detectAll } from 'tinyld';
import type { Lang } from '../../knowledge/types.js';
import { Details, type LetterInput } from './input.js';

export type Script = 'Arabic' | 'Han' | 'Cyrillic' | 'Latin';

/** The script each letter language is written in. */
export const SCRIPT_OF: Readonly<Record<Lang, Script>> = {
  ar: 'Arabic',
  zh: 'Han',
  ru: 'Cyrillic',
  en: 'Latin',
  fr: 'Latin',
  es: 'Latin',
};
const SCRIPT_RE: Record<Script, RegExp> = {
  Arabic: /\p{Script=Arabic}/u,
  Han: /\p{Script=Han}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Latin: /\p{Script=Latin}/u,
};
/** The language a script suggests when the detector has no opinion. */
const LANG_OF_SCRIPT: Record<Script, string> = { Arabic: 'ar', Han: 'zh', Cyrillic: 'ru', Latin: 'en' };

/** Letters needed before a field is judged: a Han character carries more than a Latin letter. */
export const MIN_LETTERS = { alphabetic: 30, han: 10 } as const;

/**
 * The fields worth checking: every field of the body (the detail fields of the letter input, so a
 * new one is checked without a second list), the sender's institution and, for a note verbale,
 * the authority it speaks for: all are printed in the requester's words.
 */
export const CHECKED_FIELDS: readonly string[] = [
  ...Object.keys(Details.shape).map((f) => `details.${f}`),
  'sender.institution',
  'onBehalfOf',
];

/** A field that seems to be in another language than the letter. */
export interface FieldLanguage {
  /** Path of the field, e.g. "details.purpose". */
  readonly field: string;
  /** ISO 639-1 code of the language the text seems to be in. */
  readonly detected: string;
}

/** One warning per letter, listing every field that seems to be in another language. */
export interface LanguageMismatch {
  readonly code: 'language-mismatch';
  /** The first field listed, so that a form can point at it. */
  readonly field: string;
  readonly fields: readonly FieldLanguage[];
}

function scriptCounts(text: string): { counts: Map<Script, number>; letters: number } {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    for (const script of Object.keys(SCRIPT_RE) as Script[]) {
      if (SCRIPT_RE[script].test(ch)) counts.set(script, (counts.get(script) ?? 0) + 1);
    }
  }
  return { counts, letters };
}

/** The language `text` seems to be in when that is not `lang`; undefined when it fits or cannot be judged. */
export function otherLanguage(text: string, lang: Lang): string | undefined {
  const { counts, letters } = scriptCounts(text);
  const han = counts.get('Han') ?? 0;
  if (letters < MIN_LETTERS.alphabetic && han < MIN_LETTERS.han) return undefined;
  const [dominant] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!dominant) return undefined;
  if (dominant !== SCRIPT_OF[lang]) {
    // Another script altogether: sure enough without the detector, which only names the language.
    const top = detectAll(text)[0];
    return top && top.lang !== lang ? top.lang : LANG_OF_SCRIPT[dominant];
  }
  // Same script: only Latin holds several of the six languages (en, fr, es); Arabic, Han and
  // Cyrillic text in the letter's script is taken as the letter's language.
  if (dominant !== 'Latin') return undefined;
  // The detector alone misreads some formal French as English; the share of function words of
  // each language must agree with it before the requester is told. So when no language has a
  // larger share than the letter's, nothing can be reported and the detector (about 0.5 ms a
  // field) is not asked: the same answers, without it for nearly every field.
  const shares = functionWordShares(text);
  const own = shares.get(lang) ?? 0;
  if (![...shares].some(([other, share]) => other !== lang && share > own)) return undefined;
  const top = detectAll(text)[0];
  if (!top || top.lang === lang) return undefined;
  return (shares.get(top.lang) ?? 0) > own ? top.lang : undefined;
}

/** Function-word lists (the `stopword` package) of the Latin-script languages a field is likely in. */
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const lists = stopwords as unknown as Record<string, readonly string[] | undefined>;
  const byLang: Record<string, string> = { en: 'eng', fr: 'fra', es: 'spa', pt: 'por', it: 'ita', de: 'deu' };
  return new Map(Object.entries(byLang).map(([lang, key]) => [lang, new Set(lists[key] ?? [])]));
})();

/** Each listed language's share of the words of `text` that are its function words. */
function functionWordShares(text: string): Map<string, number> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return new Map(
    [...FUNCTION_WORDS].map(([lang, list]) => [
      lang,
      words.length ? words.filter((w) => list.has(w)).length / words.length : 0,
    ]),
  );
}

function valueAt(input: Pick<LetterInput, 'details' | 'sender' | 'onBehalfOf'>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], input);
}

/** The fields that seem to be in another language than the letter, in the order of CHECKED_FIELDS. */
export function checkLanguages(
  input: Pick<LetterInput, 'lang' | 'details' | 'sender' | 'onBehalfOf'>,
): FieldLanguage[] {
  const out: FieldLanguage[] = [];
  for (const field of CHECKED_FIELDS) {
    const text = valueAt(input, field);
    if (typeof text !== 'string') continue;
    const detected = otherLanguage(text, input.lang);
    if (detected) out.push({ field, detected });
  }
  return out;
}

/** The single warning about fields in other languages, or none. */
export function languageWarning(fields: readonly FieldLanguage[]): LanguageMismatch | undefined {
  const first = fields[0];
  return first ? { code: 'language-mismatch', field: first.field, fields } : undefined;
}
