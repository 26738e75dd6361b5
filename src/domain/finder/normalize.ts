// Text folding shared by the index and the query, so both sides compare the same forms.

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const LATIN_COMBINING = /[\u0300-\u036f]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Folds case, Latin accents, Arabic letter variants (alef forms, alef maqsura, ta marbuta, hamza
 * seats, Persian kaf/ya), diacritics and tatweel, Arabic-Indic digits, and Russian ё. People type
 * ه for ة and ا for أ as often as not, so both sides must meet on one spelling.
 */
export function foldText(text: string): string {
  if (text.length > MAX_KEPT_LENGTH) return foldAnew(text);
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(text, (folded = foldAnew(text)));
  }
  return folded;
}

/**
 * Folded texts kept: a turn folds the same message and its words many times over (each command,
 * intent and phrase list asks), and six Unicode passes per call were ~1% of a turn. Bounded:
 * texts of up to 200 characters, emptied when full (the words of a few hundred turns): < 2 MB.
 */
const folds = new Map<string, string>();
const MAX_FOLDS = 4000;
const MAX_KEPT_LENGTH = 200;

function foldAnew(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(ARABIC_DIACRITICS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/[ىی]/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/ة/g, 'ه')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي')
      .replace(ARABIC_INDIC_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90))
      .replace(/ё/g, 'е')
      // Accents go last (й folds to и on both sides, which is harmless).
      .normalize('NFD')
      .replace(LATIN_COMBINING, '')
      .normalize('NFC')
  );
}

export type Script = 'arabic' | 'cyrillic' | 'han' | 'latin' | 'digits' | 'other';

export function scriptOf(word: string): Script {
  if (/\p{Script=Han}/u.test(word)) return 'han';
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  if (/^\p{Nd}+$/u.test(word)) return 'digits';
  return 'other';
}
