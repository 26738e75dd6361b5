// The warnings about a letter, in the chat's language (which may differ from the letter's).
import type { LetterWarning } from '../domain/letters/compose.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { countryName, formatDate, formatMonth } from '../present/format.js';
import type { Translate } from '../present/translate.js';

export interface WarningView {
  readonly code: LetterWarning['code'];
  readonly field: string;
  readonly message: string;
}

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function describeWarning(
  k: Pick<Knowledge, 'programById' | 'unitById'>,
  w: LetterWarning,
  ctx: { readonly lang: Lang; readonly letterLang: Lang; readonly t: Translate },
): WarningView {
  const { lang, t } = ctx;
  const key = `letter:warning.${w.code}`;
  let message: string;
  switch (w.code) {
    case 'lead-time-tight':
    case 'lead-time-too-late':
      message = t(key, {
        start: formatDate(w.start, lang),
        earliest: formatMonth(w.earliestStart, lang),
        submitBy: formatDate(w.submitBy, lang),
      });
      break;
    case 'academy-application':
    case 'open-access':
    case 'program-not-for-country':
      message = t(key, {
        program: k.programById.get(w.programId)?.name[lang] ?? w.programId,
        country: countryName(w.country, lang),
        unit: k.unitById.get(w.unit)?.name[lang] ?? w.unit,
      });
      break;
    case 'not-member':
    case 'developed':
    case 'confirm-route':
      message = t(key, {
        country: countryName(w.country, lang),
        unit: k.unitById.get(w.unit)?.name[lang] ?? w.unit,
      });
      break;
    case 'language-mismatch':
      message = t(key, {
        field: t(`letter:field.${w.field.replace(/^details\./, '')}`),
        detected: languageName(w.detected, lang),
        letter: languageName(ctx.letterLang, lang),
      });
      break;
  }
  return { code: w.code, field: w.field, message };
}

export function describeWarnings(
  k: Pick<Knowledge, 'programById' | 'unitById'>,
  warnings: readonly LetterWarning[],
  ctx: { readonly lang: Lang; readonly letterLang: Lang; readonly t: Translate },
): WarningView[] {
  return warnings.map((w) => describeWarning(k, w, ctx));
}
