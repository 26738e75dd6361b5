// Choice lists for the steps that offer them. Valid answers of a choice step are exactly the
// values listed now, so a change upstream (a new need, another country) re-asks by construction.
import type { ChoiceSource } from '../../dialogs/steps.js';
import { LANGS } from '../knowledge/schema.js';
import type { Lang, Program } from '../knowledge/types.js';
import { findPrograms, programsInArea } from '../domain/finder/finder.js';
import { programServesCountry } from '../domain/routing.js';
import { ldcStatusOn } from '../domain/ldc-status.js';
import { checkLeadTime } from '../domain/lead-time.js';
import { parseIsoDate } from '../domain/calendar.js';
import { earliestMonth } from '../present/lead-time.js';
import { formatMonth } from '../present/format.js';
import type { Choice, FlowContext } from './types.js';

export const REQUESTER_BODIES = [
  'government',
  'ip-office',
  'university',
  'sme-support',
  'mission',
  'other',
] as const;
export const LETTER_TYPES = ['new-assistance', 'project', 'note-verbale'] as const;
export const PLAN_KINDS = ['country-plan', 'ip-strategy', 'wipo-project'] as const;
const FINDER_CHOICES = 5;

/** Native name of each language, from Intl (e.g. "français", "العربية"). */
export function nativeLanguageName(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Programs offered to the chosen country (all, when no country is known yet). */
export function countryFilter(
  ctx: FlowContext,
  answers: Readonly<Record<string, unknown>>,
): (p: Program) => boolean {
  const country =
    typeof answers.country === 'string' ? ctx.knowledge.countryByCode.get(answers.country) : undefined;
  const today = parseIsoDate(ctx.today);
  if (!country || !today) return () => true;
  const ldc = ldcStatusOn(country, today);
  // A developed country is told whom to contact; it may still browse what exists.
  return country.group === 'developed' ? () => true : (p) => programServesCountry(p, country, ldc);
}

export function choicesFor(
  source: ChoiceSource,
  ctx: FlowContext,
  answers: Readonly<Record<string, unknown>>,
  lang: Lang,
): Choice[] {
  const t = ctx.t(lang);
  const k = ctx.knowledge;
  switch (source) {
    case 'requesterBodies':
      return REQUESTER_BODIES.map((v) => ({ value: v, label: t(`flow:requester.${v}`) }));
    case 'planKinds':
      return PLAN_KINDS.map((v) => ({ value: v, label: t(`flow:planKind.${v}`) }));
    case 'letterTypes':
      return LETTER_TYPES.map((v) => ({ value: v, label: t(`flow:letterType.${v}`) }));
    case 'letterLangs':
      return LANGS.map((l) => ({ value: l, label: nativeLanguageName(l) }));
    case 'areas': {
      const filter = countryFilter(ctx, answers);
      return k.areas
        .filter((a) => k.programs.some((p) => p.area === a.id && filter(p)))
        .map((a) => ({ value: a.id, label: a.name[lang] }));
    }
    case 'programs':
      return programChoices(ctx, answers).map(({ program: p }) => ({ value: p.id, label: p.name[lang] }));
    case 'startAccept': {
      const start = typeof answers.start === 'string' ? answers.start : undefined;
      if (!start) return [];
      const r = checkLeadTime(k.leadTime, { today: ctx.today, start });
      if (!r.ok) return [];
      const earliest = earliestMonth(r.value).start;
      return [
        {
          value: `take:${earliest}`,
          label: t('flow:startAccept.take', { month: formatMonth(earliest, lang) }),
        },
        { value: 'keep', label: t('flow:startAccept.keep', { month: formatMonth(start, lang) }) },
      ];
    }
  }
}

/** The answer a choice stands for: taking the earliest realistic start also replaces the date. */
export function choiceAnswer(
  source: ChoiceSource | undefined,
  value: string,
): { value: string; patch?: Record<string, unknown> } {
  if (source === 'startAccept' && value.startsWith('take:'))
    return { value: 'take', patch: { start: value.slice(5) } };
  return { value };
}

// A turn asks for the program list several times (validity, next step, the question itself), and a
// search is the costliest part of a turn: remember recent lists per finder index. No language hint:
// a need typed in another language than the chat's is searched with every Latin stemmer.
export interface ProgramMatch {
  readonly program: Program;
  /** The user's words that matched (empty when browsing an area). */
  readonly matched: readonly string[];
}
const programCache = new WeakMap<object, Map<string, readonly ProgramMatch[]>>();
const PROGRAM_CACHE_SIZE = 500;

export function programChoices(
  ctx: FlowContext,
  answers: Readonly<Record<string, unknown>>,
): readonly ProgramMatch[] {
  const key = JSON.stringify([answers.need, answers.area, answers.country, ctx.today]);
  let cache = programCache.get(ctx.finder);
  if (!cache) programCache.set(ctx.finder, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const filter = countryFilter(ctx, answers);
  const matches: readonly ProgramMatch[] =
    answers.need === 'browse'
      ? typeof answers.area === 'string'
        ? programsInArea(ctx.knowledge, answers.area as Program['area'], filter).map((program) => ({
            program,
            matched: [],
          }))
        : []
      : typeof answers.need === 'string'
        ? findPrograms(ctx.finder, answers.need, { limit: FINDER_CHOICES, filter })
        : [];
  if (cache.size >= PROGRAM_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, matches);
  return matches;
}
