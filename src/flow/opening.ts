// A message typed at the menu (or as the very first one): a task named in a few words starts it;
// a need described in free text starts a search, and every other fact the message gives (country,
// requester, program, start, signatory) is taken at once and said back in one line, never asked.
import { withoutGreeting } from './understand/greeting.js';
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { runAfter } from './after.js';
import { programChoices } from './choices.js';
import { INPUTS } from './inputs/index.js';
import { MAX_INTENT_WORDS, matchIntent, saysPhrase } from './inputs/vocabulary.js';
import { greet, showMenu } from './menu.js';
import { advance, startGoal, storeAnswer } from './progress.js';
import { finish, langOf, say, withoutAnswers, type InnerResult, type Turn } from './turn-state.js';
import type { FlowContext, Goal } from './types.js';
import type { Lang } from '../knowledge/types.js';
import { needOf, openingFacts, type OpeningFacts } from './understand/facts.js';
import { matchLanguageAnswer } from './understand/language.js';
import { answerValues, str } from './values.js';
import { answerQuestion } from './answers/answer-question.js';
import { detectQuestion, namesAcademy, splitQuestions } from './understand/question.js';
import { programMention } from './understand/mentions.js';
import { words } from './understand/phrases.js';
import { confirmCountry, countryChoiceReply } from './inputs/country.js';
import { assumedStartReply } from './inputs/date.js';
import { parseYesNo } from './understand/yes-no.js';
import { letterLanguageNamed, namesOtherThing, withoutLetterLanguage } from './understand/letter-language.js';
import { wordCount } from './understand/text.js';
import { onlyThanks } from './understand/thanks.js';
import { doneChoices, stillDone } from './done.js';

/** Facts that make a message an opening rather than a question ("Can Haiti get TISC?" names two). */
const OPENING_FACTS = 3;
const factCount = ({ startAssumed: _, countryFrom: __, ...facts }: OpeningFacts) =>
  Object.values(facts).filter((v) => v !== undefined).length;

/** "oui, bien sûr", "je sais pas trop": what may follow a yes / no before it says something. */
const MAX_NOTE_WORDS = 2;

export function atMenu(ctx: FlowContext, t: Turn, text: string, firstContact = false): InnerResult {
  if (!text) return firstContact ? greet(ctx, t) : showMenu(ctx, t, 'common:not-understood-menu');
  const lang = langOf(t);
  // Just after a finished task its next moves stay on offer (done.ts).
  const done = doneChoices(ctx, t);
  const notUnderstood = () =>
    done
      ? stillDone(ctx, t, done, 'flow:done.not-understood')
      : firstContact
        ? greet(ctx, t)
        : showMenu(ctx, t, 'common:not-understood-menu');
  if (!firstContact && onlyThanks(ctx, text))
    return done ? stillDone(ctx, t, done, 'flow:done.thanks') : showMenu(ctx, t, 'flow:done.thanks');
  let facts: OpeningFacts = openingFacts(ctx, text, lang);
  // "How much does it cost?" after a task, or before one: answered, then the menu. A message that
  // also gives facts ("…we want IPAS from October 2027 in Morocco. Can you check our request?")
  // is an opening that ends with a question: its facts and need are taken, not dropped.
  // "I am a researcher in Cairo and want a distance course. Is it free?": the rest of the
  // message is taken as if the question were not there, and the question answered first.
  const { questions, rest } = splitQuestions(ctx, text);
  if (questions && isOpening(ctx, rest, lang)) return openingWithQuestion(ctx, t, text, questions, rest);
  const question = detectQuestion(ctx, text);
  if (question && question.topic !== 'other' && factCount(facts) < OPENING_FACTS) {
    t.replies.push(answerQuestion(ctx, t.state, question, lang));
    return done ? stillDone(ctx, t, done, 'flow:done.next') : showMenu(ctx, t, 'common:menu.prompt');
  }
  const intent = matchIntent(ctx, text);
  // The signatory's clause says nothing about the need ("Sí, redactemos la carta. La firmará el
  // ministro Javier Giménez." asks for the letter in three words): the words are the need's.
  const need = needOf(ctx, text);
  const words = wordCount(need);
  // A letter named by its kind ("составить вербальную ноту") is the letter task.
  const asked: Goal | undefined = facts.letterType ? 'letter' : intent;
  // "Draft the letter in French, signed by…", "起草信函，用英文": the letter's language, named
  // where the letter is asked for (a need may name a language for something else).
  // Or in any message, beside a word for the letter: "…et la lettre en anglais svp".
  const letterLang =
    (asked === 'letter' ? letterLanguageIn(ctx, need) : undefined) ?? letterLanguageNamed(ctx, need)?.lang;
  if (letterLang) facts = { ...facts, letterLang };
  if (asked && words <= MAX_INTENT_WORDS) {
    takeFacts(ctx, t, { ...facts, program: undefined });
    return confirmOfficeCountry(ctx, t, facts, asked) ?? startGoal(ctx, t, asked);
  }
  // A bare "yes" or "je sais pas trop" answers no question here: not a need to search for.
  const bare = parseYesNo(ctx, text);
  if (bare && factCount(facts) === 0 && wordCount(bare.note ?? '') <= MAX_NOTE_WORDS) return notUnderstood();
  const values = answerValues(t.state);
  // The letter asked for once a program is chosen is that program's letter: the rest of the
  // sentence ("…ستوقعها المديرة العامة فاطمة بنت محمد") is not a new search that would drop it.
  if (asked === 'letter' && values.program && !facts.program) {
    takeFacts(ctx, t, facts);
    return confirmOfficeCountry(ctx, t, facts, asked) ?? startGoal(ctx, t, asked);
  }
  const country = values.country ?? facts.country;
  const describes = words >= 3 || /\p{Script=Han}{4,}/u.test(need);
  // "Please prepare the letter in English." describes no need: the finder does not search it.
  // "Bonjour, nous avons besoin de …": the need the letter states starts after the greeting.
  const described = withoutGreeting(
    ctx,
    withoutLetterLanguage(ctx, asked === 'letter' ? withoutLetterRequest(ctx, need) : need),
  );
  const programs = describes ? programChoices(ctx, { ...values, country, need: described }, lang) : [];
  if (programs.length > 0) {
    const goal: Goal = asked === 'letter' || facts.senderName ? 'letter' : (asked ?? 'find');
    t.state = withoutAnswers({ ...t.state, goal }, ['need', 'area', 'program']);
    storeAnswer(ctx, t, STEP_BY_ID.get('need')!, described);
    const known = programs.some((m) => m.program.id === facts.program) ? facts.program : undefined;
    takeFacts(ctx, t, { ...facts, program: known });
    if (facts.countries && !t.state.answers.country) return whichCountry(ctx, t, facts.countries);
    return confirmOfficeCountry(ctx, t, facts, goal) ?? advance(ctx, t);
  }
  // No need described, but facts given ("Мы из Кыргызстана."): noted, then the menu.
  if (facts.countries && !t.state.answers.country) return whichCountry(ctx, t, facts.countries);
  // A task named in a longer sentence that describes no need ("I want to prepare the request
  // letter now"): the words limit above keeps a need that happens to name a task a need; with
  // no need in it, the task is what the sentence asks for.
  if (asked) {
    takeFacts(ctx, t, { ...facts, program: undefined });
    return confirmOfficeCountry(ctx, t, facts, asked) ?? startGoal(ctx, t, asked);
  }
  const taken = takeFacts(ctx, t, { ...facts, program: undefined });
  // "Мы из Кыргызпатента.": the country the office gives is read back, then the search goes on.
  const readBack = confirmOfficeCountry(ctx, t, facts, t.state.goal ?? 'find');
  if (readBack) return readBack;
  if (taken > 0) return showMenu(ctx, t, 'common:menu.prompt');
  // A first "hello" is a greeting, not a misunderstanding.
  return notUnderstood();
}

/** Words the rest of a message needs, besides its questions, to be an opening of its own. */
const MIN_OPENING_WORDS = 3;
/** …or, when it names no fact (country, requester, program), to describe a need. */
const MIN_NEED_WORDS = 8;

/** "I'm a patent examiner in Kenya and want a summer school", not "I heard we graduate this year". */
function isOpening(ctx: FlowContext, rest: string, lang: Lang): boolean {
  // Chinese runs on without spaces: its characters, by four, stand for words.
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const n = wordCount(rest) + Math.floor(han / 4);
  if (n < MIN_OPENING_WORDS) return false;
  const f = openingFacts(ctx, rest, lang);
  return (
    n >= MIN_NEED_WORDS ||
    f.country !== undefined ||
    f.countries !== undefined ||
    f.requester !== undefined ||
    f.program !== undefined
  );
}

function openingWithQuestion(
  ctx: FlowContext,
  t: Turn,
  text: string,
  questions: string,
  rest: string,
): InnerResult {
  const lang = langOf(t);
  const before = t.replies.length;
  const result = atMenu(ctx, t, rest);
  const q = detectQuestion(ctx, questions);
  if (!q) return result;
  // "Do I need a letter?" is about the course the message names, by its name or as the Academy's.
  const academy = namesAcademy(ctx, text);
  const programId = q.programId ?? programMention(ctx, words(text));
  const country = q.country ?? str(answerValues(t.state).country);
  const asked = {
    ...q,
    ...(programId ? { programId } : {}),
    ...(country ? { country } : {}),
    ...(academy ? { academy: true as const } : {}),
  };
  t.replies.splice(before, 0, answerQuestion(ctx, t.state, asked, lang));
  return result;
}

/** The sentences (or clauses) of a message, each with the punctuation that closes it. */
const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.;!?。；！？\n؛])\s*/u).filter((c) => c.trim());
const asksForLetter = (ctx: FlowContext, sentence: string) => saysPhrase(ctx, 'intent', 'letter', sentence);

/** The need without its short sentences that only ask for the letter; the need itself if none is left. */
function withoutLetterRequest(ctx: FlowContext, need: string): string {
  const sentences = sentencesOf(need);
  const kept = sentences.filter((c) => !(asksForLetter(ctx, c) && wordCount(c) <= LETTER_CLAUSE_WORDS));
  const rest = kept.join(' ').trim();
  return rest && kept.length < sentences.length ? rest : need;
}
const LETTER_CLAUSE_WORDS = 10;

/**
 * The language of the letter, named in the message or, in a long one, in the sentence that asks
 * for the letter: "Please prepare the letter in English; it will be signed by…".
 */
function letterLanguageIn(ctx: FlowContext, text: string): Lang | undefined {
  return (
    // "Нужно письмо про обучение на английском языке": the language may be the course's.
    (namesOtherThing(ctx, text) ? undefined : matchLanguageAnswer(ctx, text)) ??
    sentencesOf(text)
      .filter((c) => asksForLetter(ctx, c) && !namesOtherThing(ctx, c))
      .map((c) => matchLanguageAnswer(ctx, c))
      .find((lang) => lang !== undefined)
  );
}

/** "Congo" or two countries named: which one, before anything else. */
function whichCountry(ctx: FlowContext, t: Turn, codes: readonly string[]): InnerResult {
  t.state = {
    ...t.state,
    goal: t.state.goal ?? 'find',
    pending: { stepId: 'country', failures: 0 },
    scratch: { candidates: codes },
  };
  t.replies.push(countryChoiceReply(ctx, codes, langOf(t)));
  return finish(t);
}

/**
 * A country only an unverified IP office's name gives ("Hello, we are KIPI…"): not kept as said,
 * but read back with the office's name ("From the name KIPI, I take it the country is Kenya. Is
 * that right?"), one tap, before the task goes on (office-country.ts). None when the country is
 * known or was typed.
 */
function confirmOfficeCountry(
  ctx: FlowContext,
  t: Turn,
  facts: OpeningFacts,
  goal: Goal,
): InnerResult | undefined {
  if (!facts.country || !facts.countryFrom || t.state.answers.country) return undefined;
  t.state = {
    ...t.state,
    goal,
    pending: { stepId: 'country', failures: 0 },
    editing: undefined,
    scratch: { candidates: [facts.country], office: facts.countryFrom },
    progressTotal: undefined,
  };
  t.replies.push(confirmCountry(ctx, facts.country, langOf(t), facts.countryFrom));
  return finish(t);
}

/** Fact -> the step it answers, in interview order (so the program card follows the country). */
const FACT_STEPS = [
  'country',
  'requester',
  'program',
  'start',
  'letterType',
  'letterLang',
  'senderName',
  'senderTitle',
] as const;

/** Stores the facts not known yet, says them in one line; how many were new. */
function takeFacts(ctx: FlowContext, t: Turn, facts: OpeningFacts): number {
  const lang = langOf(t);
  const tr = ctx.t(lang);
  const said: string[] = [];
  const after: (typeof FACT_STEPS)[number][] = [];
  for (const id of FACT_STEPS) {
    const value = facts[id];
    if (value === undefined || t.state.answers[id]) continue;
    // Read back instead (confirmOfficeCountry).
    if (id === 'country' && facts.countryFrom) continue;
    const step = STEP_BY_ID.get(id)!;
    storeAnswer(ctx, t, step, value);
    const ic = { ctx, state: t.state, step, lang, values: answerValues(t.state) };
    said.push(
      tr('facts:fact', { label: tr(`flow:label.${id}`), value: INPUTS[step.input].display(ic, value) }),
    );
    after.push(id);
  }
  if (said.length) say(t, tr('facts:summary', { facts: said.join(tr('facts:fact-separator')) }));
  // "early 2028": the month taken for it is said, so the user can correct it.
  if (after.includes('start') && facts.start && facts.startAssumed)
    t.replies.push(
      assumedStartReply(ctx, lang, facts.startAssumed.period, {
        iso: facts.start,
        kept: facts.startAssumed.kept,
      }),
    );
  for (const id of after) runAfter(ctx, t, STEP_BY_ID.get(id)!);
  return after.length;
}
