// Reads an intended start typed in any of the six languages, inside a sentence or alone, absolute
// or relative: "1 June 2027", "mars 2027", "2027-03", "03/2027", "from next October", "dans six
// mois", "明年10月", "в мае 2027", "في أيار/مايو 2027", "a partir de junio".
//
// chrono-node reads relative forms, days and most month names in en, fr, es, ru, zh and ar. What
// it lacks is written here: numeric forms as the UN writes them (day first, "2027-03"); month
// names it does not know (French without a day, Egyptian and Maghreb Arabic names), listed in
// locales/<lang>/understand.json; years said in words ("明年", "l'année prochaine"), which it
// ignores; and one rule for a month without a year, which chrono resolves to the current month
// ("next december" on 1 December meant today): the next such month that starts after today.
import type * as chrono from 'chrono-node';
import type { Lang } from '../../knowledge/types.js';
import {
  addMonths,
  compareDates,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  type CalendarDate,
} from '../../domain/calendar.js';
import type { FlowContext } from '../types.js';
import { CHRONO, CHRONO_OPTION } from './date-chrono.js';
import { phraseIndex, sanitize, tokenize, type PhraseMatch, type Token } from './text.js';

export interface TypedDate {
  readonly iso: string;
  /** "month": only a month was said, and `iso` is its first day. */
  readonly precision: 'day' | 'month';
}

interface Candidate {
  /** UTF-16 span in the text, to tell overlapping readings apart. */
  readonly from: number;
  readonly to: number;
  readonly month: number;
  readonly year?: number;
  readonly day?: number;
  /** Higher wins where two readings overlap: what is written here corrects chrono. */
  readonly priority: number;
  /** A month name and nothing else ("march", "sept"): a date only where a date is expected. */
  readonly bare?: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
// A start date is said in a sentence, not a page; chrono's cost grows with the text.
const MAX_CHARS = 1000;

const SCRIPT_LANGS: readonly [RegExp, readonly Lang[]][] = [
  [/\p{Script=Latin}/u, ['en', 'fr', 'es']],
  [/\p{Script=Cyrillic}/u, ['ru']],
  [/\p{Script=Han}/u, ['zh']],
  [/\p{Script=Arabic}/u, ['ar']],
];

const MONTH_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
const MONTHS = Object.fromEntries(MONTH_KEYS.map((m) => [m, [`date.months.${m}`]])) as Record<
  (typeof MONTH_KEYS)[number],
  string[]
>;
const MONTH_CONTEXT = { context: ['date.monthContext'] };
const YEAR_SHIFT = { '0': ['date.thisYear'], '1': ['date.nextYear'], '2': ['date.yearAfterNext'] };
const NEXT_MONTH = { next: ['date.nextMonth'] };
const RANGE_CONNECTORS = { to: ['date.rangeConnectors'] };
const SPAN_FRAMES = { before: ['date.spans.before'], after: ['date.spans.after'] };
const SPAN_UNITS = { '1': ['date.spans.month'], '12': ['date.spans.year'] };
const SPAN_AMOUNTS = Object.fromEntries(MONTH_KEYS.map((n) => [n, [`date.spans.amounts.${n}`]])) as Record<
  (typeof MONTH_KEYS)[number],
  string[]
>;
const months = (ctx: FlowContext) => phraseIndex(ctx, MONTHS);
const monthContext = (ctx: FlowContext) => phraseIndex(ctx, MONTH_CONTEXT);
const yearShift = (ctx: FlowContext) => phraseIndex(ctx, YEAR_SHIFT);
const nextMonth = (ctx: FlowContext) => phraseIndex(ctx, NEXT_MONTH);
const rangeConnectors = (ctx: FlowContext) => phraseIndex(ctx, RANGE_CONNECTORS);
const spanFrames = (ctx: FlowContext) => phraseIndex(ctx, SPAN_FRAMES);
const spanUnits = (ctx: FlowContext) => phraseIndex(ctx, SPAN_UNITS);
const spanAmounts = (ctx: FlowContext) => phraseIndex(ctx, SPAN_AMOUNTS);

/**
 * `monthAnswer`: the message answers a question about a month, so a month named anywhere in it is
 * the answer ("ok, let's do June then"); elsewhere a bare month name counts only after a word that
 * frames it ("from June", "en juin"), since "may" or "march" may be just words. `year`: the year
 * a month said without one is in (the year of the months just offered: "early 2028" → "february").
 */
export function parseDate(
  ctx: FlowContext,
  text: string,
  lang?: Lang,
  { monthAnswer = false, year }: { readonly monthAnswer?: boolean; readonly year?: number } = {},
): TypedDate | undefined {
  const today = parseIsoDate(ctx.today);
  if (!today || typeof text !== 'string') return undefined;
  const clean = sanitize(text).slice(0, MAX_CHARS);
  if (!/\d|\p{L}/u.test(clean)) return undefined;
  const tokens = tokenize(clean);

  const numeric = numericDates(clean);
  if (numeric === 'invalid') return undefined; // "31/02/2027" is a typo, not some other date
  const found = [
    ...numeric,
    ...nextMonthPhrases(ctx, tokens, today),
    ...relativeSpans(ctx, tokens, today),
    ...chronoDates(clean, today, lang),
    ...monthNames(ctx, tokens),
  ];
  const frames = [...monthContext(ctx).all(tokens), ...yearShift(ctx).all(tokens)];
  const readings = joinDoubleNames(clean, keepStrongest(found));
  const picked = pick(
    ctx,
    readings.filter((c) => monthAnswer || !c.bare || framed(tokens, frames, c)),
    tokens,
  );
  if (!picked) return undefined;
  return resolve(picked, today, shiftOf(ctx, tokens) ?? (year === undefined ? undefined : year - today.year));
}

// ---- readings --------------------------------------------------------------------------------

const NUMERIC: readonly { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number | undefined] }[] =
  [
    { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
    { re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g, ymd: (m) => [+m[3]!, +m[2]!, +m[1]!] },
    {
      re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g,
      ymd: (m) => [+m[1]!, +m[2]!, m[3] ? +m[3] : undefined],
    },
    { re: /(?<!\d)(\d{4})[-/.](\d{1,2})(?![\d/.-])/g, ymd: (m) => [+m[1]!, +m[2]!, undefined] },
    { re: /(?<![\d/.-])(\d{1,2})[/.-](\d{4})(?!\d)/g, ymd: (m) => [+m[2]!, +m[1]!, undefined] },
  ];

/** Dates written in digits; "invalid" when one is written but does not exist (2027-02-30, 13/2027). */
function numericDates(text: string): Candidate[] | 'invalid' {
  const out: Candidate[] = [];
  for (const { re, ymd } of NUMERIC) {
    for (const m of text.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (out.some((c) => c.from < to && from < c.to)) continue; // "2027-03" inside "2027-03-15"
      const [year, month, day] = ymd(m as RegExpExecArray);
      if (!valid(year, month, day ?? 1)) return 'invalid';
      out.push({ from, to, year, month, day, priority: 3 });
    }
  }
  return out;
}

/** "next month", "下个月", "الشهر القادم": the month after this one (chrono gives today's day in it). */
function nextMonthPhrases(ctx: FlowContext, tokens: readonly Token[], today: CalendarDate): Candidate[] {
  const index = today.year * 12 + today.month; // months since year 0, next month 0-based
  return nextMonth(ctx)
    .all(tokens)
    .map((m) => ({
      ...span(tokens, m),
      year: Math.floor(index / 12),
      month: (index % 12) + 1,
      priority: 3,
    }));
}

// A span longer than this is no start anyone plans here ("2027年内" is a year, not 2027 years).
const MAX_SPAN_MONTHS = 36;

/**
 * "in a year", "d'ici six mois", "dentro de un año", "через год", "一年以后", "خلال سنة": today
 * moved on by the span, to the day (chrono misses some of these). The amount may be left out after
 * a frame ("через год", "خلال سنة"), never before a month name or a year ("خلال عام 2027").
 */
function relativeSpans(ctx: FlowContext, tokens: readonly Token[], today: CalendarDate): Candidate[] {
  const frames = spanFrames(ctx).all(tokens);
  const amounts = spanAmounts(ctx).all(tokens);
  const names = months(ctx).all(tokens);
  const out: Candidate[] = [];
  for (const unit of spanUnits(ctx).all(tokens)) {
    const digits = tokens[unit.from - 1]?.norm;
    const word = amounts.find((a) => a.to === unit.from);
    const amount =
      digits && /^\d{1,3}$/.test(digits) ? Number(digits) : word ? Number(word.value) : undefined;
    const from = amount === undefined ? unit.from : word ? word.from : unit.from - 1;
    const next = tokens[unit.to]?.norm ?? '';
    if (amount === undefined && (/^\d/.test(next) || names.some((m) => m.from === unit.to))) continue;
    const before = frames.find((f) => f.value === 'before' && f.to === from);
    const after = frames.find((f) => f.value === 'after' && f.from === unit.to);
    if (!before && !after) continue;
    const total = (amount ?? 1) * Number(unit.value);
    if (!(total >= 1 && total <= MAX_SPAN_MONTHS)) continue;
    const d = addMonths(today, total);
    const to = after ? after.to : unit.to;
    out.push({ ...span(tokens, { from: before ? before.from : from, to }), ...d, priority: 2 });
  }
  return out;
}

function chronoDates(text: string, today: CalendarDate, hint: Lang | undefined): Candidate[] {
  const langs = new Set<Lang>(hint ? [hint] : []);
  for (const [script, ls] of SCRIPT_LANGS) if (script.test(text)) ls.forEach((l) => langs.add(l));
  if (!langs.size) langs.add('en');
  const reference = { instant: new Date(Date.UTC(today.year, today.month - 1, today.day, 12)), timezone: 0 };
  const out: Candidate[] = [];
  for (const lang of langs) {
    let results: chrono.ParsedResult[];
    try {
      results = CHRONO[lang].parse(text, reference, CHRONO_OPTION);
    } catch {
      continue; // a parser bug must not cost the turn; the other readings still count
    }
    for (const r of results) {
      const c = fromChrono(r, text);
      if (c) out.push(c);
    }
  }
  return out;
}

function fromChrono(r: chrono.ParsedResult, text: string): Candidate | undefined {
  const tags = r.tags();
  // "now", "today", "tonight": not a start anyone plans; a weekday or a time alone is no month.
  if ([...tags].some((t) => t.startsWith('casualReference/'))) return undefined;
  const s = r.start;
  const relative = tags.has('result/relativeDate');
  if (!s.isCertain('month')) return undefined;
  const month = s.get('month');
  if (!month) return undefined;
  const base = { from: r.index, to: r.index + r.text.length, month, priority: 2 };
  // "in six months", "через полгода": today moved on, to the day. One word alone is not one:
  // chrono reads the "день" of "Добрый день" (good day) as "a day from now".
  if (relative && !/\s/.test(r.text.trim())) return undefined;
  // "خلال عام 2027" is during the year 2027, not within a year.
  if (relative && /^\s*\d{4}(?!\d)/.test(text.slice(r.index + r.text.length))) return undefined;
  if (relative) return { ...base, year: s.get('year') ?? undefined, day: s.get('day') ?? undefined };
  const year = s.isCertain('year') ? (s.get('year') ?? undefined) : undefined;
  const day = s.isCertain('day') ? (s.get('day') ?? undefined) : undefined;
  return { ...base, year, day, bare: year === undefined && day === undefined };
}

const DAY = /^(\d{1,2})(?:er|re|e|st|nd|rd|th|o|a)?$/;
const YEAR = /^\d{4}$/;
const YEAR_WORDS = new Set(['de', 'del', 'of', 'سنه', 'عام', 'العام', 'year']);
const HAN_DAY = new Set(['日', '号']);

/** Month names from the word lists, with a day or year next to them, or said where a date fits. */
function monthNames(ctx: FlowContext, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of months(ctx).all(tokens)) {
    const month = Number(m.value);
    let from = m.from;
    let to = m.to;
    let year: number | undefined;
    let day: number | undefined;
    const before = tokens[m.from - 1];
    if (before && DAY.test(before.norm)) {
      day = Number(DAY.exec(before.norm)![1]);
      from--;
    } else if (tokens[to] && DAY.test(tokens[to]!.norm) && !YEAR.test(tokens[to]!.norm)) {
      day = Number(DAY.exec(tokens[to]!.norm)![1]);
      to++;
      if (tokens[to] && HAN_DAY.has(tokens[to]!.norm)) to++;
    }
    const next = tokens[to]?.norm;
    const afterWord = next && YEAR_WORDS.has(next) ? tokens[to + 1]?.norm : next;
    if (afterWord && YEAR.test(afterWord)) {
      year = Number(afterWord);
      to += afterWord === next ? 1 : 2;
    } else if (tokens[from - 1]?.norm === '年' && YEAR.test(tokens[from - 2]?.norm ?? '')) {
      year = Number(tokens[from - 2]!.norm);
      from -= 2;
    }
    const bare = year === undefined && day === undefined;
    out.push({ ...span(tokens, { from, to }), month, year, day, priority: 1, bare });
  }
  return out;
}

/** UN Arabic names a month twice, "تشرين الأول/أكتوبر 2027": one reading of the whole. */
function joinDoubleNames(text: string, readings: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of readings) {
    const prev = out.at(-1);
    if (prev && prev.month === c.month && /^\s*\/\s*$/.test(text.slice(prev.to, c.from))) {
      out[out.length - 1] = {
        from: prev.from,
        to: c.to,
        month: c.month,
        year: prev.year ?? c.year,
        day: prev.day ?? c.day,
        priority: Math.max(prev.priority, c.priority),
        bare: prev.bare && c.bare,
      };
    } else out.push(c);
  }
  return out;
}

/**
 * A month name alone is a date when it is the whole answer ("mars", "12月") or stands next to a
 * word that frames it as one ("in", "à partir de", "prochain", "明年"); "May I ask", "I will
 * march", "nous avons sept salles" are not dates.
 */
function framed(tokens: readonly Token[], frames: readonly PhraseMatch<unknown>[], c: Candidate): boolean {
  const first = tokens.findIndex((t) => t.end > c.from);
  if (first < 0) return false;
  let last = first;
  while (tokens[last + 1] && tokens[last + 1]!.start < c.to) last++;
  if (first === 0 && last === tokens.length - 1) return true;
  return frames.some((f) => f.to >= first && f.from <= last + 1);
}

// ---- choosing and resolving ------------------------------------------------------------------

/** Where readings overlap, the one that says more stays, then the stronger, then the longer. */
function keepStrongest(found: readonly Candidate[]): Candidate[] {
  const sorted = [...found].sort(
    (a, b) =>
      Number(!!a.bare) - Number(!!b.bare) || b.priority - a.priority || b.to - b.from - (a.to - a.from),
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => k.from < c.to && c.from < k.to)) kept.push(c);
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * One date from what is left: readings of the same month are one ("أيار/مايو 2027" names May
 * twice); "from March to June" starts in March; two different dates otherwise are unclear.
 */
function pick(
  ctx: FlowContext,
  found: readonly Candidate[],
  tokens: readonly Token[],
): Candidate | undefined {
  const [first, second] = found;
  if (!first) return undefined;
  if (found.every((c) => c.month === first.month)) {
    const years = new Set(found.flatMap((c) => (c.year === undefined ? [] : [c.year])));
    const days = new Set(found.flatMap((c) => (c.day === undefined ? [] : [c.day])));
    if (years.size > 1 || days.size > 1) return undefined;
    return { ...first, year: [...years][0], day: [...days][0] };
  }
  if (found.length === 2 && second && isRange(ctx, tokens, first, second)) {
    if (first.year !== undefined || second.year === undefined) return first;
    return { ...first, year: first.month <= second.month ? second.year : second.year - 1 };
  }
  return undefined;
}

function isRange(ctx: FlowContext, tokens: readonly Token[], a: Candidate, b: Candidate): boolean {
  const between = tokens.filter((t) => t.start >= a.to && t.end <= b.from);
  const joined = rangeConnectors(ctx).all(between);
  return between.length > 0 && joined.length === 1 && joined[0]!.to - joined[0]!.from === between.length;
}

/** Years after this one that "next year", "明年", "в следующем году" say (0 for "this year"). */
export function shiftOf(ctx: FlowContext, tokens: readonly Token[]): number | undefined {
  const m = yearShift(ctx).all(tokens)[0];
  return m ? Number(m.value) : undefined;
}

function resolve(c: Candidate, today: CalendarDate, shift: number | undefined): TypedDate | undefined {
  let year = c.year;
  if (year === undefined && shift !== undefined) year = today.year + shift;
  // A month (or day) without a year: the next one that starts after today.
  if (year === undefined) {
    year = today.year;
    const starts = (y: number) => ({ year: y, month: c.month, day: c.day ?? 1 });
    if (compareDates(starts(year), today) <= 0) year++;
  }
  const date = valid(year, c.month, c.day ?? 1);
  return date ? { iso: formatIsoDate(date), precision: c.day === undefined ? 'month' : 'day' } : undefined;
}

function valid(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function span(
  tokens: readonly Token[],
  m: Pick<PhraseMatch<unknown>, 'from' | 'to'>,
): { from: number; to: number } {
  return { from: tokens[m.from]!.start, to: tokens[m.to - 1]!.end };
}
