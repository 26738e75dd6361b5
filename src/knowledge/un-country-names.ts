// The UN short names of countries, read once from knowledge/country-names.json (validated like the
// rest of knowledge/), for the many places that name a country from its code and a language
// without the knowledge base at hand. The file is read on first use, not at import.
import type { CountryName } from './schema.js';
import { loadCountryNames } from './load.js';

let byCode: ReadonlyMap<string, CountryName> | undefined;

export function unCountryNames(): ReadonlyMap<string, CountryName> {
  return (byCode ??= new Map(loadCountryNames().map((n) => [n.code, n])));
}
