// The country a message names only by an IP office's name ("Hello, we are KIPI…"):
// knowledge/country-aliases.json lists national offices' names (KIPI, BRELA, Kazpatent) as names
// of their country. Such a country is inferred from the office, and where ip-offices.json cites
// the office "U" (unverified) the bot says so and reads the country back before keeping it
// (README, "what is inferred says so, and the bot then tells the user to confirm"); an office
// cited "M" or "S" is a sourced fact, and its country is kept as said. A country named in the
// same message ("We are KIPI in Kenya", "the Kenya Industrial Property Institute") is typed: it
// wins and is not flagged.
import {
  findCountryMention,
  type CountryMatch,
  type CountryMatchKnowledge,
} from '../../domain/country-match.js';
import { foldName } from '../../domain/country-forms.js';
import { isUnverified } from '../../domain/sources.js';
import type { Knowledge } from '../../knowledge/types.js';

export interface CountryInMessage {
  readonly match: CountryMatch;
  /** The country is only the office's, whose source is unverified: its name as typed ("KIPI"). */
  readonly inferredFrom?: string;
}

interface OfficeAliases {
  /** The knowledge without the aliases that are offices' names: what the message itself names. */
  readonly withoutOffices: CountryMatchKnowledge;
  /** Each office name that is an alias, with its country and whether the office is unverified. */
  readonly names: readonly { readonly name: string; readonly code: string; readonly unverified: boolean }[];
}

const cache = new WeakMap<Knowledge, OfficeAliases>();

function officeAliases(k: Knowledge): OfficeAliases {
  let cached = cache.get(k);
  if (!cached) {
    const offices = new Map<string, { code: string; unverified: boolean }>();
    for (const o of k.ipOffices)
      if (o.country)
        for (const n of o.names)
          offices.set(foldName(n), { code: o.country, unverified: isUnverified(o.source) });
    const names: OfficeAliases['names'][number][] = [];
    const aliases: Record<string, string | readonly string[]> = {};
    for (const [alias, target] of Object.entries(k.countryAliases)) {
      const office = offices.get(foldName(alias));
      if (office && target === office.code) names.push({ name: alias, ...office });
      else aliases[alias] = target;
    }
    // A copy of the country list: the country index is cached by it (country-match.ts).
    const withoutOffices = {
      countries: [...k.countries],
      countryNames: k.countryNames,
      countryAliases: aliases,
    };
    cache.set(k, (cached = { withoutOffices, names }));
  }
  return cached;
}

/** Whether `name` stands in `text` as a word (its acronym in capitals; a Russian name declined). */
function typedIn(text: string, name: string): boolean {
  const acronym = /^[\p{Lu}\d]{2,}$/u.test(name);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (acronym ? m[0] === name : foldName(m[0]).startsWith(foldName(name))) return true;
  }
  return false;
}

/** The countries a message names, and the office a country was inferred from when that is all it names. */
export function countryInMessage(k: Knowledge, text: string): CountryInMessage {
  const all = findCountryMention(k, text);
  if (all.kind === 'none') return { match: all };
  const { withoutOffices, names } = officeAliases(k);
  const typed = findCountryMention(withoutOffices, text);
  // "We are KIPI in Tanzania": the country typed, not the office's.
  if (typed.kind !== 'none') return { match: typed };
  // Two offices' countries ("KIPI and BRELA"): the country question offers both.
  if (all.kind !== 'one') return { match: all };
  const offices = names.filter((n) => n.code === all.code);
  const office = offices.find((n) => typedIn(text, n.name)) ?? offices[0];
  return office?.unverified ? { match: all, inferredFrom: office.name } : { match: all };
}
