// At the country read-back ("Senegal — is that right?"), a "no" that names the right country:
// "No, I meant Mali", "non, c'est le Mali", "нет, не Сенегал, а Мали", "不对，是马里", "لا، إنها مالي".
// What names the new country is handed back, to be read as if typed at the country question; a
// plain "no", "no, not Senegal" (only the rejected country) or a note naming no country give none.
// The words are data: countryReadBack.leadIns and countryReadBack.ratherThan in understand.json.
import type { FlowContext } from '../types.js';
import { matchCountry } from '../../domain/country-match.js';
import { parseYesNo } from './yes-no.js';
import {
  GAP,
  listed,
  memo,
  PhraseIndex,
  phraseIndex,
  phraseWords,
  restFrom,
  sanitize,
  tokenize,
  type Token,
} from './text.js';

const LEAD_INS = { lead: ['countryReadBack.leadIns'] };
const leadIns = (ctx: FlowContext) => phraseIndex(ctx, LEAD_INS);

/** "not * but": the words before the gap (the rejected country follows them) and after it. */
interface RatherThan {
  readonly not: PhraseIndex<'not'>;
  readonly but: PhraseIndex<'but'>;
}

function ratherThan(ctx: FlowContext): RatherThan {
  return memo(ctx, 'countryReadBack.ratherThan', () => {
    const not: { words: readonly string[]; value: 'not' }[] = [];
    const but: { words: readonly string[]; value: 'but' }[] = [];
    for (const entry of listed(ctx, 'countryReadBack.ratherThan')) {
      const words = phraseWords(entry);
      const gap = words.indexOf(GAP);
      if (gap < 0 || words.lastIndexOf(GAP) !== gap) continue;
      if (gap > 0) not.push({ words: words.slice(0, gap), value: 'not' });
      if (gap < words.length - 1) but.push({ words: words.slice(gap + 1), value: 'but' });
    }
    return { not: new PhraseIndex(not), but: new PhraseIndex(but) };
  });
}

/** The first token after the lead-ins that open the text from token `i` ("I meant", "c'est"). */
function skipLeadIns(ctx: FlowContext, tokens: readonly Token[], i: number): number {
  for (let m = leadIns(ctx).at(tokens, i); m; m = leadIns(ctx).at(tokens, i)) i = m.to;
  return i;
}

/** Whether the text names a country, and not only the one rejected. */
function namesAnother(ctx: FlowContext, text: string, rejected: string | undefined): boolean {
  const m = matchCountry(ctx.knowledge, text);
  if (m.kind === 'one') return m.code !== rejected;
  return m.kind === 'several';
}

/**
 * The text naming the country a "no" at the read-back of `rejected` puts in its place ("Mali"
 * from "no, not Senegal but Mali"), or undefined: no "no", or no other country named.
 */
export function countryCorrection(ctx: FlowContext, text: string, rejected?: string): string | undefined {
  const yn = parseYesNo(ctx, text);
  if (yn?.value !== 'no' || !yn.note) return undefined;
  const note = sanitize(yn.note);
  const tokens = tokenize(note);
  const start = skipLeadIns(ctx, tokens, 0);
  const { not, but } = ratherThan(ctx);
  const head = not.at(tokens, start);

  // "not Senegal but Mali", "Senegal, es Malí" (the "no" said the "not"): the country after "but".
  const from = head ? head.to : start;
  for (let i = from + 1; i < tokens.length; i++) {
    const tail = but.at(tokens, i);
    if (!tail) continue;
    const before = note.slice(tokens[from]!.start, tokens[i - 1]!.end);
    const rejects = head !== undefined || (rejected !== undefined && names(ctx, before, rejected));
    if (!rejects) continue;
    const rest = restFrom(note, tokens, skipLeadIns(ctx, tokens, tail.to));
    return rest && namesAnother(ctx, rest, rejected) ? rest : undefined;
  }
  // "no, not Senegal": only the country rejected.
  if (head) return undefined;

  // "I meant Mali", "c'est le Mali"; or the note as a whole ("no, ES": a code that is a lead-in too).
  for (const candidate of [restFrom(note, tokens, start), restFrom(note, tokens, 0)])
    if (candidate && namesAnother(ctx, candidate, rejected)) return candidate;
  return undefined;
}

/** Whether the text names this country (among others, or alone). */
function names(ctx: FlowContext, text: string, code: string): boolean {
  const m = matchCountry(ctx.knowledge, text);
  return m.kind === 'one' ? m.code === code : m.kind === 'several' && m.codes.includes(code);
}
