// One place that turns a validated input into the letter in every form the edges hand out.
import { composeLetter, type ComposedLetter, type LetterError } from '../domain/letters/compose.js';
import type { LetterInput } from '../domain/letters/input.js';
import type { Result } from '../domain/result.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { countryName } from '../present/format.js';
import type { Translate } from '../present/translate.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import { describeWarnings, type WarningView } from './warnings.js';

export interface BuiltLetter extends ComposedLetter {
  readonly text: string;
  readonly html: string;
  /** The warnings worded in the chat's language. */
  readonly messages: readonly WarningView[];
}

/** What an error of composition means, for a 400 or a CLI message. */
export const LETTER_ERROR_MESSAGES: Record<LetterError['code'], string> = {
  'unknown-country': 'is not a country in the knowledge base',
  'unknown-program': 'is not a known program id',
  'unknown-expected-result': 'is not an expected result of the Country Plan template',
  'not-for-program': 'is not an expected result of the chosen program',
  'start-in-past': 'the intended start date has already passed',
  'invalid-date': 'is not a valid date',
};

export function buildLetter(
  k: Knowledge,
  forLang: (lang: Lang) => Translate,
  input: LetterInput,
  options: { readonly today: string; readonly uiLang?: Lang },
): Result<BuiltLetter, LetterError> {
  const composed = composeLetter(k, input, options.today, { t: forLang(input.lang), countryName });
  if (!composed.ok) return composed;
  const uiLang = options.uiLang ?? input.lang;
  return {
    ok: true,
    value: {
      ...composed.value,
      text: renderText(composed.value.document),
      html: renderHtml(composed.value.document),
      messages: describeWarnings(k, composed.value.warnings, {
        lang: uiLang,
        letterLang: input.lang,
        date: input.letterDate ?? options.today,
        t: forLang(uiLang),
      }),
    },
  };
}
