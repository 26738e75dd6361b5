// A unit's name on a date: the manual's name, plus the current name where a dated record says so.
import { currentUnitName } from '../domain/unit-names.js';
import type { Lang, Unit } from '../knowledge/types.js';

export { currentUnitName };

/** "Regional Bureau for Africa (now: Division for Africa)"-style label is built by the caller's locale. */
export function unitLabel(
  unit: Unit,
  date: string,
  lang: Lang,
  nowWord: (current: string) => string,
): string {
  const current = currentUnitName(unit, date, lang);
  if (!current || current === unit.name[lang]) return unit.name[lang];
  const now = nowWord(current);
  // A full-width bracket ("（现称：…）") carries its own spacing.
  return `${unit.name[lang]}${/^[（【「]/u.test(now) ? '' : ' '}${now}`;
}
