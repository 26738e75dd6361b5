// The program pick: the finder's matches for the need (or the programs of the area browsed), each
// with what it is and which words matched. A new description instead of a pick searches again.
import { formatList } from '../../present/format.js';
import { firstSentence } from '../../present/text.js';
import { programChoices, rejectedFor } from '../choices.js';
import { matchChoice, namesRank } from '../understand/choice.js';
import { wordCount } from '../understand/text.js';
import { MAX_INTENT_WORDS } from './vocabulary.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { InputContext, InputDef } from './types.js';

const choices = ({ ctx, state, values, lang }: InputContext) => [
  ...programChoices(ctx, values, lang, rejectedFor(state, values)).map(({ program: p }) => ({
    value: p.id,
    label: p.name[lang],
  })),
  { value: 'new-search', label: ctx.t(lang)('flow:program.new-search') },
];

export const programInput: InputDef = {
  parse(ic, { text, value }) {
    const offered = choices(ic);
    const c =
      value !== undefined ? offered.find((o) => o.value === value) : matchChoice(ic.ctx, offered, text);
    if (c?.value === 'new-search') return { ok: 'research' };
    if (c) return { ok: true, value: c.value };
    // "Yes, we have an official request": an answer to something else, not a description of a need.
    const answer = value === undefined ? parseYesNo(ic.ctx, text) : undefined;
    if (answer && answer.value !== 'no') return { ok: false, hint: 'choice' };
    // "le premier, c'est ça": a short message naming a rank is a pick we could not read, not a
    // need ("premier" would find the WIPO Awards).
    if (!value && wordCount(text) <= MAX_INTENT_WORDS && namesRank(ic.ctx, text))
      return { ok: false, hint: 'choice' };
    if (!value && text.split(/\s+/).length >= 2) {
      // A new description instead of a pick: search again with it.
      if (programChoices(ic.ctx, { ...ic.values, need: text }, ic.lang).length)
        return { ok: 'research', need: text };
    }
    return { ok: false, hint: 'choice' };
  },
  choices,
  display: ({ ctx, lang }, v) =>
    typeof v === 'string' ? (ctx.knowledge.programById.get(v)?.name[lang] ?? v) : '',
  accepts: ({ ctx, state, values, lang }, v) =>
    programChoices(ctx, values, lang, rejectedFor(state, values)).some((m) => m.program.id === v),
  details({ ctx, state, values, lang }) {
    const t = ctx.t(lang);
    return programChoices(ctx, values, lang, rejectedFor(state, values))
      .map(({ program, matched }, i) => {
        const why = matched.length
          ? ` (${t('flow:program.matches', { words: formatList(matched, lang) })})`
          : '';
        return `${i + 1}. ${program.name[lang]} — ${firstSentence(program.description[lang], lang)}${why}`;
      })
      .join('\n');
  },
};
