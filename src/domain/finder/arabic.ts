// Arabic words to index terms. The letter variants are folded first (foldText: alef forms, ya,
// ta marbuta/ha, tatweel, diacritics), then the attached conjunctions, prepositions and article
// (و، ف، ب، ل، ك، ال) are taken off, and only then does the Snowball stemmer run — so "والقرصنه"
// and "القرصنة" reach the stemmer as the same word.
import { stem } from './words.js';

const MIN_BASE = 3;

/**
 * The possible bases of a folded Arabic word, most likely first, each with a weight. "وال", "بال",
 * "فال", "كال", "لل" and "ال" are unambiguous; a single و، ف، ب، ل or ك may also be the word's own
 * first letter (بحث، وثائق), so the word is kept beside the stripped form.
 */
export function arabicBases(folded: string): { base: string; weight: number }[] {
  const out: { base: string; weight: number }[] = [];
  const add = (base: string, weight: number) => {
    if (!out.some((o) => o.base === base)) out.push({ base, weight });
  };
  const visit = (word: string, weight: number, depth: number) => {
    const article = /^(?:[وفبك]?ال|لل)(.+)$/u.exec(word);
    if (article && article[1]!.length >= MIN_BASE) return add(article[1]!, weight);
    add(word, weight);
    if (depth < 2 && word.length > MIN_BASE && /^[وفبلك]/u.test(word))
      visit(word.slice(1), weight * 0.9, depth + 1);
  };
  visit(folded, 1, 0);
  return out;
}

// Bases the stemmer would merge with another concept: "تقليدي" (traditional) must not become
// "تقليد" (counterfeiting), nor "تعاونية" (a cooperative) "تعاون" (cooperation).
const PROTECTED: readonly (readonly [RegExp, string])[] = [
  [/^تقليدي/u, 'تقليدي'],
  [/^تعاوني/u, 'تعاوني'],
];

/** Base forms and their stems, each with the weight of its base. */
export function arabicTerms(folded: string): { term: string; weight: number }[] {
  const out: { term: string; weight: number }[] = [];
  for (const { base, weight } of arabicBases(folded)) {
    const kept = PROTECTED.find(([re]) => re.test(base))?.[1];
    for (const term of kept ? [kept] : [base, stem(base, 'ar')]) {
      if (term.length >= 2 && !out.some((o) => o.term === term)) out.push({ term, weight });
    }
  }
  return out;
}
