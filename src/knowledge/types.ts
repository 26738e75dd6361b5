// The validated knowledge base as plain, frozen data. Domain functions take (parts of) this.
import type {
  Area,
  AreaId,
  Concept,
  Country,
  CountryName,
  Criterion,
  CriterionId,
  IpOffice,
  LeadTimeRule,
  OfficeCountryName,
  Program,
  StrategicGoal,
  Unit,
  UnitId,
} from './schema.js';

export interface Knowledge {
  readonly areas: readonly Area[];
  readonly goals: readonly StrategicGoal[];
  readonly units: readonly Unit[];
  readonly countries: readonly Country[];
  readonly criteria: readonly Criterion[];
  readonly leadTime: LeadTimeRule;
  readonly countryNames: readonly CountryName[];
  readonly countryNameByCode: ReadonlyMap<string, CountryName>;
  /** Alias → the country (or, for an ambiguous name, the countries) it may mean. */
  readonly countryAliases: Readonly<Record<string, string | readonly string[]>>;
  /** IP offices by the names and acronyms they go by (knowledge/ip-offices.json). */
  readonly ipOffices: readonly IpOffice[];
  /** The names of the national offices as names of their country, derived from ip-offices.json. */
  readonly officeCountryNames: readonly OfficeCountryName[];
  readonly programs: readonly Program[];
  readonly areaById: ReadonlyMap<AreaId, Area>;
  readonly unitById: ReadonlyMap<UnitId, Unit>;
  readonly countryByCode: ReadonlyMap<string, Country>;
  readonly criterionById: ReadonlyMap<CriterionId, Criterion>;
  readonly programById: ReadonlyMap<string, Program>;
  /** The finder's concept layer (knowledge/concepts.json). */
  readonly concepts: readonly Concept[];
}

export type {
  Area,
  AreaId,
  Concept,
  Country,
  CountryName,
  Criterion,
  CriterionId,
  Deferral,
  IpOffice,
  LeadTimeRule,
  OfficeCountryName,
  Program,
  StrategicGoal,
  Unit,
  UnitId,
} from './schema.js';
export type { Lang, Localized, Audience, RequestKind, CountryGroup, ProgramFact } from './schema.js';
