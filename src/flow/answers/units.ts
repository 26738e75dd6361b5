// "What does the LDC Division do?", "who handles Kyrgyzstan?", "whom should I write to?": the
// unit's role, title and address from knowledge/units.json, and the route the domain decides.
import type { Country, UnitId } from '../../knowledge/types.js';
import { UNIT_IDS } from '../../knowledge/schema.js';
import { countryName, formatList } from '../../present/format.js';
import { REGIONAL_BUREAU } from '../understand/mentions.js';
import { unverifiedCountryFacts } from '../../domain/sources.js';
import { alsoUnitOf, consultPhrase } from '../../present/route.js';
import { addressOf, citeIn, countryOf, programOf, routeOf, unit, type AnswerInput } from './facts.js';

const isUnitId = (id: string | undefined): id is UnitId =>
  id !== undefined && (UNIT_IDS as readonly string[]).includes(id);

/** A unit's role as a clause after a colon: its own sentence's full stop dropped, first letter lowered. */
function roleClause(a: AnswerInput, id: UnitId): string {
  const role = a.ctx.knowledge.unitById.get(id)!.role[a.lang].replace(/[.。]$/u, '');
  // "Coordinates …" -> "coordinates …", but "WIPO’s contact point …" stays as written.
  return /^\p{Lu}\p{Ll}/u.test(role) ? role.charAt(0).toLocaleLowerCase(a.lang) + role.slice(1) : role;
}

function describeUnit(a: AnswerInput, id: UnitId): string[] {
  const { record, view } = unit(a, id);
  const out = [
    a.t('questions:answer.unit.role', {
      unit: view.name,
      title: view.contactTitle,
      role: roleClause(a, id),
      cite: citeIn(a, record.source),
    }),
    a.t('questions:answer.unit.address', { address: addressOf(a, id) }),
  ];
  if (id !== 'director-general') {
    const dg = a.ctx.knowledge.unitById.get('director-general')!;
    out.push(a.t('questions:answer.unit.informal', { cite: citeIn(a, dg.source) }));
  }
  return out;
}

function bureausList(a: AnswerInput): string[] {
  const bureaus = a.ctx.knowledge.units.filter((u) => u.id.startsWith('rb-'));
  return [
    a.t('questions:answer.unit.bureaus', {
      list: formatList(
        bureaus.map((u) => unit(a, u.id).view.name),
        a.lang,
      ),
      cite: citeIn(a, bureaus[0]?.source ?? ''),
    }),
  ];
}

/** The unit that handles a country, why, whom to copy, and what to confirm. */
function countryUnit(a: AnswerInput, c: Country): string[] {
  const r = routeOf(a, c, programOf(a));
  if (!r) return bureausList(a);
  const { record, view } = unit(a, r.primary);
  const out = [
    a.t('questions:answer.unit.for-country', {
      country: countryName(c.code, a.lang),
      unit: view.name,
      title: view.contactTitle,
      role: roleClause(a, r.primary),
      cite: citeIn(a, record.source),
    }),
    a.t('questions:answer.unit.address', { address: addressOf(a, r.primary) }),
  ];
  if (r.cc.length)
    out.push(
      a.t('questions:answer.unit.cc', {
        units: formatList(
          r.cc.map((id) => unit(a, id).view.name),
          a.lang,
        ),
      }),
    );
  const also = alsoUnitOf(r);
  if (also)
    out.push(
      a.t('routing:reason.unit-uncertain', {
        country: countryName(c.code, a.lang),
        unit: unit(a, also).view.name,
      }),
    );
  if (unverifiedCountryFacts(c).length)
    out.push(
      a.t('questions:answer.eligibility.country-unverified', {
        country: countryName(c.code, a.lang),
        unit: consultPhrase(a.ctx.knowledge, r.primary, also, r.date, a.lang, a.t),
      }),
    );
  else if (r.confirm) out.push(a.t('routing:confirm'));
  return out;
}

export function unitAnswer(a: AnswerInput): string[] {
  const c = countryOf(a);
  const named = a.q.unitId;
  if (named === REGIONAL_BUREAU) {
    // "Le bureau régional": the requester's own, when the country says which — both, where unverified.
    if (c && c.unit.startsWith('rb-') && !c.alsoUnit) return describeUnit(a, c.unit);
    return c ? countryUnit(a, c) : bureausList(a);
  }
  if (isUnitId(named)) return describeUnit(a, named);
  return c ? countryUnit(a, c) : bureausList(a);
}

/**
 * For a program asked for without a letter: an Academy course (each participant applies on the
 * Academy site) or an open resource; undefined for the others.
 */
export function noLetterAnswer(a: AnswerInput, p: ReturnType<typeof programOf>): string[] | undefined {
  if (p?.request === 'academy-application') {
    const dg = a.ctx.knowledge.unitById.get('director-general')!;
    return [
      a.t('questions:answer.contact.academy', {
        program: p.name[a.lang],
        url: p.applyUrl ?? p.url,
        cite: citeIn(a, dg.source),
      }),
    ];
  }
  if (p?.request === 'open-access')
    return [a.t('questions:answer.contact.open-access', { program: p.name[a.lang], url: p.url })];
  return undefined;
}

export function contactAnswer(a: AnswerInput): string[] {
  const p = programOf(a);
  const c = countryOf(a);
  const dg = a.ctx.knowledge.unitById.get('director-general')!;
  const noLetter = noLetterAnswer(a, p);
  if (noLetter) return noLetter;
  const out = [
    a.t('questions:answer.contact.addressee', {
      address: addressOf(a, 'director-general'),
      cite: citeIn(a, dg.source),
    }),
  ];
  const named = a.q.unitId;
  if (isUnitId(named) && named !== 'director-general') {
    const { view } = unit(a, named);
    out.push(a.t('questions:answer.contact.consult', { unit: view.name, title: view.contactTitle }));
    out.push(a.t('questions:answer.unit.address', { address: addressOf(a, named) }));
    return out;
  }
  const r = c ? routeOf(a, c, p) : undefined;
  if (!r) {
    out.push(a.t('questions:answer.contact.consult-general'));
    return out;
  }
  const { view } = unit(a, r.primary);
  const who = consultPhrase(a.ctx.knowledge, r.primary, alsoUnitOf(r), r.date, a.lang, a.t);
  out.push(a.t('questions:answer.contact.consult', { unit: who, title: view.contactTitle }));
  if (r.confirm) out.push(a.t('routing:confirm'));
  return out;
}
