// Localised explanation of a route: the unit to consult, whom to copy, each reason in words, and
// where to send feedback on the assistance (manual III(b)(ii)).
import type { Knowledge, Lang, ProgramFact, UnitId } from '../knowledge/types.js';
import type { Route, RouteReason } from '../domain/routing.js';
import type { Translate } from './translate.js';
import { countryName, formatDate, formatList, formatMonth } from './format.js';
import { unitLabel } from './units.js';
export { alsoUnitOf, routeDoubts, type RouteDoubt } from '../domain/routing.js';

export interface UnitView {
  readonly id: UnitId;
  readonly name: string;
  readonly contactTitle: string;
  readonly address: readonly string[];
  /** Street, city and country, without the organisation and the unit. */
  readonly postal: string;
}

export interface RouteView {
  readonly primary: UnitView;
  readonly cc: readonly UnitView[];
  readonly addressee: UnitView;
  /** All reasons as one paragraph. */
  readonly reason: string;
  readonly reasons: readonly string[];
  /** What to ask in the informal consultation. */
  readonly ask: string;
  /** Where feedback on WIPO technical assistance goes, and that sentence in words. */
  readonly feedback: UnitView;
  readonly feedbackText: string;
}

/** "the unit that delivers it and its contact", for facts said to be inferred. */
export function factList(facts: readonly ProgramFact[], lang: Lang, t: Translate): string {
  return formatList(
    facts.map((f) => t(`routing:fact.${f}`)),
    lang,
  );
}

export function unitView(
  k: Pick<Knowledge, 'unitById'>,
  id: UnitId,
  date: string,
  lang: Lang,
  t: Translate,
): UnitView {
  const unit = k.unitById.get(id)!;
  return {
    id,
    name: unitLabel(unit, date, lang, (current) => t('routing:now-called', { name: current })),
    contactTitle: unit.contactTitle[lang],
    // In the user's language; the street is French wherever it is written.
    postal: t('routing:postal', { street: unit.address[1] ?? '' }),
    address: [
      t('routing:address', {
        unit: unit.name[lang],
        postal: t('routing:postal', { street: unit.address[1] ?? '' }),
      }),
    ],
  };
}

function reasonText(
  r: RouteReason,
  ctx: {
    k: Pick<Knowledge, 'unitById' | 'programById'>;
    lang: Lang;
    t: Translate;
    country: string;
    date: string;
  },
): string {
  const { k, lang, t } = ctx;
  const unitName = (id: UnitId) => unitView(k, id, ctx.date, lang, t).name;
  const programName = (id: string) => k.programById.get(id)?.name[lang] ?? id;
  const base = { country: ctx.country };
  switch (r.code) {
    case 'regional-bureau':
      return t('routing:reason.regional-bureau', { ...base, unit: unitName(r.unit) });
    case 'ldc':
      return t('routing:reason.ldc', base);
    case 'ldc-graduating':
      if (!r.settled)
        return t('routing:reason.ldc-graduating-unsettled', { ...base, date: formatDate(r.date, lang) });
      return r.dateCertain
        ? t('routing:reason.ldc-graduating', { ...base, date: formatDate(r.date, lang) })
        : t('routing:reason.ldc-graduating-approx', { ...base, year: r.date.slice(0, 4) });
    case 'ldc-pending':
      return t('routing:reason.ldc-pending', { ...base, date: formatDate(r.date, lang) });
    case 'ldc-deferral':
      if (r.status === 'reported') return t('routing:reason.deferral-reported', base);
      return t(
        r.supported ? 'routing:reason.deferral-requested-supported' : 'routing:reason.deferral-requested',
        {
          ...base,
          requested: r.requested ? formatMonth(`${r.requested}-01`, lang) : '',
          until: r.until ?? '',
          supported: r.supported ? formatMonth(`${r.supported}-01`, lang) : '',
        },
      );
    case 'country-unverified':
      return r.facts.map((f) => t(`routing:reason.unverified-${f}`, base)).join(' ');
    case 'program-unverified':
      return t('routing:reason.program-unverified', {
        program: programName(r.programId),
        facts: factList(r.facts, lang, t),
      });
    case 'ldc-graduated':
      return t('routing:reason.ldc-graduated', { ...base, date: formatDate(r.date, lang) });
    case 'ldc-program':
      return t('routing:reason.ldc-program', { program: programName(r.programId) });
    case 'program-not-for-country':
      return t('routing:reason.program-not-for-country', { ...base, program: programName(r.programId) });
    case 'transition':
      return t('routing:reason.transition', base);
    case 'developed':
      return t('routing:reason.developed', base);
    case 'not-member':
      return t('routing:reason.not-member', base);
    case 'unit-uncertain':
      return t('routing:reason.unit-uncertain', { ...base, unit: unitName(r.alsoUnit) });
    case 'academy-application':
      return t('routing:reason.academy-application', { program: programName(r.programId) });
    case 'individual-application':
      return t('routing:reason.individual-application', { program: programName(r.programId) });
    case 'open-access': {
      const access = k.programById.get(r.programId)?.access?.[lang];
      return access
        ? t('routing:reason.open-access-terms', { program: programName(r.programId), terms: access })
        : t('routing:reason.open-access', { program: programName(r.programId) });
    }
  }
}

export function describeRoute(
  k: Pick<Knowledge, 'unitById' | 'programById'>,
  route: Route,
  lang: Lang,
  t: Translate,
  programId?: string,
): RouteView {
  const country = countryName(route.country, lang);
  const ctx = { k, lang, t, country, date: route.date };
  const reasons = route.reasons.map((r) => reasonText(r, ctx));
  if (route.confirm) reasons.push(t('routing:confirm'));
  const program = programId ? k.programById.get(programId)?.name[lang] : undefined;
  const feedback = unitView(k, 'development-sector', route.date, lang, t);
  return {
    primary: unitView(k, route.primary, route.date, lang, t),
    cc: route.cc.map((id) => unitView(k, id, route.date, lang, t)),
    addressee: unitView(k, 'director-general', route.date, lang, t),
    reason: reasons.join(' '),
    reasons,
    ask: program ? t('routing:ask-program', { program, country }) : t('routing:ask-general', { country }),
    feedback,
    feedbackText: t('routing:feedback', { title: feedback.contactTitle, unit: feedback.name }),
  };
}

/**
 * The unit to consult, as one phrase for a sentence: the route's primary, or — where the country's
 * unit is unverified — both candidates with the caveat (the policy for uncertain facts).
 */
export function consultPhrase(
  k: Pick<Knowledge, 'unitById'>,
  primary: UnitId,
  also: UnitId | undefined,
  date: string,
  lang: Lang,
  t: Translate,
): string {
  const unit = unitView(k, primary, date, lang, t).name;
  if (!also || also === primary) return unit;
  return t('routing:either', { unit, also: unitView(k, also, date, lang, t).name });
}
