// Which programs a requester's country may ask for, on a date: the finder's country filter. The
// chat and the JSON API use the same predicate, so the same (text, language, country) gives the
// same list everywhere.
import type { Knowledge, Program } from '../../knowledge/types.js';
import { parseIsoDate } from '../calendar.js';
import { ldcStatusOn } from '../ldc-status.js';
import { programServesCountry } from '../routing.js';

/**
 * Programs offered to the country (ISO alpha-2) on the date (YYYY-MM-DD). Every program when the
 * country or the date is unknown, and for a developed country, which is told whom to contact but
 * may still see what exists.
 */
export function offeredTo(
  k: Pick<Knowledge, 'countryByCode'>,
  countryCode: string | undefined,
  date: string,
): (p: Program) => boolean {
  const country = countryCode ? k.countryByCode.get(countryCode.toUpperCase()) : undefined;
  const day = parseIsoDate(date);
  if (!country || !day || country.group === 'developed') return () => true;
  const ldc = ldcStatusOn(country, day);
  return (p) => programServesCountry(p, country, ldc);
}
