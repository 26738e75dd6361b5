// Takes the answer out of a conversational sentence typed for a name, title, institution or
// place: "The signatory is Prof. Y" → "Prof. Y", "C'est le ministère du Commerce" → "Ministère du
// Commerce", "我是某某大学的" → "某某大学". A plain answer is returned as typed (trimmed), so a
// title such as "Director General of the National IP Office" stays whole. A reference loses its
// lead-in too ("Our reference is MOC/IPD/2026/7" → "MOC/IPD/2026/7"), and a value its sentence's
// full stop ("Бишкек." → "Бишкек"; "Acme Inc." and "И.И." keep theirs).
import type { FlowContext } from '../types.js';
import { fold, saysPhrase } from '../inputs/vocabulary.js';
import {
  listed,
  memo,
  phraseIndex,
  sanitize,
  separated,
  tokenize,
  trimPunctuation,
  wordCount,
} from './text.js';
import { parseYesNo } from './yes-no.js';

export const TEXT_FIELDS = [
  'senderName',
  'senderTitle',
  'institution',
  'onBehalfOf',
  'place',
  'reference',
] as const;
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
  // "REF/1", "Исх-14": a reference that begins with such a word is the reference itself.
  if (field === 'reference' && !referenceGap(clean.slice(tokens[lead.to - 1]!.end, rest.start))) return typed;

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
  const answer = withoutFullStop(ctx, trimPunctuation(clean.slice(rest.start, end), true));
  if (!answer) return typed;
  // The removed lead-in began the sentence; the answer now does (a reference is kept as typed).
  return field === 'reference' ? answer : capitalFirst(answer);
}

/** Between a reference's lead-in and the reference: a space or a colon, not "/" ("REF/1"). */
const referenceGap = (gap: string) => /^[\s.:：#№—–-]*$/u.test(gap) && /[\s:：]/u.test(gap);

const ABBREVIATIONS = (ctx: FlowContext) =>
  memo(ctx, 'textAnswer:abbreviations', () => new Set(listed(ctx, 'textAnswer.abbreviations').map(fold)));

/**
 * "Бишкек.", "Deputy Minister.", "北京。": a name, title, institution or place without the full
 * stop that ended its sentence; an initial ("Petrov P."), "S.A." or a listed abbreviation
 * ("Acme Inc.") keeps its own.
 */
export function withoutFullStop(ctx: FlowContext, text: string): string {
  const typed = text.trimEnd();
  if (/[。．]$/u.test(typed)) return typed.replace(/[\s。．]+$/u, '');
  if (!typed.endsWith('.')) return text;
  const word = /(?:^|\s)([^\s]*?)\.+$/u.exec(typed)?.[1] ?? '';
  const last = word.split('.').at(-1) ?? '';
  if (/^\p{L}$/u.test(last) || ABBREVIATIONS(ctx).has(fold(last))) return typed;
  return typed.replace(/[\s.]+$/u, '');
}

/** The text with a capital first letter (unchanged in Arabic and Chinese, which have no case). */
export function capitalFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A confirmation is a few words; a longer text that asks to draft something is an answer. */
const MAX_CONFIRMATION_WORDS = 12;

/**
 * "fine, draft it", "c'est bon, vous pouvez rédiger la lettre", "OK": a confirmation or the
 * review's command, never the value of a letter field.
 */
export function isConfirmation(ctx: FlowContext, text: string): boolean {
  if (wordCount(text) > MAX_CONFIRMATION_WORDS) return false;
  if (saysPhrase(ctx, 'review', 'draft', text)) return true;
  const yes = parseYesNo(ctx, text);
  return yes?.value === 'yes' && !yes.note;
}

const REMARKS = { remark: ['textAnswer.remarks'] };
const NONE = { none: ['textAnswer.none'] };
/** An optional field left out is said in a few words ("pas de référence pour l'instant"). */
const MAX_NONE_WORDS = 8;

/**
 * "Hugo Rojas Flores, ya lo dije arriba", "я же писал выше — заместитель министра", "oui, c'est
 * en lien avec…": the value without a remark set off before or after it, or a yes before it.
 */
export function withoutAsides(ctx: FlowContext, text: string): string {
  const typed = text.trim();
  // Offsets in the sanitized text are those of the typed one (same length).
  const clean = sanitize(typed);
  if (clean.length > MAX_CHARS) return typed;
  const tokens = tokenize(clean);
  const remarks = phraseIndex(ctx, REMARKS);
  let from = 0;
  let to = clean.length;
  const lead = remarks.at(tokens, 0);
  if (lead && tokens[lead.to] && separated(clean, tokens[lead.to - 1]!, tokens[lead.to]))
    from = tokens[lead.to]!.start;
  for (let i = 1; i < tokens.length; i++) {
    const m = remarks.at(tokens, i);
    if (m?.to === tokens.length && separated(clean, tokens[i - 1]!, tokens[i]) && tokens[i]!.start > from) {
      to = tokens[i]!.start;
      break;
    }
  }
  // A yes set off by a comma opens the sentence but is no part of it.
  const yes = parseYesNo(ctx, clean.slice(from, to));
  if (yes?.value === 'yes' && yes.note) {
    const at = clean.lastIndexOf(yes.note, to);
    if (at > from && /[,;:!.،؛。，、；：！—–]\s*$/u.test(clean.slice(from, at))) from = at;
  }
  if (from === 0 && to === clean.length) return typed;
  const value = trimPunctuation(typed.slice(from, to));
  if (!value) return typed;
  // What is left now begins the sentence.
  return from > 0 ? capitalFirst(value) : value;
}

/**
 * "none", "pas de référence pour l'instant", "номера пока нет, пропустим", "لا يوجد رقم مرجعي":
 * an optional field the user leaves out. A text with a digit is a value ("Ref. none/2026/3").
 */
export function declinesField(ctx: FlowContext, text: string): boolean {
  const clean = sanitize(text.trim());
  if (/\d|@/u.test(clean) || wordCount(clean) > MAX_NONE_WORDS) return false;
  return phraseIndex(ctx, NONE).all(tokenize(clean)).length > 0;
}

const TITLES = { title: ['facts:titles'] };

/**
 * "Asel Nurlanovna Bekova，副部长", "Hugo Rojas, viceministro": a name, a comma and a listed
 * title after it, split; undefined when the text after the last comma is no listed title.
 */
export function nameAndTitle(ctx: FlowContext, text: string): { name: string; title: string } | undefined {
  const clean = sanitize(text);
  const cut = Math.max(...[',', '，', '、', '،'].map((c) => clean.lastIndexOf(c)));
  if (cut <= 0) return undefined;
  const name = trimPunctuation(clean.slice(0, cut));
  const title = trimPunctuation(clean.slice(cut + 1));
  const tokens = tokenize(title);
  if (!name || !tokens.length || phraseIndex(ctx, TITLES).at(tokens, 0)?.to !== tokens.length)
    return undefined;
  return { name, title: capitalFirst(title) };
}
