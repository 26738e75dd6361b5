// Latin- and Cyrillic-script words to index terms: elisions, acronyms and their plurals, British
// and American spellings, a few words the stemmers would wrongly merge, then Snowball stemming.
// Each word gives its folded form and its stem(s); the query side stems with every plausible
// language, the index side with the language of the text.
import snowball from 'snowball-stemmers';
import type { Lang } from '../../knowledge/types.js';
import { memo } from './memo.js';
import { foldText } from './normalize.js';

export type StemLang = 'en' | 'fr' | 'es' | 'ru' | 'ar';
const STEMMER_NAME: Record<StemLang, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  ar: 'arabic',
};
const stemmers = new Map(
  (Object.keys(STEMMER_NAME) as StemLang[]).map((l) => [l, snowball.newStemmer(STEMMER_NAME[l])] as const),
);

const stemmed = Object.fromEntries(
  (Object.keys(STEMMER_NAME) as StemLang[]).map((l) => [l, memo((w) => foldText(stemmers.get(l)!.stem(w)))]),
) as Record<StemLang, (word: string) => string>;

/** The Snowball stem of a lower-case word, folded. */
export function stem(word: string, lang: StemLang): string {
  return stemmed[lang](word);
}

// "l'innovation", "d’appui", "qu'il": the article or pronoun stuck to the word by an apostrophe.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/i;
// "artists'", "country's".
const POSSESSIVE = /['’]s?$/i;
const ORDINAL = /^(\d+)(?:st|nd|rd|th|e|er|eme|ème|o|a|º|ª)$/i;

/** Strips elisions and possessives; ordinals become their number. */
export function cleanWord(word: string): string {
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return ordinal[1]!;
  return word.replace(ELISION, '').replace(POSSESSIVE, '');
}

// Acronyms people write in other languages or in the plural; all map to one term. "ip", "wipo"
// map to terms the stop list drops.
const ACRONYM_ALIASES: Readonly<Record<string, string>> = {
  smes: 'sme',
  pme: 'sme',
  pmes: 'sme',
  pyme: 'sme',
  pymes: 'sme',
  mipyme: 'sme',
  mipymes: 'sme',
  мсп: 'sme',
  pma: 'ldc',
  ldcs: 'ldc',
  нрс: 'ldc',
  ong: 'ngo',
  ongs: 'ngo',
  ngos: 'ngo',
  нпо: 'ngo',
  нко: 'ngo',
  onu: 'un',
  оон: 'un',
  pi: 'ip',
  ис: 'ip',
  ompi: 'wipo',
  воис: 'wipo',
  ниокр: 'rnd',
  startups: 'startup',
  catis: 'tisc',
  cati: 'tisc',
  цпти: 'tisc',
  tto: 'tto',
  ttos: 'tto',
  ott: 'tto',
  cmo: 'cmo',
  cmos: 'cmo',
  ogc: 'cmo',
  igos: 'igo',
};

/** "SME", "SMEs", "TISCs", "IT": capitals (and an optional plural s) — a name, never stemmed. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}s?$/u.test(word) && /\p{Lu}{2}/u.test(word);
}

/** The one term of an acronym or a known alias, or undefined for an ordinary word. */
export function acronymTerm(word: string): string | undefined {
  const folded = foldText(word);
  const alias = ACRONYM_ALIASES[folded];
  if (alias) return alias;
  if (!isAcronym(word)) return undefined;
  // "SMEs" -> "sme": a lower-case s after capitals is a plural.
  return folded.endsWith('s') && /\p{Ll}$/u.test(word) ? folded.slice(0, -1) : folded;
}

// British spellings folded to American ones so "computerise" meets "computerize" and "centre"
// meets "center" — on both sides, so an odd result ("enterprize") still matches itself.
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/^(cent|theat|met|fib|lit)re(s?)$/u, '$1er$2'],
  [/^programme(s?)$/u, 'program$1'],
  [/^licenc(e|es|ed|ing)$/u, 'licens$1'],
  [/^(col|behavi|lab|fav|neighb|hon|harb|hum|rum|endeav)our(s|ed|ing|hood|able)?$/u, '$1or$2'],
  [/^judgement(s?)$/u, 'judgment$1'],
  [/^catalogue(s?)$/u, 'catalog$1'],
];
// Words the stemmers would merge with a different concept: a cooperative is not cooperation,
// "informal" (economy) is not "information", "developed" (countries) is not "developing".
const PROTECTED: readonly (readonly [RegExp, string])[] = [
  [/^co-?op[eé]rativ(e|es|a|as|o|os)$/u, 'cooperativ'],
  [/^informal(es)?$/u, 'informal'],
  [/^informel(le|les|s)?$/u, 'informal'],
  // French and Spanish stemmers make a journalist a "journal" (a journal is a periodical).
  [/^journalist(e|es|s|a|as)?$/u, 'journalist'],
  [/^periodistas?$/u, 'journalist'],
  [/^кооператив\p{L}*$/u, 'кооператив'],
];

export function spellingVariant(folded: string): string {
  for (const [re, to] of SPELLING) if (re.test(folded)) return folded.replace(re, to);
  return folded;
}

export function protectedTerm(folded: string): string | undefined {
  for (const [re, term] of PROTECTED) if (re.test(folded)) return term;
  return undefined;
}

export function isStemLang(lang: Lang): lang is StemLang {
  return lang in STEMMER_NAME;
}
