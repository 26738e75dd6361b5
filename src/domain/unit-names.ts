// A unit's name on a date, in one place: the cc line of a letter, the route and the warnings all
// name a unit the same way. A renamed unit keeps its manual name and gains dated current names.
import type { Lang, Unit } from '../knowledge/types.js';

/** The name a dated record gives the unit on `date`, if any. */
export function currentUnitName(unit: Unit, date: string, lang: Lang): string | undefined {
  const current = unit.currentNames
    .filter((n) => n.validFrom <= date && (!n.validTo || date < n.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return current?.name[lang];
}

/** The unit as it is called on `date`: its current name, else the manual's. */
export function unitName(unit: Unit, date: string, lang: Lang): string {
  return currentUnitName(unit, date, lang) ?? unit.name[lang];
}
