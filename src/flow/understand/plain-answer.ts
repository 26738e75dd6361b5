// Whether a text reads as a plain answer of a kind the input readers understand — a date, a yes /
// no / don't know, a country, a language — so that a question or a correction detector leaves it
// to them ("Kenya?", "June 2027?" are answers said with a doubt). The one place these detectors
// reach into the input readers.
import type { FlowContext } from '../types.js';
import { findCountryMention, matchCountry } from '../../domain/country-match.js';
import { matchLanguage } from '../inputs/language.js';
import { parseDate } from './date.js';
import { parseYesNo } from './yes-no.js';

export const readsAsDate = (ctx: FlowContext, text: string): boolean => parseDate(ctx, text) !== undefined;

export const readsAsYesNo = (ctx: FlowContext, text: string): boolean => parseYesNo(ctx, text) !== undefined;

export const readsAsLanguage = (ctx: FlowContext, text: string): boolean =>
  matchLanguage(ctx, text) !== undefined;

/** `exact`: the whole text is one country's name or alias; otherwise any country it may mean. */
export function readsAsCountry(ctx: FlowContext, text: string, exact: boolean): boolean {
  const m = matchCountry(ctx.knowledge, text);
  return exact ? m.kind === 'one' && m.exact : m.kind !== 'none';
}

/** The one country named inside a sentence, if any. */
export function countryMentioned(ctx: FlowContext, text: string): string | undefined {
  const m = findCountryMention(ctx.knowledge, text);
  return m.kind === 'one' ? m.code : undefined;
}
