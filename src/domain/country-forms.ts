// How a country name is written inside a sentence: folded for comparison, Russian case endings
// ("в Казахстане", "из Кыргызстана") and Arabic proclitics ("بالسنغال", "لكينيا"). Pure string work.
import { foldText } from './finder/normalize.js';

/** Folds case, accents, Arabic letter variants and ё; apostrophes, hyphens and brackets become spaces. */
export function foldName(text: string): string {
  return foldText(text)
    .replace(/[’'ʼ`´‘]/g, ' ')
    .replace(/[-‐‑‒–—―]/g, ' ')
    .replace(/[()[\]{}（）【】「」«»“”„"]/g, ' ')
    .replace(/[.,;:!?¿¡、，。：；！？؟،؛…&/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}

/** Words that may open a name without being part of it: "the Gambia", "la Côte d'Ivoire", "el Perú". */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'el', 'los', 'las']);

export function withoutLeadingArticle(words: readonly string[]): readonly string[] {
  return words.length > 1 && ARTICLES.has(words[0]!) ? words.slice(1) : words;
}

// Russian endings by the shape of the word (lower case, ё as е, before folding й to и):
// [shape, ending the shape ends with, the endings that replace it].
const RU_PARADIGMS: readonly (readonly [RegExp, string, readonly string[]])[] = [
  [/ство$/, 'ство', ['ство', 'ства', 'ству', 'ством', 'стве']],
  [/ая$/, 'ая', ['ая', 'ой', 'ую', 'ою']],
  [/ое$/, 'ое', ['ое', 'ого', 'ому', 'ым', 'ом']],
  [/ые$/, 'ые', ['ые', 'ых', 'ым', 'ыми']],
  [/ие$/, 'ие', ['ие', 'их', 'им', 'ими']],
  [/ы$/, 'ы', ['ы', 'ых', 'ым', 'ыми', 'ов', 'ам', 'ах', 'ами', '']],
  [/ый$/, 'ый', ['ый', 'ого', 'ому', 'ым', 'ом']],
  [/ой$/, 'ой', ['ой', 'ого', 'ому', 'ым', 'ом']],
  [/[^аеиоуыэюя]ий$/, 'ий', ['ий', 'его', 'ему', 'им', 'ем', 'ого', 'ому', 'ом']],
  [/ия$/, 'ия', ['ия', 'ии', 'ию', 'ией']],
  [/ея$/, 'ея', ['ея', 'еи', 'ее', 'ею', 'еей']],
  [/[^аеиоуыэюя]а$/, 'а', ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою']],
  [/ь$/, 'ь', ['ь', 'и', 'ью', 'я', 'ю', 'ем', 'е']],
  [/й$/, 'й', ['й', 'я', 'ю', 'ем', 'е']],
  [/[бвгджзклмнпрстфхцчшщ]$/, '', ['', 'а', 'у', 'ом', 'е']],
];
/** Nouns whose stem changes or whose plural the shape does not show. */
const RU_SPECIAL: Readonly<Record<string, readonly string[]>> = {
  египет: ['египет', 'египта', 'египту', 'египтом', 'египте'],
  острова: ['острова', 'островов', 'островам', 'островах', 'островами'],
};

/** The case forms of one Russian word, folded; a word ending in о, у, и, е (Того, Перу, Мали) does not decline. */
export function russianForms(word: string): readonly string[] {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (!/^\p{Script=Cyrillic}+$/u.test(w)) return [foldText(w)];
  const special = RU_SPECIAL[w];
  if (special) return special.map(foldText);
  const paradigm = RU_PARADIGMS.find(([shape]) => shape.test(w));
  if (!paradigm) return [foldText(w)];
  const [, ending, endings] = paradigm;
  const stem = w.slice(0, w.length - ending.length);
  const forms = endings.map((e) => stem + e);
  return [...new Set(forms.map(foldText))];
}

// Arabic proclitics written onto the next word: و ف (and), ب (in, by), ل (for, to), ك (as).
const AR_PROCLITICS = [
  'وبال',
  'فبال',
  'وكال',
  'ولل',
  'فلل',
  'بال',
  'كال',
  'فال',
  'وال',
  'لل',
  'وب',
  'فب',
  'ول',
  'فل',
  'وك',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];

/**
 * A folded Arabic word and the words it may carry behind proclitics ("بالسنغال" → "السنغال",
 * "للسنغال" → "سنغال"); `clitic` marks a form reached by removing ب or ل, which says "in/to" as a
 * preposition would. A bare article is never removed, so "المالي" (financial) is not Mali.
 */
export function arabicForms(word: string): readonly { form: string; clitic: boolean }[] {
  const out = new Map<string, boolean>([[word, false]]);
  for (const p of AR_PROCLITICS) {
    if (!word.startsWith(p) || word.length - p.length < 3) continue;
    const rest = word.slice(p.length);
    // "بال" + "سنغال" is "ب" + "السنغال": the article stays on the word it belongs to.
    const article = p.endsWith('ال') && p !== 'لل';
    const form = article ? `ال${rest}` : rest;
    const clitic = /[بل]/.test(article ? p.slice(0, -2) : p);
    out.set(form, (out.get(form) ?? false) || clitic);
  }
  return [...out].map(([form, clitic]) => ({ form, clitic }));
}

/** An Arabic name's word without its article too ("السنغال" is also written "سنغال"). */
export function arabicNameForms(word: string): readonly string[] {
  return word.startsWith('ال') && word.length > 4 ? [word, word.slice(2)] : [word];
}
