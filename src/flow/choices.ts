// Choice lists for the steps that offer them. Valid answers of a choice step are exactly the
// values listed now, so a change upstream (a new need, another country) re-asks by construction.
import type { ChoiceSource } from '../../dialogs/steps.js';
import { LANGS } from '../knowledge/schema.js';
import type { Lang, Program } from '../knowledge/types.js';
import { findPrograms, programsInArea } from '../domain/finder/finder.js';
import { offeredTo } from '../domain/finder/offered-to.js';
import { checkLeadTime } from '../domain/lead-time.js';
import { earliestMonth } from '../present/lead-time.js';
import { formatMonth } from '../present/format.js';
import type { Choice, ConversationState, FlowContext } from './types.js';

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

const nativeNames = new Map<Lang, string>();

/** Native name of each language, from Intl (e.g. "français", "العربية"); computed once per language. */
export function nativeLanguageName(lang: Lang): string {
  let native = nativeNames.get(lang);
  if (native === undefined) {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    nativeNames.set(lang, (native = name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)));
  }
  return native;
}

/** Programs offered to the chosen country (all, when no country is known yet): the finder's own filter. */
export function countryFilter(
  ctx: FlowContext,
  answers: Readonly<Record<string, unknown>>,
): (p: Program) => boolean {
  return offeredTo(
    ctx.knowledge,
    typeof answers.country === 'string' ? answers.country : undefined,
    ctx.today,
  );
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
      return programChoices(ctx, answers, lang).map(({ program: p }) => ({
        value: p.id,
        label: p.name[lang],
      }));
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
// search is the costliest part of a turn: remember recent lists per finder index. The chat's
// language is the finder's hint (the need may be typed in another), as for the JSON API.
export interface ProgramMatch {
  readonly program: Program;
  /** The user's words that matched (empty when browsing an area). */
  readonly matched: readonly string[];
}
const programCache = new WeakMap<object, Map<string, readonly ProgramMatch[]>>();
const PROGRAM_CACHE_SIZE = 500;

/** The programs turned down for the need as it stands (a new need starts afresh). */
export function rejectedFor(
  state: ConversationState,
  values: Readonly<Record<string, unknown>>,
): readonly string[] {
  const r = state.rejectedPrograms;
  return r && r.need === values.need ? r.ids : [];
}

export function programChoices(
  ctx: FlowContext,
  answers: Readonly<Record<string, unknown>>,
  lang: Lang,
  /** Programs the user turned down ("no, not that one"): the next matches come instead. */
  rejected: readonly string[] = [],
): readonly ProgramMatch[] {
  const key = JSON.stringify([answers.need, answers.area, answers.country, ctx.today, lang, rejected]);
  let cache = programCache.get(ctx.finder);
  if (!cache) programCache.set(ctx.finder, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const offered = countryFilter(ctx, answers);
  const filter = rejected.length ? (p: Program) => offered(p) && !rejected.includes(p.id) : offered;
  const matches: readonly ProgramMatch[] =
    answers.need === 'browse'
      ? typeof answers.area === 'string'
        ? programsInArea(ctx.knowledge, answers.area as Program['area'], filter).map((program) => ({
            program,
            matched: [],
          }))
        : []
      : typeof answers.need === 'string'
        ? findPrograms(ctx.finder, answers.need, { limit: FINDER_CHOICES, filter, lang })
        : [];
  if (cache.size >= PROGRAM_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, matches);
  return matches;
}
