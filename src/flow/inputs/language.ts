// Recognises a language named in any of the six languages ("français", "French", "法语", "fr").
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { fold } from './vocabulary.js';

const names = new Map<string, Lang>();
// Names only, not codes: "FR" or "ES" typed at the country question means France or Spain.
for (const lang of LANGS) {
  for (const inLang of LANGS) {
    const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang);
    if (name) names.set(fold(name), lang);
  }
}
// Common short forms Intl does not give.
for (const [alias, lang] of [
  ['chinese', 'zh'],
  ['中文', 'zh'],
  ['عربي', 'ar'],
  ['русский', 'ru'],
  ['espanol', 'es'],
  ['francais', 'fr'],
  // The written-language forms Chinese and Arabic use as often as the spoken ones.
  ['英文', 'en'],
  ['法文', 'fr'],
  ['俄文', 'ru'],
  ['西班牙文', 'es'],
  ['阿拉伯文', 'ar'],
  ['الإنكليزية', 'en'],
  ['بالإنجليزية', 'en'],
  ['بالإنكليزية', 'en'],
  ['بالفرنسية', 'fr'],
  ['بالروسية', 'ru'],
  ['بالإسبانية', 'es'],
  ['بالصينية', 'zh'],
  ['بالعربية', 'ar'],
] as const) {
  names.set(fold(alias), lang);
}

export function matchLanguage(text: string): Lang | undefined {
  return names.get(fold(text));
}
