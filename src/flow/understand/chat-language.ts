// Reads a typed request to go on in another language: "Sorry, can we continue in English?",
// "Продолжим на испанском, por favor", "هل يمكن أن نكمل بالعربية؟", "English please". A cue about
// the conversation (locales/<lang>/commands.json `chatLanguage.cues`) and one language's name; or,
// where no language is being asked for, a language's name with only polite words beside it.
// "In English please" at the letter's language question answers that question instead.
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import type { FlowContext } from '../types.js';
import { matchLanguageAnswer } from './language.js';
import { listed, phraseIndex, phraseWords, sanitize, tokenize } from './text.js';

// A request to change language is short; a long message that names a language is about something else.
const MAX_WORDS = 12;

const CUES = { cue: ['commands:chatLanguage.cues'] };

/** The language the user asks the conversation to go on in, or undefined. */
export function chatLanguageRequest(ctx: FlowContext, text: string, asksLanguage: boolean): Lang | undefined {
  const tokens = tokenize(sanitize(text));
  if (!tokens.length || tokens.length > MAX_WORDS) return undefined;
  const lang = matchLanguageAnswer(ctx, text);
  if (!lang) return undefined;
  if (phraseIndex(ctx, CUES).all(tokens).length > 0) return lang;
  if (asksLanguage) return undefined;
  // "English please", "بالعربية من فضلك": nothing but the name and polite words.
  const polite = new Set(listed(ctx, 'chatLanguage.polite', 'commands').flatMap((p) => phraseWords(p)));
  const named = new Set(languageWords(ctx, lang));
  return tokens.every((t) => polite.has(t.norm) || named.has(t.norm)) ? lang : undefined;
}

/** The words of the names `lang` is known by, in the six languages (ICU and the lists). */
function languageWords(ctx: FlowContext, lang: Lang): string[] {
  const names = listed(ctx, `language.names.${lang}`);
  for (const inLang of LANGS) {
    const name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang);
    if (name) names.push(name);
  }
  return names.flatMap((n) => phraseWords(n));
}
