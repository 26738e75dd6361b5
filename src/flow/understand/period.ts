// A start said as a part of a year rather than a month: "Q3 2027", "early next year", "в начале
// 2027 года", "下半年", "a mediados de 2027", "النصف الثاني من 2027". The lead time needs a month,
// so the date question offers the months that part of the year begins with; it never guesses one.
import { parseIsoDate } from '../../domain/calendar.js';
import type { FlowContext } from '../types.js';
import { shiftOf } from './date.js';
import { phraseIndex, sanitize, tokenize, type Token } from './text.js';

/** The months each part of a year begins with (the date question offers these). */
const PART_MONTHS = {
  q1: [1, 2, 3],
  q2: [4, 5, 6],
  q3: [7, 8, 9],
  q4: [10, 11, 12],
  h1: [1, 2, 3],
  h2: [7, 8, 9],
  early: [1, 2, 3],
  mid: [5, 6, 7],
  // The end of a year ("fin 2027", "年底", "أواخر 2027") is its last months, December included.
  late: [10, 11, 12],
  // Seasons by the northern-hemisphere convention (spring = March–May); the user picks the month,
  // so a southern reading is one tap away from being corrected. Winter spans two years: not read.
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
} as const;
const SEASONS: ReadonlySet<Part> = new Set(['spring', 'summer', 'autumn']);
type Part = keyof typeof PART_MONTHS;
const PARTS = Object.fromEntries(
  (Object.keys(PART_MONTHS) as Part[]).map((p) => [p, [`date.periods.${p}`]]),
) as Record<Part, string[]>;
const MAX_WORDS = 12;

export interface YearPart {
  /** First days of the months offered, in order, none before `today`'s month is over. */
  readonly months: readonly string[];
}

/** The part of a year a message names, and its months still ahead; undefined when it names none. */
export function parseYearPart(ctx: FlowContext, text: string, today: string): YearPart | undefined {
  const tokens = tokenize(sanitize(text).slice(0, 300));
  if (!tokens.length || tokens.length > MAX_WORDS) return undefined;
  let parts = phraseIndex(ctx, PARTS).all(tokens);
  // "с начала осени 2027", "à partir de la rentrée": the season says the months, not "early".
  if (parts.some((p) => SEASONS.has(p.value))) parts = parts.filter((p) => SEASONS.has(p.value));
  if (parts.length !== 1) return undefined;
  const now = parseIsoDate(today);
  if (!now) return undefined;
  const { year: ty, month: tm } = now;
  const year = yearOf(ctx, tokens, ty);
  const months = PART_MONTHS[parts[0]!.value];
  // No year said: this year while one of its months is still ahead, else next year.
  const y = year ?? (months.some((m) => m > tm) ? ty : ty + 1);
  const ahead = months
    .filter((m) => y > ty || (y === ty && m > tm))
    .map((m) => `${y}-${String(m).padStart(2, '0')}-01`);
  return ahead.length ? { months: ahead } : undefined;
}

function yearOf(ctx: FlowContext, tokens: readonly Token[], thisYear: number): number | undefined {
  const written = tokens.map((t) => t.norm).find((w) => /^(?:19|20|21)\d\d$/.test(w));
  if (written) return Number(written);
  const shift = shiftOf(ctx, tokens);
  return shift === undefined ? undefined : thisYear + shift;
}
