// "Are we eligible?", "can Haiti get this?": the country's group and LDC status on today's date,
// whether the program serves it, and every caveat our sources carry (pending, unverified).
import type { Country, Program } from '../../knowledge/types.js';
import { programServesCountry } from '../../domain/routing.js';
import { howToRequest } from '../presenters.js';
import { countryName, formatDate } from '../../present/format.js';
import { inferredProgramFacts, unverifiedCountryFacts } from '../../domain/sources.js';
import {
  MANUAL,
  audienceOf,
  citeIn,
  countryOf,
  ldcOf,
  programOf,
  routeOf,
  unit,
  type AnswerInput,
} from './facts.js';

function ldcSentence(a: AnswerInput, c: Country): string | undefined {
  const ldc = ldcOf(a, c);
  const key = 'questions:answer.eligibility';
  const source = citeIn(a, MANUAL.ldc);
  switch (ldc.kind) {
    case 'ldc':
      if (!ldc.graduation) return a.t(`${key}.ldc`, { cite: source });
      return ldc.graduation.dateCertain
        ? a.t(`${key}.ldc-graduating`, { date: formatDate(ldc.graduation.date, a.lang), cite: source })
        : a.t(`${key}.ldc-graduating-approx`, { year: ldc.graduation.date.slice(0, 4), cite: source });
    case 'pending':
      return a.t(`${key}.ldc-pending`, { date: formatDate(ldc.graduationDate, a.lang) });
    case 'graduated':
      return a.t(`${key}.ldc-graduated`, { date: formatDate(ldc.on, a.lang) });
    case 'not-ldc':
      return undefined;
  }
}

/** Whether the program serves the country, and how it is requested. */
function programSentences(a: AnswerInput, c: Country | undefined, p: Program): string[] {
  // How it is requested, unless the answer has something else to add (a cost aside).
  const how = a.q.also?.length ? [] : [howToRequest(a.ctx, p, a.lang, c?.code)];
  const vars = { program: p.name[a.lang], audience: audienceOf(a, p), cite: citeIn(a, p.source) };
  const key = 'questions:answer.eligibility';
  if (!c) return [a.t(`${key}.program-audience`, vars)];
  const country = countryName(c.code, a.lang);
  if (c.group === 'developed' || !programServesCountry(p, c, ldcOf(a, c)))
    return [a.t(`${key}.program-no`, { ...vars, country })];
  return [a.t(`${key}.program-yes`, { ...vars, country }), ...how];
}

export function eligibilityAnswer(a: AnswerInput): string[] {
  const c = countryOf(a);
  const p = programOf(a);
  const key = 'questions:answer.eligibility';
  const beneficiaries = citeIn(a, MANUAL.beneficiaries);
  if (!c) {
    return [
      a.t(`${key}.need-country`, { cite: beneficiaries }),
      ...(p ? programSentences(a, undefined, p) : []),
    ];
  }
  const country = countryName(c.code, a.lang);
  const out = [a.t(`${key}.${c.group}`, { country, cite: beneficiaries })];
  if (!c.wipoMember) out.push(a.t(`${key}.not-member`, { country }));
  const ldc = ldcSentence(a, c);
  if (ldc) out.push(ldc);
  if (p) out.push(...programSentences(a, c, p));

  const r = routeOf(a, c, p);
  const caveats: string[] = [];
  if (unverifiedCountryFacts(c).length || c.alsoUnit) {
    const primary = r ? unit(a, r.primary).view.name : '';
    caveats.push(a.t(`${key}.country-unverified`, { country, unit: primary }));
  }
  if (p && inferredProgramFacts(p).length) caveats.push(a.t(`${key}.program-unverified`));
  // Eligible is not approved; said when there is room for it (answers stay short on a phone).
  if (c.group !== 'developed' && out.length + caveats.length <= 3) {
    out.push(
      a.t(`${key}.approval`, {
        cite: citeIn(
          a,
          a.ctx.knowledge.criteria.map((x) => x.source),
        ),
      }),
    );
  }
  return [...out, ...caveats];
}
