// Zod schemas for every file under knowledge/. The schema sits next to the loader so the data and
// its contract cannot drift; `z.toJSONSchema` exports them for editors (see knowledge/schemas/).
import { z } from 'zod';

export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Arabic is written right to left; the other five UN languages left to right. */
export function textDirection(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** "fr-FR", "zh-Hans-CN", "AR" -> a supported language, or undefined. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const base = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : undefined;
}

/** A text in all six UN languages; none may be empty. */
export const Localized = z.strictObject({
  ar: z.string().trim().min(1),
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1),
  ru: z.string().trim().min(1),
  es: z.string().trim().min(1),
});
export type Localized = z.infer<typeof Localized>;

/** Calendar date, ISO `YYYY-MM-DD`, checked to be a real day. */
export const IsoDate = z.iso.date();

/** Where a fact comes from: a manual section ("M III(c)") or a dated current source ("S UN DESA 2024-12"). */
export const Source = z.string().regex(/^(M|S|U) .+/, 'must start with "M ", "S " or "U " (manual, current source, unverified)');

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');

export const UNIT_IDS = [
  'rb-africa',
  'rb-arab',
  'rb-asia-pacific',
  'rb-lac',
  'ldc-division',
  'transition-developed',
  'director-general',
  /** Feedback on the assistance goes to its Deputy Director General (manual III(b)(ii)). */
  'development-sector',
] as const;
export const UnitId = z.enum(UNIT_IDS);
export type UnitId = z.infer<typeof UnitId>;

/** Part I areas (a)–(p), Part II (`ldc`) and the development databases of III(e) (`databases`). */
export const AREA_IDS = [
  'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'ldc', 'databases',
] as const;
export const AreaId = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof AreaId>;

export const AUDIENCES = ['developing', 'ldc', 'transition'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** `individual-application`: each person applies on the program's own page (a fellowship), no letter. */
export const REQUEST_KINDS = [
  'letter-new',
  'letter-project',
  'academy-application',
  'individual-application',
  'open-access',
] as const;
export const RequestKind = z.enum(REQUEST_KINDS);
export type RequestKind = z.infer<typeof RequestKind>;

export const HttpsUrl = z
  .url({ protocol: /^https$/ })
  .refine((u) => !/\s/.test(u), 'must not contain spaces');

export const Area = z.strictObject({
  id: AreaId,
  name: Localized,
  source: Source,
});
export type Area = z.infer<typeof Area>;

export const ExpectedResult = z.strictObject({
  id: z.string().regex(/^(I|II|III|IV|V|VI|VII|VIII|IX)\.\d+$/),
  name: Localized,
});
export const StrategicGoal = z.strictObject({
  id: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']),
  name: Localized,
  expectedResults: z.array(ExpectedResult).min(1),
  source: Source,
});
export type StrategicGoal = z.infer<typeof StrategicGoal>;

/** The facts of a program record that may have a source of their own. */
export const PROGRAM_FACTS = ['servedBy', 'contact', 'url', 'request', 'audience', 'access'] as const;
export type ProgramFact = (typeof PROGRAM_FACTS)[number];

export const Program = z.strictObject({
  id: Id,
  area: AreaId,
  name: Localized,
  description: Localized,
  /** The WIPO divisions that deliver it, as the manual names them. */
  servedBy: Localized,
  /** Who to ask inside WIPO (a title, never a person's name). */
  contact: Localized,
  url: HttpsUrl,
  /** Where individuals register or apply, when the manual prints it (the Academy's catalogue). */
  applyUrl: HttpsUrl.optional(),
  request: RequestKind,
  audience: z.array(Audience).min(1),
  keywords: z.strictObject({
    ar: z.array(z.string().min(1)).min(3),
    zh: z.array(z.string().min(1)).min(3),
    en: z.array(z.string().min(1)).min(3),
    fr: z.array(z.string().min(1)).min(3),
    ru: z.array(z.string().min(1)).min(3),
    es: z.array(z.string().min(1)).min(3),
  }),
  /** Expected-result ids from the Country Plan template (manual Appendix 2), e.g. "IV.1". */
  expectedResults: z.array(z.string().regex(/^(I|II|III|IV|V|VI|VII|VIII|IX)\.\d+$/)).min(1),
  /** The terms of use the manual states (ARDI: free for LDCs, a small fee for developing countries). */
  access: Localized.optional(),
  source: Source,
  /**
   * A fact whose source is not the record's: an inference ("U inferred from …") or a later page.
   * An audience narrower than all three groups needs one here, from the manual or a dated source.
   */
  factSources: z.partialRecord(z.enum(PROGRAM_FACTS), Source).optional(),
});
export type Program = z.infer<typeof Program>;

export const Unit = z.strictObject({
  id: UnitId,
  /** The name the manual uses (CDIP/12/7, 2013). */
  name: Localized,
  role: Localized,
  /** The title to address or ask for, e.g. "Regional Director". */
  contactTitle: Localized,
  address: z.array(z.string().min(1)).min(2),
  /** Names in force since the manual, dated; the newest one valid on a date is shown beside the manual's. */
  currentNames: z
    .array(z.strictObject({ name: Localized, validFrom: IsoDate, validTo: IsoDate.optional(), source: Source }))
    .default([]),
  source: Source,
});
export type Unit = z.infer<typeof Unit>;

export const GraduationStatus = z.enum(['scheduled', 'pending']);
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
/** A request to defer graduation: `requested` by the country per a dated source, or only `reported` (U). */
export const Deferral = z.strictObject({
  status: z.enum(['requested', 'reported']),
  /** Month the request was made. */
  requested: YearMonth.optional(),
  /** Year the country asked to graduate in instead. */
  until: z.string().regex(/^\d{4}$/).optional(),
  /** Month the UN Committee for Development Policy supported it. */
  supported: YearMonth.optional(),
  source: Source,
});
export type Deferral = z.infer<typeof Deferral>;
export const LdcRecord = z.strictObject({
  /** Date the country was put on the UN LDC list. */
  included: IsoDate,
  /** Date it left the list, when that has happened and is certain. */
  graduated: IsoDate.optional(),
  /** A graduation decided or asked for but not yet certain. `pending`: deferral requested, outcome unknown. */
  graduation: z
    .strictObject({
      date: IsoDate,
      status: GraduationStatus,
      dateCertain: z.boolean(),
      note: z.string(),
      /** What the country's own source says about a deferral; nothing here means none is known. */
      deferral: Deferral.optional(),
      source: Source,
    })
    .optional(),
  source: Source,
});
export type LdcRecord = z.infer<typeof LdcRecord>;

export const COUNTRY_GROUPS = ['developing', 'transition', 'developed'] as const;
export const CountryGroup = z.enum(COUNTRY_GROUPS);
export type CountryGroup = z.infer<typeof CountryGroup>;

export const Country = z.strictObject({
  /** ISO 3166-1 alpha-2. Names are in country-names.json, never in this file. */
  code: z.string().regex(/^[A-Z]{2}$/),
  wipoMember: z.boolean(),
  memberSince: IsoDate.optional(),
  group: CountryGroup,
  /** Unit that handles requests; `transition-developed` for transition and developed countries. */
  unit: UnitId,
  /** Where the manual and current sources disagree or are unverified: the other candidate unit. */
  alsoUnit: UnitId.optional(),
  ldc: LdcRecord.optional(),
  source: Source,
});
export type Country = z.infer<typeof Country>;

export const CRITERION_IDS = ['formal-request', 'part-of-plan', 'national-needs', 'readiness', 'resources'] as const;
export const CriterionId = z.enum(CRITERION_IDS);
export type CriterionId = z.infer<typeof CriterionId>;

export const Criterion = z.strictObject({
  id: CriterionId,
  kind: z.enum(['main', 'additional']),
  /** `wipo`: decided by WIPO (resources), the requester can only be told. */
  decidedBy: z.enum(['requester', 'wipo']),
  /** Locale keys (namespace `criteria`). */
  wordingKey: z.string(),
  adviceKey: z.string(),
  source: Source,
});
export type Criterion = z.infer<typeof Criterion>;

export const LeadTimeRule = z.strictObject({
  okMonths: z.number().int().positive(),
  tightMonths: z.number().int().positive(),
  source: Source,
});
export type LeadTimeRule = z.infer<typeof LeadTimeRule>;

const Alpha2 = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

/** A country's UN names: the short name is what letters and replies use, the formal one is recognised too. */
export const CountryName = z.strictObject({
  code: Alpha2,
  /** UN M49 numeric code (the ISO 3166-1 numeric code for countries). */
  m49: z.string().regex(/^\d{3}$/),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  short: Localized,
  formal: Localized,
  source: Source,
});
export type CountryName = z.infer<typeof CountryName>;

/**
 * Names people type that neither the UN lists nor Intl.DisplayNames give (older or colloquial
 * forms, abbreviations); a name that means more than one country lists them all. Keys starting
 * with "_" are notes.
 */
export const CountryAliases = z
  .record(z.string(), z.unknown())
  .transform((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('_'))))
  .pipe(z.record(z.string(), z.union([Alpha2, z.array(Alpha2).min(2)])));
export type CountryAliases = z.infer<typeof CountryAliases>;

/**
 * An IP office by the names and acronyms it goes by ("BRELA"), so a requester who names it is read
 * as an IP office; `country` when it is one country's office (absent: regional, or shared acronym).
 */
export const IpOffice = z.object({
  names: z.array(z.string().min(2)).min(1),
  country: Alpha2.optional(),
  source: Source,
});
export type IpOffice = z.infer<typeof IpOffice>;

const foldOfficeName = (name: string) => name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The offices, no name listed twice: a name means one office, so it names at most one country. */
export const IpOffices = z.array(IpOffice).superRefine((offices, ctx) => {
  const seen = new Map<string, number>();
  offices.forEach((o, i) =>
    o.names.forEach((name, j) => {
      const first = seen.get(foldOfficeName(name));
      if (first === undefined) seen.set(foldOfficeName(name), i);
      else ctx.addIssue({ code: 'custom', path: [i, 'names', j], message: `"${name}" is already a name of entry ${first}` });
    }),
  );
});

/**
 * A name of a national IP office as a name of its country ("KIPI" → KE), derived from
 * ip-offices.json at load: an official who writes from the office means that country.
 * `unverified` when the office is cited "U": the country is then read back before it is kept.
 */
export interface OfficeCountryName {
  readonly name: string;
  readonly code: string;
  readonly unverified: boolean;
}

/** The names of every office that is one country's (regional offices name none). */
export function officeCountryNames(offices: readonly IpOffice[]): OfficeCountryName[] {
  return offices.flatMap((o) =>
    o.country ? o.names.map((name) => ({ name, code: o.country!, unverified: o.source.startsWith('U ') })) : [],
  );
}
/** The comparison key of an office's name (case and spacing apart). */
export const officeNameKey = foldOfficeName;

// ---- Finder concept layer -------------------------------------------------------------------
// IP concepts as requesters name them, in six languages, linked to the programs that answer them.
// The finder expands a need with the concepts it names (at a lower weight than the need's own words).

const ConceptTerm = z.string().trim().min(1).max(80);
/** At least two words or short phrases per language, as officials write them. */
const ConceptTerms = z.strictObject({
  ar: z.array(ConceptTerm).min(2),
  zh: z.array(ConceptTerm).min(2),
  en: z.array(ConceptTerm).min(2),
  fr: z.array(ConceptTerm).min(2),
  ru: z.array(ConceptTerm).min(2),
  es: z.array(ConceptTerm).min(2),
});

export const Concept = z.strictObject({
  id: Id,
  /** How a match through the concept is explained: "counterfeiting → building respect for IP". */
  label: Localized,
  terms: ConceptTerms,
  /** Programs that answer the concept. */
  programs: z.array(Id).min(1),
  /** Programs that answer part of it; linked at a lower weight. */
  related: z.array(Id).default([]),
  source: Source,
});
export type Concept = z.infer<typeof Concept>;

// ---- end of the finder concept layer -----------------------------------------------------------

/** The files under knowledge/ and the schema each must satisfy. */
export const FILES = {
  'areas.json': z.array(Area),
  'strategic-goals.json': z.array(StrategicGoal),
  'units.json': z.array(Unit),
  'countries.json': z.array(Country),
  'country-names.json': z.array(CountryName),
  'criteria.json': z.array(Criterion),
  'lead-time.json': LeadTimeRule,
  'country-aliases.json': CountryAliases,
  'ip-offices.json': IpOffices,
  'concepts.json': z.array(Concept),
} as const;
/** Every *.json under knowledge/programs/ is an array of programs. */
export const PROGRAMS_DIR = 'programs';
export const ProgramFile = z.array(Program);
