// A yes held back at the review: "yes, but I need to check", "oui, sauf que je dois vérifier",
// "да, но мне нужно уточнить у директора", "是的，但我需要核实一下". A yes, then a contrast or an
// "except", then a wish to check, verify or ask someone (`yesNo.hedges`), and no field named
// right after the "but": the user is not ready, and nothing is to change yet. A field name that
// leads into the hedge ("need to check", "besoin de vérifier") is an ordinary word.
import type { FlowContext } from '../types.js';
import { fieldPhrases, skipFillers } from './fields.js';
import { findAll, findFirst, longestAt, phrasesFor, words, type Word } from './phrases.js';

/** A hedge is a short message; a longer one says more than that. */
const MAX_WORDS = 25;
const MAX_HAN = 40;

const hedges = (ctx: FlowContext) => phrasesFor(ctx, 'understand:yesNo.hedges');

const yesPhrases = (ctx: FlowContext) =>
  [...phrasesFor(ctx, 'understand:yesNo.yes').items, ...phrasesFor(ctx, 'commands:answer.yes').items].map(
    (item) => item.phrase,
  );

/** Whether the text says it must be checked or asked about first ("I need to check it"). */
export function holdsBack(ctx: FlowContext, text: string): boolean {
  return findFirst(hedges(ctx), words(text)) !== undefined;
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
  const han = ws.filter((w) => /\p{Script=Han}/u.test(w.text)).length;
  if (ws.length === 0 || ws.length - han > MAX_WORDS || han > MAX_HAN) return false;
  // "well, yes, but…": fillers before the yes.
  const leadIns = phrasesFor(ctx, 'understand:yesNo.leadIns');
  let at = 0;
  for (let m = longestAt(leadIns, ws, at); m && at < 3; m = longestAt(leadIns, ws, at)) at = m.end;
  const yes = longestAt(yesPhrases(ctx), ws, at);
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
