// Recognises a language named in any of the six languages ("français", "French", "法语", "英文",
// "بالإنجليزية"): the whole text is a name from ICU or from the lists in
// locales/<lang>/understand.json (`language.names`).
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import type { FlowContext } from '../types.js';
import { listed, memo } from '../understand/text.js';
import { fold } from './vocabulary.js';

// Names only, not codes: "FR" or "ES" typed at the country question means France or Spain.
const names = (ctx: FlowContext) =>
  memo(ctx, 'language:whole-names', () => {
    const byName = new Map<string, Lang>();
    for (const lang of LANGS) {
      for (const inLang of LANGS) {
        const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang);
        if (name) byName.set(fold(name), lang);
      }
      for (const name of listed(ctx, `language.names.${lang}`)) byName.set(fold(name), lang);
    }
    return byName;
  });

export function matchLanguage(ctx: FlowContext, text: string): Lang | undefined {
  return names(ctx).get(fold(text));
}
