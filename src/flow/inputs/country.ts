// The country step reads names with the pure matcher in src/domain/country-match.ts.
import type { Knowledge } from '../../knowledge/types.js';
import { findCountryMention as mentions } from '../../domain/country-match.js';

export { matchCountry, type CountryMatch } from '../../domain/country-match.js';

/** The one country a sentence names, if it names exactly one (several are left to the country step). */
export function findCountryMention(
  k: Pick<Knowledge, 'countries' | 'countryNames' | 'countryAliases'>,
  text: string,
): string | undefined {
  const m = mentions(k, text);
  return m.kind === 'one' ? m.code : undefined;
}
