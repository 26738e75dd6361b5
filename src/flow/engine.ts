// The interview engine: (state, input) -> (state, replies, effects), pure and synchronous. It only
// routes: commands, the menu, the answer to the pending question (understood by the step's input
// kind), and what follows; what each part says lives in its own module.
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { isLang, langFromLocale } from '../knowledge/schema.js';
import { runAfter } from './after.js';
import { buttonValueOf, type ButtonValue } from './button.js';
import { nativeLanguageName } from './choices.js';
import { commandOf, deleteAnswer, runCommand } from './commands.js';
import { submitForm } from './form-submit.js';
import { failed } from './handoff.js';
import { INPUTS } from './inputs/index.js';
import { nextStep } from './navigation.js';
import { takeWithNext } from './next-answer.js';
import { matchLanguage } from './inputs/language.js';
import { chatLanguageRequest } from './understand/chat-language.js';
import { namedTask } from './inputs/vocabulary.js';
import { askLanguage, greet } from './menu.js';
import { atMenu } from './opening.js';
import { advance, reask, startGoal, storeAnswer } from './progress.js';
import { restoreDraft } from './restore.js';
import { beforeAnswer, insteadOfAnswer } from './typed.js';
import { statusOf } from './status.js';
import { finish, langOf, say, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import {
  initialState,
  type ConversationState,
  type FlowContext,
  type TurnInput,
  type TurnResult,
} from './types.js';
import { answerValues } from './values.js';

export { statusOf };

export function turn(ctx: FlowContext, prior: ConversationState | undefined, input: TurnInput): TurnResult {
  const { done, ...result } = runTurn(ctx, prior, input);
  return { ...result, status: statusOf(ctx, result.state, done ?? false) };
}

/**
 * "2" typed where buttons were offered picks the second, on every channel, in the order they were
 * offered. Not where the input kind takes a number as an answer in itself (free text, the country).
 */
function pickedByNumber(state: ConversationState, text: string): string | undefined {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1) || !state.offered || n > state.offered.length) return undefined;
  const pending = state.pending && state.goal ? STEP_BY_ID.get(state.pending.stepId) : undefined;
  if (pending && INPUTS[pending.input].numberIsAnswer?.(state)) return undefined;
  return state.offered[n - 1];
}

/**
 * A button of an earlier question: when that answer can take it, it is changed (and everything
 * that depends on it recomputes); otherwise the user is told and the current question asked.
 */
function staleTap(ctx: FlowContext, t: Turn, stepId: string, button: ButtonValue): InnerResult {
  const step = STEP_BY_ID.get(stepId);
  const tr = ctx.t(langOf(t));
  if (button.choice === 'why' && step) {
    say(t, tr(`flow:why.${step.id}`));
    return reask(ctx, t);
  }
  const answered = step && t.state.answers[step.id] !== undefined && !button.form && button.choice;
  if (step && answered && step.input !== 'review') {
    const ic = {
      ctx,
      state: { ...t.state, scratch: undefined },
      step,
      lang: langOf(t),
      values: answerValues(t.state),
    };
    const parsed = INPUTS[step.input].parse(ic, { text: '', value: button.choice! });
    if (parsed.ok === true) {
      const before = t.state.pending;
      storeAnswer(ctx, t, step, parsed.value, parsed.patch);
      const shown = INPUTS[step.input].display(
        { ...ic, state: t.state, values: answerValues(t.state) },
        parsed.value,
      );
      say(t, tr('flow:stale.changed', { field: tr(`flow:label.${step.id}`), value: shown }));
      t.state = { ...t.state, pending: before };
      return advance(ctx, t);
    }
  }
  say(t, tr('flow:stale.refused'));
  return reask(ctx, t);
}

/**
 * "Yes, it is part of our national IP strategy": what the user added to a short answer may answer
 * the question asked because of it (which plan); it is taken only when that question reads it as
 * an answer. It never answers the next question of its own ("no, we don't…" is no answer to it).
 */
function answerNextFromNote(ctx: FlowContext, t: Turn, answered: string, note: string): void {
  const next = t.state.goal ? nextStep(ctx, t.state, t.state.goal) : undefined;
  if (!next || next.input === 'text' || next.input === 'review' || next.prefill) return;
  if (!(next.when as readonly string[] | undefined)?.includes(answered)) return;
  const ic = { ctx, state: t.state, step: next, lang: langOf(t), values: answerValues(t.state) };
  const parsed = INPUTS[next.input].parse(ic, { text: note });
  if (parsed.ok !== true) return;
  storeAnswer(ctx, t, next, parsed.value, parsed.patch);
  runAfter(ctx, t, next);
}

function runTurn(ctx: FlowContext, prior: ConversationState | undefined, input: TurnInput): InnerResult {
  const t: Turn = { state: prior ?? initialState(), replies: [], effects: [] };
  const text = (input.text ?? '').trim();
  const button = buttonValueOf(input.value);
  const value = button?.choice ?? pickedByNumber(t.state, text);

  // Language: a button, a typed language name or request ("can we continue in English?"), or the
  // channel's locale the first time. A bare name typed where the question asks for a language
  // (the letter's) answers that question instead.
  const asksLanguage = STEP_BY_ID.get(t.state.pending?.stepId ?? '')?.choices === 'letterLangs';
  const langPicked = value?.startsWith('lang:')
    ? value.slice(5)
    : !value && text
      ? ((!asksLanguage ? matchLanguage(ctx, text) : undefined) ??
        chatLanguageRequest(ctx, text, asksLanguage))
      : undefined;
  if (isLang(langPicked)) {
    t.state = { ...t.state, lang: langPicked };
    say(t, ctx.t(langPicked)('common:language-set', { language: nativeLanguageName(langPicked) }));
    return t.state.greeted ? reask(ctx, t) : greet(ctx, t);
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

  const deletion = deleteAnswer(ctx, t, value);
  if (deletion) return deletion;
  const command = commandOf(ctx, value, text);
  if (command) return runCommand(ctx, t, command);

  if (value?.startsWith('goal:')) return startGoal(ctx, t, value.slice(5));
  if (value === 'new-search') {
    t.state = withoutAnswers(t.state, ['need', 'area', 'program']);
    return startGoal(ctx, t, t.state.goal ?? 'find');
  }
  if (value?.startsWith('letter-with:')) {
    // "Draft it with this program": a program requested by letter instead of an open-access one.
    const step = STEP_BY_ID.get('program')!;
    const id = value.slice('letter-with:'.length);
    const ic = { ctx, state: t.state, step, lang: langOf(t), values: answerValues(t.state) };
    if (INPUTS[step.input].accepts?.(ic, id)) storeAnswer(ctx, t, step, id);
    return startGoal(ctx, t, 'letter');
  }
  if (value === 'letter-lang') {
    t.state = withoutAnswers(t.state, ['letterLang', 'review']);
    return startGoal(ctx, t, 'letter');
  }

  const pending = t.state.pending && t.state.goal ? STEP_BY_ID.get(t.state.pending.stepId) : undefined;
  // A tap on a card of an earlier question is an edit of that answer, never an answer to this one.
  if (button?.step && button.step !== pending?.id) return staleTap(ctx, t, button.step, button);
  if (button?.form) {
    submitForm(ctx, t, button.form, button.fields ?? {});
    return advance(ctx, t);
  }
  if (!pending) return atMenu(ctx, t, text, firstContact);

  if ((!text && value === undefined) || value === 'retry') return reask(ctx, t);
  if (value === undefined) {
    const handled = beforeAnswer(ctx, t, pending, text);
    if (handled) return handled;
  }
  const ic = { ctx, state: t.state, step: pending, lang: langOf(t), values: answerValues(t.state) };
  const parsed = INPUTS[pending.input].parse(ic, { text, ...(value !== undefined ? { value } : {}) });
  switch (parsed.ok) {
    case 'edit':
      t.state = { ...t.state, editing: parsed.stepId, pending: undefined, scratch: undefined };
      return advance(ctx, t);
    case 'research': {
      // "Redactar la carta" at the program list names a task, not a new need to search for.
      const task = value === undefined ? namedTask(ctx, text) : undefined;
      if (task) return task === t.state.goal ? reask(ctx, t) : startGoal(ctx, t, task);
      t.state = withoutAnswers(t.state, ['need', 'area', 'program']);
      if (parsed.need) storeAnswer(ctx, t, STEP_BY_ID.get('need')!, parsed.need);
      return advance(ctx, t);
    }
    case 'ask':
      t.state = { ...t.state, scratch: parsed.scratch };
      t.replies.push(...parsed.replies);
      return finish(t);
    case false: {
      if (value === undefined) {
        // Not an answer: a question asked in between gets its answer, the question stays.
        const answered = insteadOfAnswer(ctx, t, pending, text);
        if (answered) return answered;
        // Another task named in a few words ("draft a letter"): go there, answers kept.
        const intent = namedTask(ctx, text);
        if (intent && intent !== t.state.goal) return startGoal(ctx, t, intent);
      }
      return failed(ctx, t, pending, parsed.hint, parsed.vars);
    }
    case true:
      if (parsed.then) return takeWithNext(ctx, t, pending, parsed);
      storeAnswer(ctx, t, pending, parsed.value, parsed.patch, parsed.note);
      t.replies.push(...(parsed.replies ?? []));
      runAfter(ctx, t, pending);
      if (parsed.note) answerNextFromNote(ctx, t, pending.id, parsed.note);
      return advance(ctx, t);
  }
}
