// Runs of text whose direction is opposite to the letter's, to be isolated (<bdi>, U+2068…U+2069,
// a DOCX run without/with rtl) so that a Latin name or the Geneva address inside an Arabic letter,
// or Arabic inside a Latin-script letter, keeps its own order and does not reorder its neighbours.
// In a right-to-left letter a run of digits is isolated too: "+221 33 869 47 70" or "2026 / 88"
// would otherwise be laid out group by group from the right ("70 47 869 33 221+").

export interface Run {
  readonly text: string;
  /** Written in the direction opposite to the letter's: isolate it. */
  readonly isolate: boolean;
}

// Script_Extensions, not Script: the tatweel (U+0640) and the Arabic comma are Arabic by extension
// only, and "لـ25" must not split off its tatweel as if it were a Latin letter.
const RTL_LETTER =
  /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '«': '»', '“': '”' };
const OPENERS = /[([«“]/;
const CLOSERS = /[)\]»”]/;

type Kind = 'L' | 'R' | 'D' | 'N';
function classify(ch: string): Kind {
  if (RTL_LETTER.test(ch)) return 'R';
  if (LETTER.test(ch)) return 'L';
  if (DIGIT.test(ch)) return 'D';
  return 'N';
}

// Three Unicode-property tests per character of every letter add up: each character's kind is
// kept (a letter uses a few hundred distinct ones; the table stops growing at 10,000).
const kinds = new Map<string, Kind>();
function kindOf(ch: string): Kind {
  let kind = kinds.get(ch);
  if (kind === undefined) {
    kind = classify(ch);
    if (kinds.size < 10_000) kinds.set(ch, kind);
  }
  return kind;
}

/**
 * Splits `text` into runs; a run is isolated when, in a letter of direction `dir`, it holds letters
 * of the other direction and no letter of the letter's own. Digits and brackets at its edges go
 * with it ("34, chemin des Colombettes", "(TISC)"), plain spaces and separators stay outside.
 */
export function directionalRuns(text: string, dir: 'ltr' | 'rtl'): Run[] {
  const chars = Array.from(text);
  const kinds = chars.map(kindOf);
  const own: Kind = dir === 'rtl' ? 'R' : 'L';
  const other: Kind = dir === 'rtl' ? 'L' : 'R';
  const runs: Run[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < chars.length) {
    if (kinds[i] !== other && kinds[i] !== 'D') {
      i++;
      continue;
    }
    // A stretch without letters of the letter's own direction, from here.
    let end = i;
    let hasOther = false;
    let lastCore = i;
    while (end < chars.length && kinds[end] !== own) {
      if (kinds[end] === other) hasOther = true;
      if (kinds[end] === other || kinds[end] === 'D') lastCore = end;
      end++;
    }
    if (!hasOther && dir === 'ltr') {
      i = end;
      continue;
    }
    let s = i;
    // The sign of an international phone number goes with its digits.
    while (s > plainStart && chars[s - 1] === '+') s--;
    let e = lastCore + 1;
    const inside = chars.slice(s, e).join('');
    const open = (inside.match(/[([«“]/g) ?? []).length;
    const close = (inside.match(/[)\]»”]/g) ?? []).length;
    const before = s > 0 ? (chars[s - 1] ?? '') : '';
    const after = chars[e] ?? '';
    if (open === close && PAIRS[before] !== undefined && PAIRS[before] === after) {
      // "(TISC)": the brackets around the run go with it.
      s--;
      e++;
    } else if (open > close && CLOSERS.test(after)) e++;
    else if (close > open && OPENERS.test(before)) s--;
    if (s > plainStart) runs.push({ text: chars.slice(plainStart, s).join(''), isolate: false });
    runs.push({ text: chars.slice(s, e).join(''), isolate: true });
    plainStart = e;
    i = e;
  }
  if (plainStart < chars.length) runs.push({ text: chars.slice(plainStart).join(''), isolate: false });
  return runs;
}
