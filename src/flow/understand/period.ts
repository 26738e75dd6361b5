// A start said as a part of a year rather than a month: "Q3 2027", "early next year", "в начале
// 2027 года", "下半年", "a mediados de 2027", "النصف الثاني من 2027". The lead time needs a month,
// so the date question offers the months that part of the year begins with; it never guesses one.
import { parseIsoDate } from '../../domain/calendar.js';
import { checkLeadTime } from '../../domain/lead-time.js';
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
const WHOLE_YEAR = { during: ['date.wholeYear.during'], word: ['date.wholeYear.words'] };
const wholeYearWords = (ctx: FlowContext) => phraseIndex(ctx, WHOLE_YEAR);
const YEAR = /^(?:19|20|21)\d\d$/;
/** Words between a part of a year and its year ("в начале 2028 года", "début de l'année 2028"). */
const MAX_GAP = 3;

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

/**
 * A whole year given as the start: "2027", "courant 2027", "sometime in 2027", "в течение 2027
 * года", "2027年内", "خلال عام 2027". `inSentence`: the year is inside a longer message (an
 * opening), so a word that says "some time during" must stand next to it; otherwise the message
 * is the year and such words only.
 */
export function wholeYearIn(
  ctx: FlowContext,
  text: string,
  inSentence = false,
): { year: number; from: number; to: number } | undefined {
  const clean = sanitize(text).slice(0, 1000);
  const tokens = tokenize(clean);
  const years = tokens.flatMap((t, i) => (YEAR.test(t.norm) ? [i] : []));
  if (years.length !== 1) return undefined;
  const at = years[0]!;
  const found = wholeYearWords(ctx).all(tokens);
  const covered = (i: number) => i === at || found.some((m) => m.from <= i && i < m.to);
  const gapOk = (a: number, b: number) =>
    b - a <= MAX_GAP &&
    tokens
      .slice(a, b)
      .every((_, k) => found.some((m) => m.value === 'word' && m.from <= a + k && a + k < m.to));
  const during = found.find(
    (m) =>
      m.value === 'during' && ((m.to <= at && gapOk(m.to, at)) || (m.from > at && gapOk(at + 1, m.from))),
  );
  if (inSentence) {
    if (!during) return undefined;
    const from = Math.min(during.from, at);
    const to = Math.max(during.to, at + 1);
    return { year: Number(tokens[at]!.norm), from: tokens[from]!.start, to: tokens[to - 1]!.end };
  }
  if (tokens.length > MAX_WORDS || !tokens.every((_, i) => covered(i))) return undefined;
  return { year: Number(tokens[at]!.norm), from: 0, to: clean.length };
}

/** The months of `year` still ahead of `today` (first days). */
export function monthsAhead(year: number, today: string): string[] {
  const now = parseIsoDate(today);
  if (!now) return [];
  const out: string[] = [];
  for (let m = 1; m <= 12; m++)
    if (year > now.year || (year === now.year && m > now.month))
      out.push(`${year}-${String(m).padStart(2, '0')}-01`);
  return out;
}

/**
 * A part of a year inside a longer message, next to its year: "…from early 2028", "au printemps
 * 2027", "в начале 2028 года", "2027年下半年". Without a year beside it ("as early as possible",
 * "too late") a part is no date.
 */
export function yearPartIn(
  ctx: FlowContext,
  text: string,
  today: string,
): { months: readonly string[]; from: number; to: number } | undefined {
  const clean = sanitize(text).slice(0, 1000);
  const tokens = tokenize(clean);
  const parts = phraseIndex(ctx, PARTS).all(tokens);
  const words = wholeYearWords(ctx).all(tokens);
  const filler = (i: number) => words.some((m) => m.value === 'word' && m.from <= i && i < m.to);
  const near = (a: number, b: number) =>
    b - a <= MAX_GAP && tokens.slice(a, b).every((_, k) => filler(a + k));
  const found = parts.flatMap((p) => {
    const at = tokens.findIndex(
      (t, i) => YEAR.test(t.norm) && ((i >= p.to && near(p.to, i)) || (i < p.from && near(i + 1, p.from))),
    );
    return at < 0 ? [] : [{ part: p, at }];
  });
  if (found.length !== 1) return undefined;
  const { part, at } = found[0]!;
  const year = Number(tokens[at]!.norm);
  const months = PART_MONTHS[part.value]
    .map((m) => `${year}-${String(m).padStart(2, '0')}-01`)
    .filter((m) => monthsAhead(year, today).includes(m));
  if (!months.length) return undefined;
  const from = Math.min(part.from, at);
  const to = Math.max(part.to, at + 1);
  return { months, from: tokens[from]!.start, to: tokens[to - 1]!.end };
}

/**
 * The start taken for a period the user gave instead of a month: its earliest month that keeps
 * the full lead time ("kept"), else its first month still ahead (the lead-time verdict then says
 * how late it is). The user is told which, and can change it.
 */
export function assumedStart(
  ctx: FlowContext,
  months: readonly string[],
): { iso: string; kept: boolean } | undefined {
  const ok = months.find((start) => {
    const r = checkLeadTime(ctx.knowledge.leadTime, { today: ctx.today, start });
    return r.ok && r.value.status === 'ok';
  });
  if (ok) return { iso: ok, kept: true };
  return months[0] ? { iso: months[0], kept: false } : undefined;
}
