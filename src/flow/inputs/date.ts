// The intended start: a month offered as a button (the earliest already respects the lead time),
// or a date typed in words ("next October", "明年10月", "в мае 2027"); a date in the past is refused.
import { addMonths, formatIsoDate, parseIsoDate } from '../../domain/calendar.js';
import { checkLeadTime, earliestStartMonth } from '../../domain/lead-time.js';
import { textDirection } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { formatMonth } from '../../present/format.js';
import type { Choice, ConversationState, FlowContext } from '../types.js';
import { parseDate } from '../understand/date.js';
import { parseYearPart } from '../understand/period.js';
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
      // "Q3 2027", "early next year": which month, offered as buttons.
      const part = parseYearPart(ctx, text, ctx.today);
      if (!part) return { ok: false, hint: 'date', vars: example };
      return {
        ok: 'ask',
        replies: [
          {
            text: tr('flow:start.which-month'),
            choices: part.months.map((m) => ({ value: m, label: formatMonth(m, lang) })),
            dir: textDirection(lang),
          },
        ],
        scratch: { months: part.months },
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
