// Reads a yes / no / don't-know answer typed in free words, in any of the six languages: the
// answer comes first ("Oui, c'est bien ça", "no not yet, that's why I'm here", "对，没错"), and
// whatever follows it is handed back as a note a letter field can use ("yes, we have a room and 3
// librarians"). A question, a message that says both yes and no, or one that starts with
// anything else is not an answer; "I don't know" followed by a lean ("no sé, creo que no") is
// the lean. Undecided ("we haven't decided yet", "لم نقرر بعد") is "I don't know", and so is "I
// don't know when" ("不知道什么时候发出"): the question word says what is not known.
import type { FlowContext } from '../types.js';
import { phraseIndex, restFrom, sanitize, separated, tokenize, type Token } from './text.js';

export type YesNoValue = 'yes' | 'no' | 'unknown';

export interface YesNoAnswer {
  readonly value: YesNoValue;
  /** What the user added after the answer, as typed (punctuation at its ends trimmed). */
  readonly note?: string;
}

// Long messages are read only as far as an answer needs: the answer words open the message (the
// note still runs to its end).
const MAX_CHARS = 1000;

// The engine's button words (commands.json) count too, so a typed "oui" means what a tap does.
const ANSWERS: Record<YesNoValue, string[]> = {
  yes: ['yesNo.yes', 'commands:answer.yes'],
  no: ['yesNo.no', 'commands:answer.no'],
  unknown: ['yesNo.unknown', 'yesNo.undecided', 'commands:answer.unknown'],
};
const UNDECIDED = { unknown: ['yesNo.undecided'] };
const LEAD_INS = { lead: ['yesNo.leadIns'] };
const CONNECTORS = { and: ['yesNo.connectors'] };
const QUESTION_WORDS = { q: ['yesNo.questionWords'] };
const CONTRASTS = { but: ['yesNo.contrasts'] };
const AMENDMENTS = { but: ['yesNo.contrasts', 'yesNo.amendments'] };
export const answerPhrases = (ctx: FlowContext) => phraseIndex(ctx, ANSWERS);
const leadIns = (ctx: FlowContext) => phraseIndex(ctx, LEAD_INS);
const connectors = (ctx: FlowContext) => phraseIndex(ctx, CONNECTORS);
const questionWords = (ctx: FlowContext) => phraseIndex(ctx, QUESTION_WORDS);
const contrasts = (ctx: FlowContext) => phraseIndex(ctx, CONTRASTS);
const amendments = (ctx: FlowContext) => phraseIndex(ctx, AMENDMENTS);
const undecided = (ctx: FlowContext) => phraseIndex(ctx, UNDECIDED);

/** The clause at `m` is one of "not decided yet" (not some other "I don't know"). */
const saysUndecided = (ctx: FlowContext, tokens: readonly Token[], m: { from: number; to: number }) =>
  undecided(ctx).at(tokens, m.from)?.to === m.to;

/**
 * "不知道什么时候发出", "I don't know when", "لا أعرف متى": a question word joined to an "I don't
 * know" says what is not known; one past its last token. A one-character particle that ends the
 * message ("不知道吗") still asks back.
 */
function unknownWhat(ctx: FlowContext, tokens: readonly Token[], end: number): number | undefined {
  const q = questionWords(ctx).at(tokens, end);
  if (!q) return undefined;
  return q.to === tokens.length && q.to - q.from === 1 ? undefined : q.to;
}

export function parseYesNo(ctx: FlowContext, text: string): YesNoAnswer | undefined {
  const clean = sanitize(text);
  const tokens = tokenize(clean.slice(0, MAX_CHARS));
  if (!tokens.length) return undefined;
  const index = answerPhrases(ctx);

  // "well, yes", "je crois que oui": fillers before the answer (an answer word wins over a filler).
  let first = index.at(tokens, 0);
  for (let lead = leadIns(ctx).at(tokens, 0); !first && lead; lead = leadIns(ctx).at(tokens, lead.to)) {
    first = index.at(tokens, lead.to);
  }
  if (!first) return undefined;

  // A clause that only confirms the answer is part of it ("yes, that's right", "no, not yet");
  // one that says the opposite makes the message unclear ("yes, no", "oui et non"). A clause
  // that goes on ("à confirmer avec le directeur") is the note.
  const wholeClause = (m: { to: number } | undefined) =>
    m !== undefined && separated(clean, tokens[m.to - 1]!, tokens[m.to]);
  let end = first.to;
  for (;;) {
    const next = index.at(tokens, end);
    if (wholeClause(next) && first.value === 'unknown') first = { ...first, value: next!.value };
    // "no, we haven't decided yet": what is not decided is not done, a no.
    if (wholeClause(next) && first.value === 'no' && saysUndecided(ctx, tokens, next!)) {
      end = next!.to;
      continue;
    }
    if (wholeClause(next) && next!.value !== first.value) return undefined;
    if (wholeClause(next)) {
      end = next!.to;
      continue;
    }
    const joined = connectors(ctx).at(tokens, end);
    const after = joined && index.at(tokens, joined.to);
    if (wholeClause(after) && after!.value !== first.value) return undefined;
    break;
  }

  const following = tokens[end];
  const paused = following !== undefined && separated(clean, tokens[end - 1]!, following);
  // "ok?", "是吗", "right isn't it?": no pause after the answer, and a question: a question back.
  // An answer that opens with a question word is no question ("ما أعرف": I don't know), nor is
  // what an "I don't know" says is not known ("不知道什么时候发出").
  const what = first.value === 'unknown' && following && !paused ? unknownWhat(ctx, tokens, end) : undefined;
  const asked = isQuestion(ctx, clean, tokens, what ?? (first.from === 0 ? first.to : 0));
  if (!paused && asked) return undefined;
  const note = restFrom(clean, tokens, end);
  return note ? { value: first.value, note } : { value: first.value };
}

/**
 * "we don't have a country plan, but it is in our national IP policy": what the note says after
 * its last "but", if it has one.
 */
export function afterContrast(ctx: FlowContext, note: string): string | undefined {
  const clean = sanitize(note);
  const tokens = tokenize(clean);
  const last = contrasts(ctx).all(tokens).at(-1);
  return last ? restFrom(clean, tokens, last.to) : undefined;
}

/**
 * "Yes, but change the city to Osh", "Да, мы готовы, только город — Ош": what a yes's note asks to
 * change, after its last "but", "except" or "only"; undefined when the note has none.
 */
export function amendmentAfterYes(ctx: FlowContext, text: string): string | undefined {
  const yes = parseYesNo(ctx, text);
  if (yes?.value !== 'yes' || !yes.note) return undefined;
  const clean = sanitize(yes.note);
  const tokens = tokenize(clean);
  const last = amendments(ctx).all(tokens).at(-1);
  return last ? restFrom(clean, tokens, last.to) : undefined;
}

/**
 * Ends with a question mark, holds a question particle, or opens with a question word (one that
 * ends within the first `answered` tokens is part of the answer).
 */
export function isQuestion(
  ctx: FlowContext,
  text: string,
  tokens: readonly Token[] = tokenize(text),
  answered = 0,
): boolean {
  if (/[?؟？]\s*$/u.test(text)) return true;
  const words = questionWords(ctx);
  const opening = words.at(tokens, 0);
  if (opening && opening.to > answered) return true;
  // Chinese asks with particles anywhere in the sentence (是否, 吗, 什么).
  return words.all(tokens).some((m) => m.from >= answered && /\p{Script=Han}/u.test(tokens[m.from]!.norm));
}
