// Localised explanation of a route: the unit to consult, whom to copy, and each reason in words.
import type { Knowledge, Lang, UnitId } from '../knowledge/types.js';
import type { Route, RouteReason } from '../domain/routing.js';
import type { Translate } from './translate.js';
import { countryName, formatDate } from './format.js';
import { unitLabel } from './units.js';

export interface UnitView {
  readonly id: UnitId;
  readonly name: string;
  readonly contactTitle: string;
  readonly address: readonly string[];
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
    address: unit.address,
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
      return r.dateCertain
        ? t('routing:reason.ldc-graduating', { ...base, date: formatDate(r.date, lang) })
        : t('routing:reason.ldc-graduating-approx', { ...base, year: r.date.slice(0, 4) });
    case 'ldc-pending':
      return t('routing:reason.ldc-pending', { ...base, date: formatDate(r.date, lang) });
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
    case 'open-access':
      return t('routing:reason.open-access', { program: programName(r.programId) });
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
  return {
    primary: unitView(k, route.primary, route.date, lang, t),
    cc: route.cc.map((id) => unitView(k, id, route.date, lang, t)),
    addressee: unitView(k, 'director-general', route.date, lang, t),
    reason: reasons.join(' '),
    reasons,
    ask: program ? t('routing:ask-program', { program, country }) : t('routing:ask-general', { country }),
  };
}
