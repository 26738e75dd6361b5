// A yes held back at the review: "yes, but I need to check", "oui, sauf que je dois vérifier",
// "да, но мне нужно уточнить у директора", "是的，但我需要核实一下". A yes, then a contrast or an
// "except", then a wish to check, verify or ask someone (`yesNo.hedges`), and no field named
// right after the "but": the user is not ready, and nothing is to change yet. A field name that
// leads into the hedge ("need to check", "besoin de vérifier") is an ordinary word.
// With no yes ("I need to check first", "je dois vérifier") it is the same, when other words lead
// into the hedge; a hedge that opens the message before a field ("check the city") names it.
import type { FlowContext } from '../types.js';
import { fieldPhrases, skipFillers } from './fields.js';
import { findAll, findFirst, longestAt, phrasesFor, words, type Word } from './phrases.js';

/** A hedge is a short message; a longer one says more than that. */
const MAX_WORDS = 25;
const MAX_HAN = 40;

const hedges = (ctx: FlowContext) => phrasesFor(ctx, 'understand:yesNo.hedges');

const noPhrases = (ctx: FlowContext) =>
  [...phrasesFor(ctx, 'understand:yesNo.no').items, ...phrasesFor(ctx, 'commands:answer.no').items].map(
    (item) => item.phrase,
  );

const yesPhrases = (ctx: FlowContext) =>
  [...phrasesFor(ctx, 'understand:yesNo.yes').items, ...phrasesFor(ctx, 'commands:answer.yes').items].map(
    (item) => item.phrase,
  );

/** Whether the text says it must be checked or asked about first ("I need to check it"). */
export function holdsBack(ctx: FlowContext, text: string): boolean {
  return findFirst(hedges(ctx), words(text)) !== undefined;
}

function tooLong(ws: readonly Word[]): boolean {
  const han = ws.filter((w) => /\p{Script=Han}/u.test(w.text)).length;
  return ws.length - han > MAX_WORDS || han > MAX_HAN;
}

/** The first word after the lead-ins ("well, …", "ну, …"). */
function afterLeadIns(ctx: FlowContext, ws: readonly Word[]): number {
  const leadIns = phrasesFor(ctx, 'understand:yesNo.leadIns');
  let at = 0;
  for (let m = longestAt(leadIns, ws, at); m && at < 3; m = longestAt(leadIns, ws, at)) at = m.end;
  return at;
}

/**
 * Whether the message holds back with no "but" ("I need to check first", "je dois vérifier",
 * "мне нужно уточнить", "我需要核实一下", "عليّ التحقق أولاً"), a plain yes before it or none: a
 * hedge that other words lead into. A hedge that opens the message is an imperative or a task's
 * name ("check the city", "check eligibility"), and one after a "no" belongs to that no.
 */
export function isHedge(ctx: FlowContext, text: string): boolean {
  const ws = words(text);
  if (ws.length === 0 || tooLong(ws)) return false;
  let at = afterLeadIns(ctx, ws);
  const yes = longestAt(yesPhrases(ctx), ws, at);
  if (yes) at = yes.end;
  if (longestAt(noPhrases(ctx), ws, at)) return false;
  const hedge = findFirst(hedges(ctx), ws, at);
  return hedge !== undefined && hedge.start > at;
}

/**
 * The step named right after a hedge that opens the message ("check the city", "vérifier la
 * ville", "проверить должность", "核实城市"), among `among`: the most specific name wins.
 */
export function checkedField(ctx: FlowContext, text: string, among: readonly string[]): string | undefined {
  const ws = words(text);
  if (ws.length === 0 || tooLong(ws)) return undefined;
  const hedge = longestAt(hedges(ctx), ws, afterLeadIns(ctx, ws));
  if (!hedge) return undefined;
  const at = skipFillers(ctx, ws, hedge.end);
  let best: { stepId: string; length: number } | undefined;
  for (const stepId of among) {
    const m = longestAt(fieldPhrases(ctx, stepId), ws, at);
    if (m && (!best || m.end - m.start > best.length)) best = { stepId, length: m.end - m.start };
  }
  return best?.stepId;
}

/** The text with its hedges left out ("I want to check eligibility" → "I want to eligibility"). */
export function withoutHedges(ctx: FlowContext, text: string): string {
  const ws = words(text);
  let out = '';
  let from = 0;
  for (const m of findAll(hedges(ctx), ws)) {
    if (ws[m.start]!.start < from) continue;
    out += `${text.slice(from, ws[m.start]!.start)} `;
    from = ws[m.end - 1]!.end;
  }
  return out + text.slice(from);
}

/**
 * Whether the words ending at `end` lead into a hedge ("need | to check", "besoin | de vérifier"):
 * a hedge at most one word further, with no punctuation between.
 */
export function leadsToHedge(ctx: FlowContext, text: string, ws: readonly Word[], end: number): boolean {
  for (const at of [end, end + 1]) {
    if (at >= ws.length || /[^\s\p{L}\p{M}\p{N}']/u.test(text.slice(ws[end - 1]!.end, ws[at]!.start)))
      return false;
    if (longestAt(hedges(ctx), ws, at)) return true;
  }
  return false;
}

/**
 * Whether the message is a yes held back to check something first. `answered`: the steps whose
 * names right after the "but" make it a change of that line instead ("yes, except the city").
 */
export function isHedgedYes(ctx: FlowContext, text: string, answered: readonly string[]): boolean {
  const ws = words(text);
  if (ws.length === 0 || tooLong(ws)) return false;
  // "well, yes, but…": fillers before the yes.
  const yes = longestAt(yesPhrases(ctx), ws, afterLeadIns(ctx, ws));
  if (!yes) return false;
  // The clause after the last "but" / "except" is the one that holds back.
  const turns = [
    ...findAll(phrasesFor(ctx, 'understand:yesNo.contrasts'), ws, yes.end),
    ...findAll(phrasesFor(ctx, 'understand:yesNo.amendments'), ws, yes.end),
  ];
  const clause = Math.max(-1, ...turns.map((m) => m.end));
  if (clause < 0 || !findFirst(hedges(ctx), ws, clause)) return false;
  const first = skipFillers(ctx, ws, clause);
  return !answered.some((id) => {
    const field = longestAt(fieldPhrases(ctx, id), ws, first);
    return field !== undefined && !leadsToHedge(ctx, text, ws, field.end);
  });
}
