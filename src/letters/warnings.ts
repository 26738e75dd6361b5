// The warnings about a letter, in the chat's language (which may differ from the letter's).
import type { LetterWarning } from '../domain/letters/compose.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { countryName, formatDate, formatList, formatMonth } from '../present/format.js';
import { consultPhrase } from '../present/route.js';
import type { Translate } from '../present/translate.js';
import { unitName } from '../domain/unit-names.js';

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
  ctx: { readonly lang: Lang; readonly letterLang: Lang; readonly t: Translate; readonly date: string },
): WarningView {
  const { lang, t } = ctx;
  const unit = (id: string) => k.unitById.get(id as never);
  const unitOf = (id: string) => {
    const u = unit(id);
    return u ? unitName(u, ctx.date, lang) : id;
  };
  const key = `letter:warning.${w.code}`;
  let message: string;
  switch (w.code) {
    case 'lead-time-tight':
    case 'lead-time-too-late':
      message = t(key, {
        start: formatDate(w.start, lang),
        earliest: formatMonth(w.earliestStart, lang),
        submitBy: formatDate(w.submitBy, lang),
        unit: consultPhrase(k, w.unit, w.alsoUnit, ctx.date, lang, t),
      });
      break;
    case 'academy-application':
    case 'open-access':
    case 'program-not-for-country':
      message = t(key, {
        program: k.programById.get(w.programId)?.name[lang] ?? w.programId,
        country: countryName(w.country, lang),
        unit: unitOf(w.unit),
      });
      break;
    case 'confirm-route':
      // Only what applies to this country ("left the LDC category" is no doubt for Kazakhstan).
      message = t(key, {
        country: countryName(w.country, lang),
        unit: consultPhrase(k, w.unit, w.alsoUnit, ctx.date, lang, t),
        doubts: formatList(
          (w.doubts ?? ['routing']).map((d) => t(`letter:doubt.${d}`)),
          lang,
        ),
      });
      break;
    case 'not-member':
    case 'developed':
      message = t(key, {
        country: countryName(w.country, lang),
        unit: unitOf(w.unit),
      });
      break;
    case 'language-mismatch': {
      const fields = w.fields.map((f) =>
        t('letter:warning.language-mismatch-field', {
          field: t(`letter:field.${f.field.split('.').pop() ?? f.field}`),
          detected: languageName(f.detected, lang),
        }),
      );
      message = t(key, {
        fields: new Intl.ListFormat(lang, { type: 'conjunction' }).format(fields),
        letter: languageName(ctx.letterLang, lang),
      });
      break;
    }
  }
  return { code: w.code, field: w.field, message };
}

export function describeWarnings(
  k: Pick<Knowledge, 'programById' | 'unitById'>,
  warnings: readonly LetterWarning[],
  ctx: { readonly lang: Lang; readonly letterLang: Lang; readonly t: Translate; readonly date: string },
): WarningView[] {
  return warnings.map((w) => describeWarning(k, w, ctx));
}
