// Takes the answer out of a conversational sentence typed for a name, title, institution or
// place: "The signatory is Prof. Y" → "Prof. Y", "C'est le ministère du Commerce" → "Ministère du
// Commerce", "我是某某大学的" → "某某大学". A plain answer is returned as typed (trimmed), so a
// title such as "Director General of the National IP Office" stays whole.
import type { FlowContext } from '../types.js';
import { phraseIndex, sanitize, tokenize, trimPunctuation } from './text.js';

export const TEXT_FIELDS = ['senderName', 'senderTitle', 'institution', 'onBehalfOf', 'place'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
const MAX_CHARS = 1000;

const LEAD_INS = Object.fromEntries(
  TEXT_FIELDS.map((f) => [f, { lead: [`textAnswer.${f}`, 'textAnswer.common'] }]),
) as Record<TextField, { lead: string[] }>;
const TRAILERS = { trail: ['textAnswer.trailers'] };
const leadIns = (ctx: FlowContext, field: TextField) =>
  phraseIndex(ctx, LEAD_INS[field] ?? LEAD_INS.senderName);
const trailers = (ctx: FlowContext) => phraseIndex(ctx, TRAILERS);

export function cleanTextAnswer(ctx: FlowContext, field: TextField, text: string): string {
  if (typeof text !== 'string') return '';
  const typed = text.trim();
  // A lead-in opens a short spoken sentence; a long text is someone's own wording, kept as is.
  if (typed.length > MAX_CHARS) return typed;
  const clean = sanitize(typed);
  const tokens = tokenize(clean);
  const lead = leadIns(ctx, field).at(tokens, 0);
  const rest = lead && tokens[lead.to];
  if (!lead || !rest) return typed;

  // A closing word of the sentence goes with its lead-in ("由王教授签署", "我是某某大学的").
  let end = clean.length;
  const trail = trailers(ctx);
  for (let i = lead.to + 1; i < tokens.length; i++) {
    const m = trail.at(tokens, i);
    if (m && m.to === tokens.length) {
      end = tokens[i]!.start;
      break;
    }
  }
  const answer = trimPunctuation(clean.slice(rest.start, end));
  if (!answer) return typed;
  // The removed lead-in began the sentence; the answer now does.
  return capitalFirst(answer);
}

/** The text with a capital first letter (unchanged in Arabic and Chinese, which have no case). */
export function capitalFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
