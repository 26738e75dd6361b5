// Text folding shared by the index and the query, so both sides compare the same forms.

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const LATIN_COMBINING = /[\u0300-\u036f]/g;

/** Folds case, Latin accents, Arabic letter variants and diacritics, and Russian ё. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(ARABIC_DIACRITICS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي')
      .replace(/ё/g, 'е')
      // Accents go last (й folds to и on both sides, which is harmless).
      .normalize('NFD')
      .replace(LATIN_COMBINING, '')
      .normalize('NFC')
  );
}

export type Script = 'arabic' | 'cyrillic' | 'han' | 'latin' | 'other';

export function scriptOf(word: string): Script {
  if (/\p{Script=Han}/u.test(word)) return 'han';
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return 'other';
}
