// The interview engine: (state, input) -> (state, replies, effects), pure and synchronous.
// Commands (help, back, cancel, start over, why, language) work at every step in all six languages.
import { STEP_BY_ID, type StepDef } from '../../dialogs/steps.js';
import type { Lang } from '../knowledge/types.js';
import { LANGS, isLang, langFromLocale } from '../knowledge/schema.js';
import { checkLeadTime } from '../domain/lead-time.js';
import { findPrograms } from '../domain/finder/finder.js';
import { route } from '../domain/routing.js';
import { countryName, formatMonth } from '../present/format.js';
import { askStep, dirOf } from './ask.js';
import { choicesFor, nativeLanguageName, programChoices } from './choices.js';
import { choiceValueOf, matchChoice } from './inputs/choice.js';
import { findCountryMention, matchCountry } from './inputs/country.js';
import { parseTypedDate } from './inputs/date.js';
import { matchLanguage } from './inputs/language.js';
import { matchAnswerWord, matchCommand, matchIntent, type Command } from './inputs/vocabulary.js';
import { answerValues, basisOf, nextStep } from './navigation.js';
import {
  assessmentReply,
  chosenProgram,
  completionReplies,
  leadTimeReply,
  programReply,
  routeReply,
} from './presenters.js';
import { buildLetterInput } from './letter-input.js';
import {
  initialState,
  type ConversationState,
  type Effect,
  type FlowContext,
  type Goal,
  type Reply,
  type TurnInput,
  type TurnResult,
} from './types.js';

const MAX_FAILURES = 3;
const GOALS: readonly Goal[] = ['find', 'check', 'letter', 'contact'];

interface Turn {
  state: ConversationState;
  replies: Reply[];
  effects: Effect[];
}

type Parsed =
  | { ok: true; value: unknown; patch?: Record<string, unknown>; replies?: Reply[] }
  | { ok: false; hint: string; vars?: Record<string, string> }
  /** Not an answer yet: a sub-question (e.g. "Senegal — is that right?"); no failure counted. */
  | { ok: 'ask'; replies: Reply[]; scratch?: Record<string, unknown> }
  /** From the review screen: change that answer. */
  | { ok: 'edit'; stepId: string }
  /** At the program pick, a new description: search again with it. */
  | { ok: 'research'; need: string };

export function turn(ctx: FlowContext, prior: ConversationState | undefined, input: TurnInput): TurnResult {
  const t: Turn = { state: prior ?? initialState(), replies: [], effects: [] };
  const value = choiceValueOf(input.value);
  const text = (input.text ?? '').trim();

  // Language: a button, a typed language name, or the channel's locale the first time.
  const langPicked = value?.startsWith('lang:')
    ? value.slice(5)
    : !value && text
      ? matchLanguage(text)
      : undefined;
  if (isLang(langPicked)) {
    t.state = { ...t.state, lang: langPicked };
    say(t, ctx.t(langPicked)('common:language-set', { language: nativeLanguageName(langPicked) }));
    if (!t.state.greeted) return greet(ctx, t);
    return reask(ctx, t);
  }
  if (!t.state.lang) {
    const fromLocale = langFromLocale(input.locale);
    if (!fromLocale) return askLanguage(ctx, t);
    t.state = { ...t.state, lang: fromLocale };
  }
  if (input.start && t.state.greeted) {
    // The client joined again (page reload, or its language picker changed the locale): follow
    // the new language if it is one of ours and resume where the conversation was.
    const fromLocale = langFromLocale(input.locale);
    if (fromLocale && fromLocale !== t.state.lang) {
      t.state = { ...t.state, lang: fromLocale };
      say(t, ctx.t(fromLocale)('common:language-set', { language: nativeLanguageName(fromLocale) }));
    }
    return reask(ctx, t);
  }
  const firstContact = !t.state.greeted;
  if (input.start || firstContact) {
    if (input.start || (!text && value === undefined)) return greet(ctx, t);
    t.state = { ...t.state, greeted: true };
  }

  if (input.restore) return restoreDraft(ctx, t, input.restore);
  if (value?.startsWith('open-draft:')) {
    t.effects.push({ kind: 'open-draft', id: value.slice('open-draft:'.length) });
    return finish(t);
  }

  if (value === DELETE_CONFIRMED) {
    // Everything of this user goes; the conversation starts afresh in its language.
    t.state = { ...initialState(), lang: t.state.lang, greeted: true };
    t.effects.push({ kind: 'delete-data' });
    return finish(t);
  }
  if (value === DELETE_KEPT) {
    say(t, ctx.t(lang(t))('common:delete-data.kept'));
    const step = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
    return step ? reask(ctx, t) : showMenu(ctx, t);
  }

  const command = commandOf(ctx, value, text);
  if (command) return runCommand(ctx, t, command);

  if (value?.startsWith('goal:')) return startGoal(ctx, t, value.slice(5));
  if (value === 'new-search') {
    t.state = withoutAnswers(t.state, ['need', 'area', 'program']);
    return startGoal(ctx, t, t.state.goal ?? 'find');
  }
  if (value === 'letter-lang') {
    t.state = withoutAnswers(t.state, ['letterLang', 'review']);
    return startGoal(ctx, t, 'letter');
  }

  const pending = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
  if (!pending) return atMenu(ctx, t, text, firstContact);

  if ((!text && value === undefined) || value === 'retry') return reask(ctx, t);
  const parsed = parseAnswer(ctx, t.state, pending, text, value);
  if (parsed.ok === 'edit') {
    t.state = { ...t.state, editing: parsed.stepId, pending: undefined, scratch: undefined };
    return advance(ctx, t);
  }
  if (parsed.ok === 'research') {
    t.state = withoutAnswers(t.state, ['need', 'area', 'program']);
    storeAnswer(ctx, t, STEP_BY_ID.get('need')!, parsed.need);
    return advance(ctx, t);
  }
  if (parsed.ok === 'ask') {
    t.state = { ...t.state, scratch: parsed.scratch };
    t.replies.push(...parsed.replies);
    return finish(t);
  }
  if (!parsed.ok) {
    // Not an answer, but another task named in words ("draft a letter"): go there, answers kept.
    const intent =
      !value && pending.input !== 'text' && pending.input !== 'need' ? matchIntent(ctx, text) : undefined;
    if (intent && intent !== t.state.goal) return startGoal(ctx, t, intent);
    return failed(ctx, t, pending, parsed.hint, parsed.vars);
  }
  storeAnswer(ctx, t, pending, parsed.value, parsed.patch);
  t.replies.push(...(parsed.replies ?? []));
  after(ctx, t, pending);
  return advance(ctx, t);
}

const lang = (t: Turn): Lang => t.state.lang ?? 'en';
const say = (t: Turn, text: string, extra: Partial<Reply> = {}) =>
  t.replies.push({ text, dir: dirOf(lang(t)), ...extra });
const finish = (t: Turn): TurnResult => ({ state: t.state, replies: t.replies, effects: t.effects });

function askLanguage(_ctx: FlowContext, t: Turn): TurnResult {
  // Before a language is known, say it in all six.
  const prompt = LANGS.map((l) => _ctx.t(l)('common:choose-language')).join(' / ');
  t.replies.push({
    text: prompt,
    choices: LANGS.map((l) => ({ value: `lang:${l}`, label: nativeLanguageName(l) })),
  });
  return finish(t);
}

function menuChoices(ctx: FlowContext, l: Lang) {
  const tr = ctx.t(l);
  return [
    ...GOALS.map((g) => ({ value: `goal:${g}`, label: tr(`common:menu.${g}`) })),
    { value: 'drafts', label: tr('common:menu.drafts') },
    { value: 'language', label: tr('common:menu.language') },
  ];
}

function greet(ctx: FlowContext, t: Turn): TurnResult {
  t.state = { ...t.state, greeted: true, goal: undefined, pending: undefined, editing: undefined };
  say(t, ctx.t(lang(t))('common:greeting'), { choices: menuChoices(ctx, lang(t)) });
  return finish(t);
}

function showMenu(ctx: FlowContext, t: Turn, key = 'common:menu.prompt'): TurnResult {
  t.state = { ...t.state, goal: undefined, pending: undefined, editing: undefined, scratch: undefined };
  say(t, ctx.t(lang(t))(key), { choices: menuChoices(ctx, lang(t)) });
  return finish(t);
}

function commandOf(ctx: FlowContext, value: string | undefined, text: string): Command | undefined {
  if (value === 'why' || value === 'menu' || value === 'drafts' || value === 'language' || value === 'back')
    return value;
  return !value && text.length <= 40 ? matchCommand(ctx, text) : undefined;
}

function runCommand(ctx: FlowContext, t: Turn, command: Command): TurnResult {
  const tr = ctx.t(lang(t));
  const pendingStep = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
  switch (command) {
    case 'help':
      say(t, tr('common:help'));
      return pendingStep ? reask(ctx, t) : showMenu(ctx, t);
    case 'why':
      if (!pendingStep) return showMenu(ctx, t, 'common:why-menu');
      say(t, tr(`flow:why.${pendingStep.id}`));
      return reask(ctx, t);
    case 'language':
      say(t, tr('common:choose-language'), {
        choices: LANGS.map((l) => ({ value: `lang:${l}`, label: nativeLanguageName(l) })),
      });
      return finish(t);
    case 'menu':
    case 'cancel':
      if (command === 'cancel') say(t, tr('common:cancelled'));
      return showMenu(ctx, t);
    case 'restart':
      t.state = { ...initialState(), lang: t.state.lang };
      say(t, tr('common:restarted'));
      return greet(ctx, t);
    case 'drafts':
      t.effects.push({ kind: 'list-drafts' });
      return finish(t);
    case 'skip':
      if (pendingStep?.optional) {
        storeAnswer(ctx, t, pendingStep, '');
        return advance(ctx, t);
      }
      say(t, tr('common:cannot-skip'));
      return reask(ctx, t);
    case 'back':
      return back(ctx, t);
    case 'delete-data':
      // Nothing is deleted before the user confirms; the question keeps the current step.
      say(t, tr('common:delete-data.question'), {
        choices: [
          { value: DELETE_CONFIRMED, label: tr('common:delete-data.confirm') },
          { value: DELETE_KEPT, label: tr('common:delete-data.keep') },
        ],
      });
      return finish(t);
  }
}

const DELETE_CONFIRMED = 'delete-data:confirm';
const DELETE_KEPT = 'delete-data:keep';

function back(ctx: FlowContext, t: Turn): TurnResult {
  // After a task ended, "back" reopens it at its last question.
  const goal = t.state.goal ?? t.state.lastGoal ?? 'find';
  const last = [...t.state.history].reverse().find((id) => STEP_BY_ID.get(id)?.goals.includes(goal));
  if (!last) return showMenu(ctx, t);
  t.state = { ...withoutAnswers(t.state, [last]), goal, editing: undefined, scratch: undefined };
  return advance(ctx, t);
}

function withoutAnswers(state: ConversationState, ids: readonly string[]): ConversationState {
  const answers = { ...state.answers };
  for (const id of ids) delete answers[id];
  return { ...state, answers, history: state.history.filter((h) => !ids.includes(h)) };
}

function startGoal(ctx: FlowContext, t: Turn, goal: string): TurnResult {
  if (goal === 'letter-review') {
    t.state = withoutAnswers({ ...t.state, goal: 'letter' }, ['review']);
    return advance(ctx, t);
  }
  if (!(GOALS as readonly string[]).includes(goal)) return showMenu(ctx, t);
  t.state = { ...t.state, goal: goal as Goal, pending: undefined, editing: undefined, scratch: undefined };
  return advance(ctx, t);
}

/** At the menu: a goal typed in words, else a need described in free text starts a search. */
function atMenu(ctx: FlowContext, t: Turn, text: string, firstContact = false): TurnResult {
  const intent = text ? matchIntent(ctx, text) : undefined;
  if (intent) return startGoal(ctx, t, intent);
  if (text.split(/\s+/).length >= 3 || /\p{Script=Han}{4,}/u.test(text)) {
    const hits = findPrograms(ctx.finder, text, { limit: 1 });
    if (hits.length > 0) {
      t.state = withoutAnswers({ ...t.state, goal: 'find' }, ['need', 'area', 'program']);
      t.state = {
        ...t.state,
        answers: { ...t.state.answers, need: { value: text } },
        history: [...t.state.history, 'need'],
      };
      // "We in Kenya want a TISC": the country named in the need is read back, not asked again.
      const mentioned = t.state.answers.country ? undefined : findCountryMention(ctx.knowledge, text);
      if (mentioned) {
        const l = lang(t);
        t.state = {
          ...t.state,
          pending: { stepId: 'country', failures: 0 },
          scratch: { candidates: [mentioned] },
        };
        return finish({ ...t, replies: [...t.replies, confirmCountry(ctx, mentioned, l)] });
      }
      return advance(ctx, t);
    }
  }
  // A first "hello" is a greeting, not a misunderstanding.
  return firstContact ? greet(ctx, t) : showMenu(ctx, t, 'common:not-understood-menu');
}

/** A re-opened draft: its answers replace the letter's, and the review screen shows them to edit. */
function restoreDraft(ctx: FlowContext, t: Turn, restore: NonNullable<TurnInput['restore']>): TurnResult {
  const answers = { ...t.state.answers };
  for (const [id, value] of Object.entries(restore.answers)) {
    const step = STEP_BY_ID.get(id);
    if (step && step.input !== 'review') answers[id] = { value };
  }
  // A letter does not record how its program was found: present it as picked from its area.
  const program = restore.answers.program
    ? ctx.knowledge.programById.get(restore.answers.program)
    : undefined;
  if (program && !answers.need) {
    answers.need = { value: 'browse' };
    answers.area = { value: program.area };
  }
  answers.requester ??= { value: 'other' };
  // Answers with a basis are stored against the restored values, as if given now.
  const values = answerValues({ ...t.state, answers });
  for (const [id, stored] of Object.entries(answers)) {
    const step = STEP_BY_ID.get(id);
    const basis = step ? basisOf(step, values) : undefined;
    if (basis !== undefined) answers[id] = { value: stored.value, basis };
  }
  delete answers.review;
  t.state = {
    ...t.state,
    answers,
    draftId: restore.draftId,
    goal: 'letter',
    pending: undefined,
    editing: undefined,
    scratch: undefined,
  };
  return advance(ctx, t);
}

function reask(ctx: FlowContext, t: Turn): TurnResult {
  if (!t.state.goal) return showMenu(ctx, t);
  return advance(ctx, t);
}

function storeAnswer(
  ctx: FlowContext,
  t: Turn,
  step: StepDef,
  value: unknown,
  patch?: Record<string, unknown>,
): void {
  const answers = { ...t.state.answers };
  for (const [k, v] of Object.entries(patch ?? {})) answers[k] = { value: v };
  const values = { ...answerValues({ ...t.state, answers }), [step.id]: value };
  const basis = basisOf(step, values);
  answers[step.id] = basis === undefined ? { value } : { value, basis };
  t.state = {
    ...t.state,
    answers,
    history: [...t.state.history.filter((h) => h !== step.id), step.id],
    pending: undefined,
    editing: t.state.editing === step.id ? undefined : t.state.editing,
    scratch: undefined,
  };
}

function after(ctx: FlowContext, t: Turn, step: StepDef): void {
  const values = answerValues(t.state);
  const l = lang(t);
  if (step.after === 'program') {
    const p = chosenProgram(ctx, values);
    if (p) t.replies.push(programReply(ctx, p, l));
  } else if (step.after === 'assessment') {
    t.replies.push(assessmentReply(ctx, values, l));
  } else if (step.after === 'leadTime') {
    const r = leadTimeReply(ctx, values, l);
    if (r) t.replies.push(r);
  }
  if (step.id === 'country' && typeof values.country === 'string') countryNotes(ctx, t, values.country);
  // In the letter path the route comes before the letter details, as the requester must consult first.
  if (t.state.goal === 'letter' && (step.id === 'start' || step.id === 'startAccept')) {
    const tooLate = nextStep(ctx, t.state, 'letter')?.id === 'startAccept';
    const r = tooLate ? undefined : routeReply(ctx, values, l);
    if (r) t.replies.push(r);
  }
}

/** A requester from a developed or non-member country is told so at once, never refused silently. */
function countryNotes(ctx: FlowContext, t: Turn, code: string): void {
  const c = ctx.knowledge.countryByCode.get(code);
  if (!c) return;
  const tr = ctx.t(lang(t));
  const name = countryName(code, lang(t));
  if (!c.wipoMember) say(t, tr('flow:country.not-member', { country: name }));
  if (c.group === 'developed') say(t, tr('flow:country.developed', { country: name }));
}

function advance(ctx: FlowContext, t: Turn): TurnResult {
  const goal = t.state.goal;
  if (!goal) return showMenu(ctx, t);
  const step = nextStep(ctx, t.state, goal);
  if (step) {
    const failures = t.state.pending?.stepId === step.id ? t.state.pending.failures : 0;
    t.state = { ...t.state, pending: { stepId: step.id, failures } };
    if (step.input === 'review') t.replies.push(reviewReply(ctx, t));
    else t.replies.push(askStep(step, ctx, t.state, lang(t)));
    return finish(t);
  }
  const values = answerValues(t.state);
  const replies = completionReplies(ctx, goal, values, lang(t));
  const program = chosenProgram(ctx, values);
  if (
    goal === 'letter' &&
    program &&
    (program.request === 'letter-new' || program.request === 'letter-project')
  ) {
    t.effects.push({
      kind: 'draft-letter',
      input: buildLetterInput(values),
      ...(t.state.draftId ? { draftId: t.state.draftId } : {}),
    });
  }
  t.state = { ...t.state, goal: undefined, lastGoal: goal, pending: undefined, editing: undefined };
  t.replies.push(...replies);
  return finish(t);
}

function failed(
  ctx: FlowContext,
  t: Turn,
  step: StepDef,
  hint: string,
  vars?: Record<string, string>,
): TurnResult {
  const tr = ctx.t(lang(t));
  const failures = (t.state.pending?.failures ?? 0) + 1;
  if (failures >= MAX_FAILURES) {
    // The human hand-off: stop looping, point to a person.
    t.state = { ...t.state, pending: { stepId: step.id, failures: 0 }, scratch: undefined };
    const values = answerValues(t.state);
    const country = typeof values.country === 'string' ? values.country : undefined;
    const r = country ? route(ctx.knowledge, { country, date: ctx.today }) : undefined;
    const unitId = r?.ok ? r.value.primary : 'director-general';
    const unit = ctx.knowledge.unitById.get(unitId)!;
    say(t, tr('common:handoff', { unit: unit.name[lang(t)], address: unit.address.join(', ') }), {
      choices: [
        { value: 'retry', label: tr('common:try-again') },
        { value: 'menu', label: tr('common:menu.back-to-menu') },
        { value: 'goal:contact', label: tr('common:menu.contact') },
      ],
    });
    return finish(t);
  }
  t.state = { ...t.state, pending: { stepId: step.id, failures } };
  say(t, tr(`flow:hint.${hint}`, vars));
  t.replies.push(askStep(step, ctx, t.state, lang(t)));
  return finish(t);
}

function reviewReply(ctx: FlowContext, t: Turn): Reply {
  const tr = ctx.t(lang(t));
  const values = answerValues(t.state);
  const lines = reviewLines(ctx, t.state, lang(t));
  return {
    title: tr('flow:review.title'),
    text: tr('flow:q.review'),
    facts: lines.map((l) => ({ label: l.label, value: l.value })),
    choices: [
      {
        value: 'draft',
        label: tr('flow:review.draft', {
          language: nativeLanguageName((values.letterLang as Lang) ?? lang(t)),
        }),
      },
      ...lines.map((l) => ({ value: `edit:${l.id}`, label: tr('flow:review.change', { field: l.label }) })),
    ],
    dir: dirOf(lang(t)),
  };
}

export function reviewLines(ctx: FlowContext, state: ConversationState, l: Lang) {
  const tr = ctx.t(l);
  const values = answerValues(state);
  const lines: { id: string; label: string; value: string }[] = [];
  for (const id of REVIEWED) {
    if (!(id in values)) continue;
    const step = STEP_BY_ID.get(id)!;
    lines.push({ id, label: tr(`flow:label.${id}`), value: displayValue(ctx, step, values, l) });
  }
  return lines;
}
const REVIEWED = [...STEP_BY_ID.values()].filter((s) => s.review).map((s) => s.id);

function displayValue(ctx: FlowContext, step: StepDef, values: Record<string, unknown>, l: Lang): string {
  const v = values[step.id];
  if (typeof v !== 'string') return '';
  if (step.id === 'country') return countryName(v, l);
  if (step.id === 'need' && v === 'browse') return ctx.t(l)('flow:need.browse');
  if (step.input === 'choice' && step.choices) {
    return choicesFor(step.choices, ctx, values, l).find((c) => c.value === v)?.label ?? v;
  }
  if (step.input === 'yes-no-unknown') return ctx.t(l)(`common:answer.${v}`);
  if (step.input === 'date') return formatMonth(v, l);
  return v || '—';
}

function parseAnswer(
  ctx: FlowContext,
  state: ConversationState,
  step: StepDef,
  text: string,
  value: string | undefined,
): Parsed {
  const l = state.lang ?? 'en';
  const tr = ctx.t(l);
  const values = answerValues(state);
  switch (step.input) {
    case 'country':
      return parseCountry(ctx, state, text, value);
    case 'yes-no-unknown': {
      const v = value ?? matchAnswerWord(ctx, text);
      return v === 'yes' || v === 'no' || v === 'unknown'
        ? { ok: true, value: v }
        : { ok: false, hint: 'yes-no' };
    }
    case 'choice': {
      const choices = step.choices ? choicesFor(step.choices, ctx, values, l) : [];
      const c = matchChoice(choices, text, value);
      if (c) {
        if (step.id === 'startAccept' && c.value.startsWith('take:')) {
          // Taking the earliest realistic start replaces the date; the question then no longer applies.
          return { ok: true, value: 'take', patch: { start: c.value.slice(5) } };
        }
        return { ok: true, value: c.value };
      }
      if (step.id === 'program' && !value && text.split(/\s+/).length >= 2) {
        // A new description instead of a pick: search again with it.
        if (programChoices(ctx, { ...values, need: text }).length) return { ok: 'research', need: text };
      }
      return { ok: false, hint: 'choice' };
    }
    case 'need': {
      if (value === 'browse') return { ok: true, value: 'browse' };
      const checked = step.text!.safeParse(text);
      if (!checked.success)
        return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
      // The same search the program question will show, so a need that passes always has choices.
      return programChoices(ctx, { ...values, need: checked.data }).length
        ? { ok: true, value: checked.data }
        : { ok: false, hint: 'no-match' };
    }
    case 'date': {
      if (value === 'other-date')
        return { ok: 'ask', replies: [{ text: tr('flow:start.type'), dir: dirOf(l) }] };
      const iso = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parseTypedDate(text, ctx.today);
      if (!iso) return { ok: false, hint: 'date', vars: { example: tr('flow:start.example') } };
      const r = checkLeadTime(ctx.knowledge.leadTime, { today: ctx.today, start: iso });
      if (!r.ok)
        return {
          ok: false,
          hint: r.error.code === 'start-in-past' ? 'date-past' : 'date',
          vars: { example: tr('flow:start.example') },
        };
      return { ok: true, value: iso };
    }
    case 'text': {
      if (step.optional && value === 'skip') return { ok: true, value: '' };
      const checked = step.text!.safeParse(text);
      if (!checked.success)
        return { ok: false, hint: `text.${checked.error.issues[0]?.message ?? 'too-short'}` };
      return { ok: true, value: checked.data };
    }
    case 'review': {
      if (value === 'draft' || (!value && matchAnswerWord(ctx, text) === 'yes'))
        return { ok: true, value: 'confirmed' };
      const lines = reviewLines(ctx, state, l);
      const n = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      const edit = value?.startsWith('edit:') ? value.slice(5) : lines[n - 1]?.id;
      if (edit && STEP_BY_ID.has(edit)) return { ok: 'edit', stepId: edit };
      return { ok: false, hint: 'review' };
    }
  }
}

/** "Senegal — is that right?" with Yes / No. */
function confirmCountry(ctx: FlowContext, code: string, l: Lang): Reply {
  const tr = ctx.t(l);
  return {
    text: tr('flow:country.confirm', { country: countryName(code, l) }),
    choices: [
      { value: 'yes', label: tr('common:answer.yes') },
      { value: 'no', label: tr('common:answer.no') },
    ],
    dir: dirOf(l),
  };
}

function parseCountry(
  ctx: FlowContext,
  state: ConversationState,
  text: string,
  value: string | undefined,
): Parsed {
  const l = state.lang ?? 'en';
  const tr = ctx.t(l);
  const candidates = Array.isArray(state.scratch?.candidates) ? (state.scratch.candidates as string[]) : [];
  if (value && /^[A-Z]{2}$/.test(value) && ctx.knowledge.countryByCode.has(value)) return { ok: true, value };
  if (candidates.length === 1) {
    const yn = value ?? matchAnswerWord(ctx, text);
    if (yn === 'yes') return { ok: true, value: candidates[0] };
    if (yn === 'no')
      return { ok: 'ask', replies: [{ text: tr('flow:country.again'), dir: dirOf(l) }], scratch: {} };
  }
  if (value === 'none')
    return { ok: 'ask', replies: [{ text: tr('flow:country.again'), dir: dirOf(l) }], scratch: {} };
  const typed = value ?? text;
  const m = matchCountry(ctx.knowledge, typed);
  if (m.kind === 'one') {
    // An ISO code or a button needs no confirmation; a typed name is read back first.
    if (/^[A-Za-z]{2}$/.test(typed.trim())) return { ok: true, value: m.code };
    return { ok: 'ask', replies: [confirmCountry(ctx, m.code, l)], scratch: { candidates: [m.code] } };
  }
  if (m.kind === 'several') {
    return {
      ok: 'ask',
      replies: [
        {
          text: tr('flow:country.which'),
          choices: [
            ...m.codes.map((c) => ({ value: c, label: countryName(c, l) })),
            { value: 'none', label: tr('flow:country.none') },
          ],
          dir: dirOf(l),
        },
      ],
      scratch: { candidates: m.codes },
    };
  }
  return { ok: false, hint: 'country' };
}
