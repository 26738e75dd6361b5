// A question answered by one of a list of choices (requester, area, plan kind, letter type and
// language, what to do about a late start): by button, number, ordinal, label or synonym
// ("C'est le ministère du Commerce" is a government office), and a language named in a phrase
// for the letter's language ("in English please").
import { choicesFor, choiceAnswer } from '../choices.js';
import { SYNONYM_SOURCES, choiceSynonyms, matchChoice, type SynonymSource } from '../understand/choice.js';
import { matchLanguageAnswer } from '../understand/language.js';
import { matchRequester } from '../understand/requester.js';
import { parseDate } from '../understand/date.js';
import type { Choice } from '../types.js';
import type { InputContext, InputDef, Parsed } from './types.js';

const choices = ({ step, ctx, values, lang }: InputContext) =>
  step.choices ? choicesFor(step.choices, ctx, values, lang) : [];

/**
 * "ok, let's do July", "давайте июль": a month typed at the late-start question picks the option
 * that names it; a later month than the one offered is taken as the new start (it leaves even
 * more time); an earlier one is still too late, so the question stays.
 */
function startByDate(ic: InputContext, offered: readonly Choice[], text: string): Parsed {
  const typed = parseDate(ic.ctx, text, ic.lang, { monthAnswer: true })?.iso;
  const take = offered.find((o) => o.value.startsWith('take:'));
  const start = ic.values.start;
  if (!typed || !take) return { ok: false, hint: 'choice' };
  const month = (iso: string) => iso.slice(0, 7);
  if (typeof start === 'string' && month(typed) === month(start)) return { ok: true, value: 'keep' };
  const earliest = take.value.slice('take:'.length);
  if (month(typed) === month(earliest)) return { ok: true, ...choiceAnswer('startAccept', take.value) };
  if (typed > earliest) return { ok: true, value: 'take', patch: { start: typed } };
  return { ok: false, hint: 'choice' };
}

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
        : source === 'requesterBodies'
          ? matchRequester(ic.ctx, offered, text)
          : ((named ? offered.find((o) => o.value === named) : undefined) ??
            matchChoice(
              ic.ctx,
              offered,
              text,
              hasSynonyms(source) ? choiceSynonyms(ic.ctx, source) : undefined,
            ));
    if (c) return { ok: true, ...choiceAnswer(source, c.value) };
    if (source === 'startAccept' && value === undefined) return startByDate(ic, offered, text);
    return { ok: false, hint: 'choice' };
  },
  choices,
  display: (ic, v) => (typeof v === 'string' ? (choices(ic).find((c) => c.value === v)?.label ?? v) : ''),
  accepts: (ic, v) => choices(ic).some((c) => c.value === v),
};
