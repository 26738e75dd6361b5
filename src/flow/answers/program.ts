// "What is TISC?", "is ARDI free?": a program as its knowledge record describes it, and what that
// record (the manual's own words) says about cost — or, honestly, that it says nothing.
import type { Lang, Program } from '../../knowledge/types.js';
import { programView } from '../../present/program.js';
import { howToRequest } from '../presenters.js';
import { countryName } from '../../present/format.js';
import { programServesCountry } from '../../domain/routing.js';
import { inferredProgramFacts } from '../../domain/sources.js';
import {
  MANUAL,
  academyUrl,
  audienceOf,
  citeIn,
  countryOf,
  ldcOf,
  programOf,
  type AnswerInput,
} from './facts.js';
import { phrasesFor, findAll, words } from '../understand/phrases.js';

const segmenters = new Map<Lang, Intl.Segmenter>();
function sentences(text: string, lang: Lang): string[] {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...s.segment(text)].map((x) => x.segment.trim()).filter(Boolean);
}

export function programAnswer(a: AnswerInput): string[] {
  const p = programOf(a);
  if (!p) return [a.t('questions:answer.program.which')];
  const v = programView(a.ctx.knowledge, p, a.lang);
  const out = [
    a.t('questions:answer.program.about', {
      program: v.name,
      summary: sentences(v.description, a.lang)[0] ?? '',
    }),
    howToRequest(a.ctx, p, a.lang, countryOf(a)?.code),
    a.t('questions:answer.program.served', {
      servedBy: v.servedBy,
      contact: v.contact,
      url: v.url,
      cite: citeIn(a, p.source),
    }),
  ];
  const c = countryOf(a);
  if (c && (c.group === 'developed' || !programServesCountry(p, c, ldcOf(a, c)))) {
    out.push(
      a.t('questions:answer.program.not-for-country', {
        program: v.name,
        audience: audienceOf(a, p),
        country: countryName(c.code, a.lang),
      }),
    );
  }
  if (inferredProgramFacts(p).length) out.push(a.t('questions:answer.eligibility.program-unverified'));
  return out;
}

/** The sentence of a program's description that speaks of cost ("free for LDCs, a minimal fee …"). */
export function costFact(a: AnswerInput, p: Program): string | undefined {
  const cues = phrasesFor(a.ctx, 'questions:answer.cost-words', [a.lang]);
  return sentences(p.description[a.lang], a.lang).find((s) => findAll(cues, words(s)).length > 0);
}

/** What the manual says a program costs, then how assistance is financed; `short` for an aside. */
export function costAnswer(a: AnswerInput, short = false): string[] {
  const p = programOf(a);
  const fact = p ? costFact(a, p) : undefined;
  // Academy fees are the Academy's own: never the funding of technical assistance, never invented.
  if (p?.request === 'academy-application' && !fact)
    return [a.t('questions:answer.cost.academy', { program: p.name[a.lang], url: p.url })];
  if (a.q.academy && p?.request !== 'academy-application')
    return [a.t('questions:answer.cost.academy-general', { url: academyUrl(a) })];
  const general = a.t('questions:answer.cost.general', { cite: citeIn(a, MANUAL.funding) });
  const programLine =
    p && fact
      ? a.t('questions:answer.cost.program', { program: p.name[a.lang], fact, cite: citeIn(a, p.source) })
      : p
        ? a.t('questions:answer.cost.program-none', { program: p.name[a.lang] })
        : undefined;
  if (short) return [fact ? programLine! : general];
  return [...(programLine ? [programLine] : []), general, a.t('questions:answer.cost.confirm')];
}
