// Recognises the change of an earlier answer, typed at any step in any of the six languages:
// "actually start in January 2028", "no, the signatory is Dr Z", "change the period",
// "Petite correction : finalement nous préférons commencer en octobre 2027", "把开始时间改为2028年1月".
//
// Deliberately conservative, because a correction taken for an answer is bad but an answer taken
// for a correction is worse (the user's text is lost): the message must be short and carry a
// correction cue — a verb that asks for a change ("change", "поменяйте", "改为", "غيّر"), a word
// that announces one ("actually", "finalement", "на самом деле") followed by a new value, or
// "no, the X is …" — or restate a field in the future at its very start ("Подписывать будет …",
// "the signatory will be …"). Only answers already given (`answered`) can be corrected: the
// pending question is answered, not corrected, and a question not asked yet is not "changed".
import type { FlowContext } from '../types.js';
import { STEP_BY_ID } from '../../../dialogs/steps.js';
import { readsAsCountry, readsAsDate, readsAsLanguage } from './plain-answer.js';
import { matchLanguageAnswer } from './language.js';
import { isConfirmation } from './text-answer.js';
import { fieldPhrases, skipFillers } from './fields.js';
import { holdsBack, leadsToHedge } from './hedge.js';
import { amendmentAfterYes } from './yes-no.js';
import {
  findAll,
  findFirst,
  longestAt,
  phrasesFor,
  rawSlice,
  words,
  type Match,
  PhraseList,
  type Phrase,
  type Word,
} from './phrases.js';

export { fieldPhrases, labelOf, skipFillers } from './fields.js';

export interface Correction {
  /** The step whose answer changes. */
  readonly stepId: string;
  /** The new value in the user's words, to be read by that step's input kind; absent: ask it again. */
  readonly value?: string;
}

/** A correction is a short message; a longer one is an answer that happens to use such words. */
const MAX_WORDS = 25;
const MAX_HAN = 40;
/** How far into the message a correction word may stand ("Petite correction : finalement …"). */
const CUE_WITHIN = 5;
const CUE_WITHIN_HAN = 8;
/** How far a changed field may stand from its change verb ("change the start date of the activity"). */
const FIELD_NEAR = 3;

interface FieldHit {
  readonly stepId: string;
  readonly match: Match;
}

/** Every mention of an answered field, earliest first, longest first. */
function fieldHits(ctx: FlowContext, ws: readonly Word[], answered: readonly string[]): FieldHit[] {
  const hits: FieldHit[] = [];
  for (const stepId of answered) {
    for (const match of findAll(fieldPhrases(ctx, stepId), ws)) hits.push({ stepId, match });
  }
  return hits.sort(
    (a, b) => a.match.start - b.match.start || b.match.end - b.match.start - (a.match.end - a.match.start),
  );
}

/**
 * A text that is just a field name, optionally after a change verb ("Project", "période",
 * "change the period"): for the review screen, where naming a line means changing it.
 */
export function findField(ctx: FlowContext, text: string, among: readonly string[]): string | undefined {
  const ws = words(text);
  if (ws.length === 0) return undefined;
  const verb = longestAt(phrasesFor(ctx, 'questions:correction.change'), ws, 0);
  const at = skipFillers(ctx, ws, verb ? verb.end : 0);
  let best: { stepId: string; length: number } | undefined;
  for (const stepId of among) {
    const m = longestAt(fieldPhrases(ctx, stepId), ws, at);
    // The most specific name wins ("letter language" over "letter").
    if (m?.end === ws.length && (!best || m.end - m.start > best.length))
      best = { stepId, length: m.end - m.start };
  }
  return best?.stepId;
}

/** Input kinds whose values can be checked here, so that no connector is needed before them. */
const TYPED: ReadonlySet<string> = new Set(['date', 'country']);

// Punctuation around a value; a closing bracket stays ("Ministry of Trade (MoT)").
const TRIM = /^[\s,.;:!?¡¿。，、！？؟،…"'«»“”()\-–—]+|[\s,.;:!?¡¿。，、！？؟،…"'«»“”\-–—]+$/gu;

/** The new value: the words after the field (and its connector) up to a stop word. */
function valueAfter(
  ctx: FlowContext,
  text: string,
  ws: readonly Word[],
  from: number,
  connectors: PhraseList | readonly Phrase[],
  /** Whether a dash or colon after the field may stand for "is" (not for a bare restatement). */
  punctuation = true,
): { value?: string; connected: boolean } {
  // "will be in", "sera en", "будет в": two connectors may follow one another.
  let start = from;
  let connected = false;
  for (
    let n = 0, c = longestAt(connectors, ws, start);
    c && n < 2;
    n++, c = longestAt(connectors, ws, start)
  ) {
    start = c.end;
    connected = true;
  }
  // "должность — первый заместитель", "title: Deputy Minister": a dash or colon says "is".
  if (punctuation && !connected && from > 0 && from < ws.length) {
    connected = /[—–:=]/u.test(text.slice(ws[from - 1]!.end, ws[from]!.start));
  }
  // "le Dr Z", "the Ministry of Trade": the value starts after its article.
  start = skipFillers(ctx, ws, start);
  const stop = findFirst(phrasesFor(ctx, 'questions:correction.stop'), ws, start);
  const value = rawSlice(text, ws, start, stop ? stop.start : ws.length).replace(TRIM, '');
  return { ...(value ? { value } : {}), connected };
}

/**
 * The value, if it can be the new answer: after a connector ("to", "на", "改为") anything the
 * step's own reader may accept; without one, only a value of a kind checked here ("finalement la
 * lettre en anglais", "change the start January 2028").
 */
function acceptable(
  ctx: FlowContext,
  stepId: string,
  found: { value?: string; connected: boolean },
): string | undefined {
  if (!found.value || !plausible(ctx, stepId, found.value)) return undefined;
  const typed = TYPED.has(STEP_BY_ID.get(stepId)?.input ?? '') || stepId === 'letterLang';
  return found.connected || typed ? found.value : undefined;
}

/** Whether a value can be an answer of that step (a date for the start, a country for the country). */
function plausible(ctx: FlowContext, stepId: string, value: string): boolean {
  const step = STEP_BY_ID.get(stepId);
  if (!step) return false;
  if (step.input === 'date') return readsAsDate(ctx, value);
  if (step.input === 'country') return readsAsCountry(ctx, value, false);
  // "英文", "in English", "بالإنجليزية": a language named alone or in a few words.
  if (stepId === 'letterLang')
    return readsAsLanguage(ctx, value) || matchLanguageAnswer(ctx, value) !== undefined;
  // Free text and choices: the step's own reader decides; a bare negation is never a value.
  return !longestAt(phrasesFor(ctx, 'questions:correction.negation'), words(value), 0);
}

function tooLong(ws: readonly Word[]): boolean {
  const han = ws.filter((w) => /\p{Script=Han}/u.test(w.text)).length;
  return ws.length - han > MAX_WORDS || han > MAX_HAN;
}

const isHan = (w: Word | undefined) => w !== undefined && /\p{Script=Han}/u.test(w.text);

function cueNearStart(ws: readonly Word[], m: Match): boolean {
  return m.start < (isHan(ws[m.start]) ? CUE_WITHIN_HAN : CUE_WITHIN);
}

export function detectCorrection(
  ctx: FlowContext,
  text: string,
  answered: readonly string[],
  /** At the review screen, where a field named with its value ("the title is X") changes it. */
  { atReview = false }: { atReview?: boolean } = {},
): Correction | undefined {
  const ws = words(text);
  if (ws.length === 0 || tooLong(ws)) return undefined;
  // "Yes, but the city is Osh": the change after the yes is read on its own.
  const amended = atReview ? amendment(ctx, text, answered) : undefined;
  if (amended) return amended;
  const fields = fieldHits(
    ctx,
    ws,
    answered.filter((id) => STEP_BY_ID.get(id)?.review),
  );
  // 0. At the review, a field and what it should be: "the title should be Deputy Minister",
  //    "la référence est 2026-117", "签署人应为…", "имя подписанта неправильное, должно быть: X".
  const restated = atReview ? restatement(ctx, text, ws, fields) : undefined;
  if (restated) return restated;
  const connectors = phrasesFor(ctx, 'questions:correction.connector');
  const copulas = phrasesFor(ctx, 'questions:correction.copula');

  // 1. A change verb next to a field: "change the period", "поменяйте подписанта на Петрова",
  //    "把开始时间改为…" (the verb after the field is also its connector).
  // A verb right after a copula is an adjective: "everything is correct", "tout est correct".
  const afterCopula = (start: number) =>
    [1, 2].some((k) => start - k >= 0 && longestAt(copulas, ws, start - k)?.end === start);
  const verbs = findAll(phrasesFor(ctx, 'questions:correction.change'), ws).filter(
    (m) => cueNearStart(ws, m) && !afterCopula(m.start),
  );
  for (const verb of verbs) {
    const after = fields.find((f) => f.match.start >= verb.end && f.match.start - verb.end <= FIELD_NEAR);
    const before = fields.find((f) => f.match.end <= verb.start && verb.start - f.match.end <= FIELD_NEAR);
    const field = after ?? before;
    if (!field) continue;
    const found = valueAfter(ctx, text, ws, after ? field.match.end : verb.end, connectors);
    // "签署人改成王部长": a verb after its field may itself be the connector.
    const verbConnects = !after && longestAt(connectors, ws, verb.start)?.end === verb.end;
    const value = acceptable(ctx, field.stepId, { ...found, connected: found.connected || verbConnects });
    return value ? { stepId: field.stepId, value } : { stepId: field.stepId };
  }

  // 2. A correction word near the start, then a field and its new value; or only a new value
  //    whose kind says which answer it replaces ("actually, January 2028").
  const cue = findAll(phrasesFor(ctx, 'questions:correction.cue'), ws).find((m) => cueNearStart(ws, m));
  if (cue) {
    const field = fields.find((f) => f.match.start >= cue.end || f.match.end <= cue.start);
    if (field) {
      const value = acceptable(ctx, field.stepId, valueAfter(ctx, text, ws, field.match.end, connectors));
      return value ? { stepId: field.stepId, value } : undefined;
    }
    const rest = valueAfter(ctx, text, ws, lastCueEnd(ctx, ws, cue), connectors).value;
    if (rest) {
      if (answered.includes('start') && readsAsDate(ctx, rest)) return { stepId: 'start', value: rest };
      if (answered.includes('country') && readsAsCountry(ctx, rest, true))
        return { stepId: 'country', value: rest };
    }
    return undefined;
  }

  // 3. "No, the signatory is Dr Z": a negation first, then a field, "is", and the value.
  const negation = longestAt(phrasesFor(ctx, 'questions:correction.negation'), ws, 0);
  if (negation) {
    const field = fields.find(
      (f) => f.match.start >= negation.end && f.match.start - negation.end <= FIELD_NEAR,
    );
    if (!field) return undefined;
    const { value, connected } = valueAfter(ctx, text, ws, field.match.end, copulas);
    return value && connected && plausible(ctx, field.stepId, value)
      ? { stepId: field.stepId, value }
      : undefined;
  }

  // 4. A field restated in the future at the start of a short message: "Подписывать будет
  //    заместитель министра Петров", "the signatory will be Dr Z", "سيكون الموقّع د. زياد".
  const futures = phrasesFor(ctx, 'questions:correction.future');
  const lead = longestAt(futures, ws, 0);
  const first = fields.find((f) => f.match.start <= (lead ? lead.end + 1 : 1));
  if (!first) return undefined;
  const { value, connected } = lead
    ? { ...valueAfter(ctx, text, ws, first.match.end, [], false), connected: true }
    : valueAfter(ctx, text, ws, first.match.end, futures, false);
  return value && connected && plausible(ctx, first.stepId, value)
    ? { stepId: first.stepId, value }
    : undefined;
}

/**
 * At the review, a yes and then a change ("Да, всё хорошо, но город Ош", "نعم لكن المدينة أوش"):
 * the change is read as a message of its own; a field that opens it and a value after it, even
 * with no "is" between them, are the change; a field alone is asked again.
 */
function amendment(ctx: FlowContext, text: string, answered: readonly string[]): Correction | undefined {
  const rest = amendmentAfterYes(ctx, text);
  if (!rest || rest.length >= text.length) return undefined;
  const found = detectCorrection(ctx, rest, answered, { atReview: true });
  if (found) return found;
  const ws = words(rest);
  const at = skipFillers(ctx, ws, 0);
  const field = fieldHits(
    ctx,
    ws,
    answered.filter((id) => STEP_BY_ID.get(id)?.review),
  ).find((f) => f.match.start === at);
  // "Yes, just need to confirm": a field name that leads into a hedge is an ordinary word.
  if (!field || leadsToHedge(ctx, rest, ws, field.match.end)) return undefined;
  const { value } = valueAfter(
    ctx,
    rest,
    ws,
    field.match.end,
    phrasesFor(ctx, 'questions:correction.restate'),
  );
  // "Yes, except the city, I need to check it": no new value, that line is asked again.
  return value && plausible(ctx, field.stepId, value) && !isConfirmation(ctx, value) && !holdsBack(ctx, value)
    ? { stepId: field.stepId, value }
    : { stepId: field.stepId };
}

/** How far into the message a field restated at the review may start ("sorry, the title …"). */
const RESTATE_AT = 3;
const RESTATE_AT_HAN = 6;

function restatement(
  ctx: FlowContext,
  text: string,
  ws: readonly Word[],
  fields: readonly FieldHit[],
): Correction | undefined {
  const field = fields.find((f) => f.match.start <= (isHan(ws[f.match.start]) ? RESTATE_AT_HAN : RESTATE_AT));
  if (!field) return undefined;
  // "должность подписанта", "el cargo del firmante": the field named with whose it is.
  let end = field.match.end;
  for (;;) {
    const at = skipFillers(ctx, ws, end);
    const owner = fields.find((f) => f.match.start === at && at > field.match.start);
    if (!owner) break;
    end = owner.match.end;
  }
  const wrong = longestAt(phrasesFor(ctx, 'questions:correction.wrong'), ws, end);
  if (wrong) end = wrong.end;
  const found = valueAfter(ctx, text, ws, end, phrasesFor(ctx, 'questions:correction.restate'));
  const value = found.connected ? found.value : undefined;
  // "The letter is fine, draft it": a confirmation is not a new value.
  if (value && plausible(ctx, field.stepId, value) && !isConfirmation(ctx, value))
    return { stepId: field.stepId, value };
  // "The title is wrong": that line is asked again.
  return wrong ? { stepId: field.stepId } : undefined;
}

/** After "correction : finalement", the value starts past every cue word that follows the first. */
function lastCueEnd(ctx: FlowContext, ws: readonly Word[], cue: Match): number {
  let end = cue.end;
  const cues = phrasesFor(ctx, 'questions:correction.cue');
  for (let m = longestAt(cues, ws, end); m; m = longestAt(cues, ws, end)) end = m.end;
  return end;
}
