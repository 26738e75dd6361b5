// The country question: an ISO code or a button is taken as it is; a typed name is read back
// ("Senegal — is that right?") unless it is the country's exact name; several candidates are offered.
import { textDirection } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { countryName } from '../../present/format.js';
import type { FlowContext, Reply } from '../types.js';
import { parseYesNo } from '../understand/yes-no.js';
import { countryCorrection } from '../understand/country-correction.js';
import { matchCountry } from '../../domain/country-match.js';
import type { InputDef } from './types.js';

/**
 * "Senegal — is that right?" with Yes / No; with the IP office's name the country was taken from
 * ("we are KIPI"), it says so: "From the name KIPI, I take it the country is Kenya. Is that right?"
 */
export function confirmCountry(ctx: FlowContext, code: string, l: Lang, office?: string): Reply {
  const tr = ctx.t(l);
  const country = countryName(code, l);
  return {
    text: office
      ? tr('flow:country.confirm-office', { country, office })
      : tr('flow:country.confirm', { country }),
    choices: [
      { value: 'yes', label: tr('common:answer.yes') },
      { value: 'no', label: tr('common:answer.no') },
    ],
    step: 'country',
    dir: textDirection(l),
  };
}

/** "Which country do you mean?" with the candidates and "none of these". */
export function countryChoiceReply(ctx: FlowContext, codes: readonly string[], lang: Lang): Reply {
  const tr = ctx.t(lang);
  return {
    text: tr('flow:country.which'),
    choices: [
      ...codes.map((c) => ({ value: c, label: countryName(c, lang) })),
      { value: 'none', label: tr('flow:country.none') },
    ],
    step: 'country',
    dir: textDirection(lang),
  };
}

export const countryInput: InputDef = {
  // The read-back ("Kenya — is that right? 1. Yes 2. No") is a choice like any other.
  numberIsAnswer: (state) => !state.scratch?.candidates,
  parse({ ctx, state, lang }, { text, value }) {
    const tr = ctx.t(lang);
    const again = () => ({
      ok: 'ask' as const,
      replies: [{ text: tr('flow:country.again'), dir: textDirection(lang) }],
      scratch: {},
    });
    const candidates = Array.isArray(state.scratch?.candidates) ? (state.scratch.candidates as string[]) : [];
    const office = typeof state.scratch?.office === 'string' ? state.scratch.office : undefined;
    if (value && /^[A-Z]{2}$/.test(value) && ctx.knowledge.countryByCode.has(value))
      return { ok: true, value };
    let typed = value ?? text;
    if (candidates.length === 1) {
      const yn = value === undefined ? parseYesNo(ctx, text) : { value, note: undefined };
      // "oui, nous sommes l'office de PI": the rest may answer the next question.
      if (yn?.value === 'yes')
        return { ok: true, value: candidates[0], ...(yn.note ? { then: { text: yn.note } } : {}) };
      if (yn?.value === 'no') {
        // "No, I meant Mali": the new country is read as if typed at the question.
        const named = value === undefined ? countryCorrection(ctx, text, candidates[0]) : undefined;
        if (!named) return again();
        typed = named;
      }
    }
    if (value === 'none') return again();
    const m = matchCountry(ctx.knowledge, typed);
    // The read-back answered with the next answer instead of "yes" ("we are the IP office"): the
    // country stands, if the next question takes what was typed; else the read-back is asked again.
    if (candidates.length === 1 && value === undefined && m.kind === 'none' && text && !parseYesNo(ctx, text))
      return {
        ok: true,
        value: candidates[0],
        then: {
          text,
          orElse: {
            replies: [confirmCountry(ctx, candidates[0]!, lang, office)],
            scratch: { candidates, ...(office ? { office } : {}) },
          },
        },
      };
    if (m.kind === 'one') {
      // An ISO code needs no confirmation; a typed name is read back first.
      if (/^[A-Za-z]{2}$/.test(typed.trim())) return { ok: true, value: m.code };
      return { ok: 'ask', replies: [confirmCountry(ctx, m.code, lang)], scratch: { candidates: [m.code] } };
    }
    if (m.kind === 'several')
      return {
        ok: 'ask',
        replies: [countryChoiceReply(ctx, m.codes, lang)],
        scratch: { candidates: m.codes },
      };
    return { ok: false, hint: 'country' };
  },
  choices: () => [],
  display: ({ lang }, v) => (typeof v === 'string' ? countryName(v, lang) : ''),
};
