// The intended start: a month offered as a button (the earliest already respects the lead time),
// or a date typed in words ("next October", "明年10月", "в мае 2027"); a date in the past is refused.
import { addMonths, formatIsoDate, parseIsoDate } from '../../domain/calendar.js';
import { checkLeadTime, earliestStartMonth } from '../../domain/lead-time.js';
import { textDirection } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { formatList, formatMonth } from '../../present/format.js';
import type { Choice, ConversationState, FlowContext, Reply } from '../types.js';
import { parseDate } from '../understand/date.js';
import { assumedStart, monthsAhead, parseYearPart, wholeYearIn } from '../understand/period.js';
import type { InputDef } from './types.js';

/** Start months offered: the earliest that keeps the full lead time, then one and three months later. */
export function startMonthChoices(ctx: FlowContext, lang: Lang): Choice[] {
  const today = parseIsoDate(ctx.today);
  if (!today) return [];
  const earliest = earliestStartMonth(ctx.knowledge.leadTime, today);
  return [0, 1, 3].map((n) => {
    const iso = formatIsoDate(addMonths(earliest, n));
    return { value: iso, label: formatMonth(iso, lang) };
  });
}

/**
 * "For “courant 2027” I took July 2027 as the start…": what was assumed for a period given
 * instead of a month, said so the user can correct it.
 */
export function assumedStartReply(
  ctx: FlowContext,
  lang: Lang,
  period: string,
  assumed: { readonly iso: string; readonly kept: boolean },
): Reply {
  const tr = ctx.t(lang);
  const later = parseIsoDate(assumed.iso);
  const example = later ? formatMonth(formatIsoDate(addMonths(later, 2)), lang) : '';
  return {
    text: tr(assumed.kept ? 'flow:start.assumed' : 'flow:start.assumed-late', {
      period: period.trim(),
      month: formatMonth(assumed.iso, lang),
      example,
    }),
    dir: textDirection(lang),
  };
}

/**
 * Months offered after "which month?" that leave less than the full lead time are said at the
 * offer: too late ones with the earliest realistic start (also offered), tight ones as at risk.
 */
function whichMonthReply(ctx: FlowContext, lang: Lang, months: readonly string[]): Reply {
  const tr = ctx.t(lang);
  const status = (start: string) => {
    const r = checkLeadTime(ctx.knowledge.leadTime, { today: ctx.today, start });
    return r.ok ? r.value.status : 'too-late';
  };
  const list = (s: string) =>
    formatList(
      months.filter((m) => status(m) === s).map((m) => formatMonth(m, lang)),
      lang,
    );
  const late = months.some((m) => status(m) === 'too-late');
  const tight = months.some((m) => status(m) === 'tight');
  const today = parseIsoDate(ctx.today);
  const earliest = today ? formatIsoDate(earliestStartMonth(ctx.knowledge.leadTime, today)) : undefined;
  const offered = late && earliest && !months.includes(earliest) ? [...months, earliest] : months;
  const warnings = [
    late && earliest
      ? tr('flow:start.offer-late', { months: list('too-late'), earliest: formatMonth(earliest, lang) })
      : '',
    tight ? tr('flow:start.offer-tight', { months: list('tight') }) : '',
  ];
  return {
    text: [tr('flow:start.which-month'), ...warnings].filter(Boolean).join('\n\n'),
    choices: offered.map((m) => ({ value: m, label: formatMonth(m, lang) })),
    dir: textDirection(lang),
  };
}

/**
 * After "which month?" the answer is a month ("february", "一月吧", "يناير إن أمكن"), in the year of
 * the months offered ("early 2028" → February 2028, not the next February).
 */
function offeredYear(state: ConversationState): { monthAnswer?: boolean; year?: number } {
  const months = state.scratch?.months;
  if (!Array.isArray(months) || typeof months[0] !== 'string') return {};
  const year = Number(months[0].slice(0, 4));
  return Number.isInteger(year) ? { monthAnswer: true, year } : {};
}

export const dateInput: InputDef = {
  parse({ ctx, lang, state }, { text, value }) {
    const tr = ctx.t(lang);
    if (value === 'other-date')
      return { ok: 'ask', replies: [{ text: tr('flow:start.type'), dir: textDirection(lang) }] };
    const iso =
      value && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? value
        : parseDate(ctx, text, lang, offeredYear(state))?.iso;
    const example = { example: tr('flow:start.example') };
    if (!iso) {
      // "courant 2027", "2027年内": the year's earliest month that keeps the lead time, said so.
      const year = wholeYearIn(ctx, text);
      const assumed = year ? assumedStart(ctx, monthsAhead(year.year, ctx.today)) : undefined;
      if (assumed)
        return { ok: true, value: assumed.iso, replies: [assumedStartReply(ctx, lang, text, assumed)] };
      // "Q3 2027", "early next year": which month, offered as buttons.
      const part = parseYearPart(ctx, text, ctx.today);
      if (!part) return { ok: false, hint: 'date', vars: example };
      const reply = whichMonthReply(ctx, lang, part.months);
      return {
        ok: 'ask',
        replies: [reply],
        scratch: { months: reply.choices?.map((c) => c.value) ?? part.months },
      };
    }
    const r = checkLeadTime(ctx.knowledge.leadTime, { today: ctx.today, start: iso });
    if (!r.ok)
      return { ok: false, hint: r.error.code === 'start-in-past' ? 'date-past' : 'date', vars: example };
    return { ok: true, value: iso };
  },
  choices: ({ ctx, lang }) => [
    ...startMonthChoices(ctx, lang),
    { value: 'other-date', label: ctx.t(lang)('flow:start.other') },
  ],
  display: ({ lang }, v) => (typeof v === 'string' ? formatMonth(v, lang) : ''),
};
