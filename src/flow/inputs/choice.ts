// A question answered by one of a list of choices (requester, area, plan kind, letter type and
// language, what to do about a late start): by button, number, ordinal, label or synonym
// ("C'est le ministère du Commerce" is a government office), and a language named in a phrase
// for the letter's language ("in English please").
import { choicesFor, choiceAnswer } from '../choices.js';
import { SYNONYM_SOURCES, choiceSynonyms, matchChoice, type SynonymSource } from '../understand/choice.js';
import { matchLanguageAnswer } from '../understand/language.js';
import type { InputContext, InputDef } from './types.js';

const choices = ({ step, ctx, values, lang }: InputContext) =>
  step.choices ? choicesFor(step.choices, ctx, values, lang) : [];

const hasSynonyms = (source: string | undefined): source is SynonymSource =>
  (SYNONYM_SOURCES as readonly string[]).includes(source ?? '');

export const choiceInput: InputDef = {
  parse(ic, { text, value }) {
    const offered = choices(ic);
    const source = ic.step.choices;
    const named =
      value === undefined && source === 'letterLangs' ? matchLanguageAnswer(ic.ctx, text) : undefined;
    const c =
      value !== undefined
        ? offered.find((o) => o.value === value)
        : ((named ? offered.find((o) => o.value === named) : undefined) ??
          matchChoice(
            ic.ctx,
            offered,
            text,
            hasSynonyms(source) ? choiceSynonyms(ic.ctx, source) : undefined,
          ));
    if (!c) return { ok: false, hint: 'choice' };
    return { ok: true, ...choiceAnswer(source, c.value) };
  },
  choices,
  display: (ic, v) => (typeof v === 'string' ? (choices(ic).find((c) => c.value === v)?.label ?? v) : ''),
  accepts: (ic, v) => choices(ic).some((c) => c.value === v),
};
