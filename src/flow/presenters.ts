// What the bot says after a step or at the end of a goal: verdicts from src/domain, in words.
import type { Lang, Program } from '../knowledge/types.js';
import { route } from '../domain/routing.js';
import { checkLeadTime } from '../domain/lead-time.js';
import { assess, type EligibilityAnswers } from '../domain/eligibility.js';
import { alsoUnitOf, consultPhrase, describeRoute } from '../present/route.js';
import { describeLeadTime } from '../present/lead-time.js';
import { describeAssessment } from '../present/assessment.js';
import { programView } from '../present/program.js';
import { requestedByLetter } from '../domain/request-kind.js';
import { textDirection as dirOf } from '../knowledge/schema.js';
import { inferredProgramFacts } from '../domain/sources.js';
import type { Choice, FlowContext, Goal, Reply } from './types.js';
import { str, type Values } from './values.js';
import { countryName } from '../present/format.js';
import { programChoices } from './choices.js';
import type { Route } from '../domain/routing.js';

// The route of a turn, computed once and shared by the route reply, the hand-off and the letter.
// A FlowContext lives for one turn, so it keys the memo.
const routes = new WeakMap<FlowContext, Map<string, ReturnType<typeof route>>>();
export function routeOf(ctx: FlowContext, country: string, programId?: string): ReturnType<typeof route> {
  let memo = routes.get(ctx);
  if (!memo) routes.set(ctx, (memo = new Map()));
  const key = `${country}|${programId ?? ''}`;
  let r = memo.get(key);
  if (!r)
    memo.set(
      key,
      (r = route(ctx.knowledge, { country, date: ctx.today, ...(programId ? { programId } : {}) })),
    );
  return r;
}

export function chosenProgram(ctx: FlowContext, values: Values): Program | undefined {
  const id = str(values.program);
  return id ? ctx.knowledge.programById.get(id) : undefined;
}

/** The unit a requester consults, in words: both candidates where the country's unit is unverified. */
function consultUnit(ctx: FlowContext, r: Route, lang: Lang): string {
  return consultPhrase(ctx.knowledge, r.primary, alsoUnitOf(r), r.date, lang, ctx.t(lang));
}

/** How the program is requested; by letter, the informal consultation names the country's unit. */
export function howToRequest(ctx: FlowContext, p: Program, lang: Lang, country?: string): string {
  const t = ctx.t(lang);
  const r = country && p.request === 'letter-new' ? routeOf(ctx, country, p.id) : undefined;
  return r?.ok
    ? t('flow:program.letter-new-unit', { unit: consultUnit(ctx, r.value, lang) })
    : t(`flow:program.request.${p.request}`);
}

export function programReply(ctx: FlowContext, p: Program, lang: Lang, country?: string): Reply {
  const t = ctx.t(lang);
  const r = country && requestedByLetter(p) ? routeOf(ctx, country, p.id) : undefined;
  const routed = r?.ok ? r.value : undefined;
  const v = programView(ctx.knowledge, p, lang);
  const goal = v.expectedResults[0];
  // A serving unit or contact the manual does not print for this program is shown as inferred.
  const inferred = inferredProgramFacts(p);
  const mark = (fact: 'servedBy' | 'contact', value: string) =>
    inferred.includes(fact) ? `${value} ${t('routing:inferred')}` : value;
  return {
    title: v.name,
    text: [v.description, howToRequest(ctx, p, lang, country)].join('\n\n'),
    facts: [
      { label: t('flow:program.served-by'), value: mark('servedBy', v.servedBy) },
      // The manual's contact speaks of units in general; the country's own comes first.
      ...(routed
        ? [
            {
              label: t('flow:program.consult-for', { country: countryName(routed.country, lang) }),
              value: t('flow:program.consult-unit', {
                unit: consultUnit(ctx, routed, lang),
                title: ctx.knowledge.unitById.get(routed.primary)!.contactTitle[lang],
              }),
            },
          ]
        : []),
      {
        label: t(routed ? 'flow:program.contact-manual' : 'flow:program.contact'),
        value: mark('contact', v.contact),
      },
      ...(goal ? [{ label: t('flow:program.serves-goal'), value: `${goal.id} — ${goal.name}` }] : []),
    ],
    links: [{ label: t('flow:program.link'), url: v.url }],
    dir: dirOf(lang),
  };
}

export function routeReply(ctx: FlowContext, values: Values, lang: Lang): Reply | undefined {
  const country = str(values.country);
  if (!country) return undefined;
  const t = ctx.t(lang);
  const programId = str(values.program);
  const program = chosenProgram(ctx, values);
  const needsLetter = program ? requestedByLetter(program) : false;
  const r = routeOf(ctx, country, programId);
  if (!r.ok) return undefined;
  if (program && (program.request === 'academy-application' || program.request === 'individual-application'))
    return applyReply(ctx, program, lang);
  // What to ask names the program only when it is requested by letter.
  const view = describeRoute(ctx.knowledge, r.value, lang, t, needsLetter ? programId : undefined);
  return {
    title: t('flow:route.title'),
    text: [
      t('flow:route.primary', { unit: consultUnit(ctx, r.value, lang), title: view.primary.contactTitle }),
      view.reason,
      t('flow:route.ask', { ask: view.ask }),
      view.feedbackText,
    ].join('\n\n'),
    facts: [
      {
        label: t('flow:route.consult'),
        value: `${consultUnit(ctx, r.value, lang)} (${view.primary.contactTitle})`,
      },
      ...(view.cc.length
        ? [{ label: t('flow:route.cc'), value: view.cc.map((u) => u.name).join(t('facts:fact-separator')) }]
        : []),
      { label: t('flow:route.address'), value: view.primary.address.join(', ') },
    ],
    dir: dirOf(lang),
  };
}

/** Individuals apply themselves (Academy courses, fellowships): where, and whom to ask about it. */
function applyReply(ctx: FlowContext, p: Program, lang: Lang): Reply {
  const t = ctx.t(lang);
  const v = programView(ctx.knowledge, p, lang);
  const contact = inferredProgramFacts(p).includes('contact')
    ? `${v.contact} ${t('routing:inferred')}`
    : v.contact;
  const url = v.applyUrl ?? v.url;
  return {
    title: t('flow:route.title'),
    text: t(`flow:route.${p.request}`, { program: v.name, url, contact }),
    links: [{ label: t('flow:route.apply'), url }],
    dir: dirOf(lang),
  };
}

export function leadTimeReply(ctx: FlowContext, values: Values, lang: Lang): Reply | undefined {
  const start = str(values.start);
  if (!start) return undefined;
  const r = checkLeadTime(ctx.knowledge.leadTime, {
    today: ctx.today,
    start,
    request: chosenProgram(ctx, values)?.request,
  });
  if (!r.ok) return undefined;
  // Too late: the unit the requester is routed to can advise on an urgent case.
  const country = str(values.country);
  const routed = country ? routeOf(ctx, country, str(values.program)) : undefined;
  const unit = routed?.ok ? consultUnit(ctx, routed.value, lang) : undefined;
  const programId = str(values.program);
  // A deadline still ahead is worth a calendar reminder ("send the request by …").
  const reminder =
    r.value.submitBy >= ctx.today
      ? { reminder: { submitBy: r.value.submitBy, start, ...(programId ? { programId } : {}) } }
      : {};
  return { text: describeLeadTime(r.value, start, lang, ctx.t(lang), unit), dir: dirOf(lang), ...reminder };
}

export function assessmentReply(ctx: FlowContext, values: Values, lang: Lang): Reply {
  const t = ctx.t(lang);
  const answers: EligibilityAnswers = {};
  for (const key of ['formalRequest', 'partOfPlan', 'nationalNeeds', 'readiness'] as const) {
    const v = values[key];
    if (v === 'yes' || v === 'no' || v === 'unknown') answers[key] = v;
  }
  const planKind = values.planKind;
  if (planKind === 'country-plan' || planKind === 'ip-strategy' || planKind === 'wipo-project')
    answers.planKind = planKind;
  const country = str(values.country);
  const r = country ? routeOf(ctx, country, str(values.program)) : undefined;
  const view = describeAssessment(
    assess(ctx.knowledge, answers),
    t,
    r?.ok ? consultUnit(ctx, r.value, lang) : undefined,
  );
  const lines = view.criteria.map(
    (c) =>
      `${t(`flow:mark.${c.status}`)} ${c.wording} — ${c.reason}${c.nextStep ? ` ${t('flow:next-step')} ${c.nextStep}` : ''}`,
  );
  return { title: t('flow:assessment.title'), text: [view.summary, ...lines].join('\n\n'), dir: dirOf(lang) };
}

const goalChoice = (lang: Lang, ctx: FlowContext, goal: Goal | 'menu'): Choice => ({
  value: goal === 'menu' ? 'menu' : `goal:${goal}`,
  label: ctx.t(lang)(`common:menu.${goal}`),
});

/** The route block, or one line naming the unit when the block was shown already this conversation. */
export function routeOrReminder(
  ctx: FlowContext,
  values: Values,
  lang: Lang,
  shown: boolean,
): Reply | undefined {
  const r = routeReply(ctx, values, lang);
  if (!r || !shown) return r;
  const unit = r.facts?.[0]?.value ?? '';
  return { text: ctx.t(lang)('flow:route.again', { unit }), dir: dirOf(lang) };
}

/** The key of the route shown: a new country or program makes it worth showing again. */
export const routeKey = (values: Values): string =>
  `${str(values.country) ?? ''}|${str(values.program) ?? ''}`;

/** What to say when a goal is complete, and the sensible next moves. */
export function completionReplies(
  ctx: FlowContext,
  goal: Goal,
  values: Values,
  lang: Lang,
  routeShown = false,
): Reply[] {
  const t = ctx.t(lang);
  const program = chosenProgram(ctx, values);
  const replies: Reply[] = [];
  const noLetter = program !== undefined && !requestedByLetter(program);
  if (goal === 'find') {
    replies.push({
      text: t('flow:done.find'),
      choices: [
        ...(noLetter ? [] : [goalChoice(lang, ctx, 'check'), goalChoice(lang, ctx, 'letter')]),
        // Open to all, yet the user may still want WIPO's help by letter: the letter goal offers how.
        ...(program?.request === 'open-access' ? [goalChoice(lang, ctx, 'letter')] : []),
        goalChoice(lang, ctx, 'contact'),
        { value: 'new-search', label: t('flow:program.new-search') },
        goalChoice(lang, ctx, 'menu'),
      ],
      dir: dirOf(lang),
    });
    return replies;
  }
  if ((goal === 'check' || goal === 'letter') && noLetter && program) {
    replies.push({
      text: t(`flow:done.${program.request}`, {
        program: program.name[lang],
        url: program.applyUrl ?? program.url,
      }),
    });
  }
  if (goal === 'check' && !noLetter) {
    // Before the letter, what reviewers weigh (Manual, Appendix 1), so the request answers it.
    replies.push({ text: t('flow:done.reviewer-tips'), dir: dirOf(lang) });
  }
  if (goal === 'check' || goal === 'contact' || noLetter) {
    // Asked for in so many words ("whom to contact"), the whole block; otherwise once.
    const r = routeOrReminder(ctx, values, lang, routeShown && goal !== 'contact');
    if (r) replies.push(r);
  }
  // A letter asked for about an open-access program: the matching programs requested by letter;
  // a tap takes one as the program and drafts the letter.
  const byLetter =
    goal === 'letter' && program?.request === 'open-access'
      ? programChoices(ctx, values, lang)
          .map((m) => m.program)
          .filter((p) => requestedByLetter(p))
          .slice(0, 3)
      : [];
  if (byLetter.length) {
    replies.push({
      text: t('flow:done.letter-instead', { program: program!.name[lang] }),
      choices: [
        ...byLetter.map((p) => ({ value: `letter-with:${p.id}`, label: p.name[lang] })),
        goalChoice(lang, ctx, 'find'),
        goalChoice(lang, ctx, 'menu'),
      ],
      dir: dirOf(lang),
    });
    return replies;
  }
  replies.push({
    text: t(`flow:done.${goal === 'letter' && !noLetter ? 'letter' : 'next'}`),
    choices:
      goal === 'letter' && !noLetter
        ? [
            { value: 'letter-lang', label: t('flow:letter.other-language') },
            { value: 'goal:letter-review', label: t('flow:letter.change') },
            goalChoice(lang, ctx, 'menu'),
          ]
        : [
            ...(noLetter ? [] : [goalChoice(lang, ctx, 'letter')]),
            goalChoice(lang, ctx, 'find'),
            goalChoice(lang, ctx, 'menu'),
          ],
    dir: dirOf(lang),
  });
  return replies;
}
