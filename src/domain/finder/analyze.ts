// Turns text into search terms: word segmentation (Intl.Segmenter handles Chinese), stop words,
// Snowball stemming per language, then folding. The index and the query go through the same path.
import snowball from 'snowball-stemmers';
import * as stopwords from 'stopword';
import type { Lang } from '../../knowledge/types.js';
import { foldText, scriptOf } from './normalize.js';

const STEMMER_NAME: Partial<Record<Lang, string>> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  ar: 'arabic',
};
const stemmers = new Map(
  Object.entries(STEMMER_NAME).map(([lang, name]) => [lang as Lang, snowball.newStemmer(name)] as const),
);
const STOP: Record<Lang, ReadonlySet<string>> = {
  en: new Set(stopwords.eng),
  fr: new Set(stopwords.fra),
  es: new Set(stopwords.spa),
  ru: new Set(stopwords.rus),
  zh: new Set(stopwords.zho),
  ar: new Set(stopwords.ara.map(foldText)),
};
const LATIN_LANGS: readonly Lang[] = ['en', 'fr', 'es'];
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Languages a word may belong to, from its script and the text's language when known. */
function candidateLangs(word: string, lang: Lang | undefined): readonly Lang[] {
  switch (scriptOf(word)) {
    case 'han':
      return ['zh'];
    case 'arabic':
      return ['ar'];
    case 'cyrillic':
      return ['ru'];
    case 'latin':
      return lang && LATIN_LANGS.includes(lang) ? [lang] : LATIN_LANGS;
    default:
      return [];
  }
}

export interface AnalyzedTerm {
  readonly term: string;
  /** The word as written, to show the user what matched. */
  readonly word: string;
}

export function analyze(text: string, lang?: Lang): AnalyzedTerm[] {
  const out: AnalyzedTerm[] = [];
  const seen = new Set<string>();
  for (const seg of segmenter.segment(text)) {
    if (!seg.isWordLike) continue;
    const word = seg.segment.normalize('NFKC').toLowerCase();
    const langs = candidateLangs(word, lang);
    if (langs.length === 0) continue;
    if (langs.some((l) => STOP[l].has(l === 'ar' ? foldText(word) : word))) continue;
    for (const l of langs) {
      const stemmer = stemmers.get(l);
      const term = foldText(stemmer ? stemmer.stem(word) : word);
      // One Han character or one Latin letter carries too little meaning to match on.
      if (term.length < 2 || seen.has(term)) continue;
      seen.add(term);
      out.push({ term, word: seg.segment });
    }
  }
  return out;
}

/** Terms only, space-joined: the form stored in the index. */
export function analyzeToText(text: string, lang?: Lang): string {
  return analyze(text, lang)
    .map((t) => t.term)
    .join(' ');
}
