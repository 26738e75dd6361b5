// The country a message names only by an IP office's name ("Hello, we are KIPI…"): the names of
// the national offices of knowledge/ip-offices.json (KIPI, BRELA, Kazpatent) are names of their
// country (Knowledge.officeCountryNames, country-match.ts). Such a country is inferred from the
// office, and where ip-offices.json cites the office "U" (unverified) the bot says so and reads
// the country back before keeping it (README, "what is inferred says so, and the bot then tells the user to confirm"); an office
// cited "M" or "S" is a sourced fact, and its country is kept as said. A country named in the
// same message ("We are KIPI in Kenya", "the Kenya Industrial Property Institute") is typed: it
// wins and is not flagged.
import {
  findCountryMention,
  type CountryMatch,
  type CountryMatchKnowledge,
} from '../../domain/country-match.js';
import { foldName } from '../../domain/country-forms.js';
import type { Knowledge } from '../../knowledge/types.js';

export interface CountryInMessage {
  readonly match: CountryMatch;
  /** The country is only the office's, whose source is unverified: its name as typed ("KIPI"). */
  readonly inferredFrom?: string;
}

/** The knowledge without the offices' names: what the message itself names. */
const cache = new WeakMap<Knowledge, CountryMatchKnowledge>();

function withoutOffices(k: Knowledge): CountryMatchKnowledge {
  let cached = cache.get(k);
  if (!cached) {
    // A copy of the country list: the country index is cached by it (country-match.ts).
    cached = { countries: [...k.countries], countryNames: k.countryNames, countryAliases: k.countryAliases };
    cache.set(k, cached);
  }
  return cached;
}

const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * Whether `name` stands in `text` as its words (an acronym in capitals; a Russian name declined,
 * "Казпатента"); Chinese, written without spaces, holds a name anywhere ("我们是国家知识产权局").
 */
function typedIn(text: string, name: string): boolean {
  if (/\p{Script=Han}/u.test(name)) return text.replace(/\s+/g, '').includes(name.replace(/\s+/g, ''));
  if (/^[\p{Lu}\d]{2,}$/u.test(name)) return [...text.matchAll(WORD)].some((m) => m[0] === name);
  const words = [...text.matchAll(WORD)].map((m) => foldName(m[0]));
  const wanted = [...name.matchAll(WORD)].map((m) => foldName(m[0]));
  return words.some((_, i) => wanted.every((w, j) => words[i + j]?.startsWith(w)));
}

/** The countries a message names, and the office a country was inferred from when that is all it names. */
export function countryInMessage(k: Knowledge, text: string): CountryInMessage {
  const all = findCountryMention(k, text);
  if (all.kind === 'none') return { match: all };
  const typed = findCountryMention(withoutOffices(k), text);
  // "We are KIPI in Tanzania": the country typed, not the office's.
  if (typed.kind !== 'none') return { match: typed };
  // Two offices' countries ("KIPI and BRELA"): the country question offers both.
  if (all.kind !== 'one') return { match: all };
  const offices = k.officeCountryNames.filter((n) => n.code === all.code);
  const office = offices.find((n) => typedIn(text, n.name)) ?? offices[0];
  return office?.unverified ? { match: all, inferredFrom: office.name } : { match: all };
}
