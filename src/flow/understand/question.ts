// Recognises a question typed mid-interview ("are we eligible?", "c'est quoi une note verbale ?",
// "我们有资格吗？") and what it is about, so the engine can answer it in place and ask its own
// question again. Only classifies: the engine tries the pending question's answer first. Cue words
// and topics are data (locales/*/questions.json), matched as whole words in all six languages.
import type { FlowContext } from '../types.js';
import {
  countryMentioned,
  readsAsCountry,
  readsAsDate,
  readsAsLanguage,
  readsAsYesNo,
} from './plain-answer.js';
import { findAll, longestAt, matchesAtEnd, phrasesFor, words, type Word } from './phrases.js';
import { programMention, unitMention } from './mentions.js';

export const QUESTION_TOPICS = [
  'eligibility',
  'ldc',
  'urgent',
  'request-letter',
  'unit',
  'lead-time',
  'note-verbale',
  'criteria',
  'next',
  'duration',
  'cost',
  'country-plan',
  'program',
  'contact',
  'why-asked',
  'other',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

export interface Question {
  readonly topic: QuestionTopic;
  /** ISO code of a country named in the question. */
  readonly country?: string;
  /** A program named in it ("TISC", "ARDI", by name or short name in any language). */
  readonly programId?: string;
  /** A WIPO unit named in it; "regional-bureau" means the requester's own bureau. */
  readonly unitId?: string;
  /** Other topics the question also touches ("can Haiti get this for free?": eligibility, also cost). */
  readonly also?: readonly QuestionTopic[];
  /** Further questions asked in the same message ("Who decides? And how long does it take?"). */
  readonly more?: readonly QuestionTopic[];
  /** It names the WIPO Academy ("do I need a letter for an Academy course?"). */
  readonly academy?: true;
}

// When a question matches several topics, the most specific one is answered (a note verbale
// question that says "what is" is about the note verbale, not a program).
const PRIORITY: readonly Exclude<QuestionTopic, 'other'>[] = [
  'why-asked',
  'note-verbale',
  'request-letter',
  'country-plan',
  'urgent',
  'lead-time',
  'eligibility',
  'ldc',
  'criteria',
  'cost',
  'duration',
  'next',
  'contact',
  'unit',
  'program',
];

const QUESTION_MARK = /[?？؟]/u;
/** Longer messages are answers (a need, a purpose) even with a question inside. */
const MAX_WORDS = 40;
const MAX_WORDS_MARK_ONLY = 30;
/** Unmarked and about nothing we know: a question only when short ("who is the director"). */
const MAX_WORDS_UNMARKED_OTHER = 6;
/** How far into a message an opening question word may stand ("Tanzania, are we eligible"). */
const OPEN_WITHIN = 3;

function opensAsQuestion(ctx: FlowContext, ws: readonly Word[], text: string): boolean {
  if (/^\s*¿/u.test(text)) return true;
  const open = phrasesFor(ctx, 'questions:cues.open');
  for (let i = 0; i < Math.min(OPEN_WITHIN, ws.length); i++) if (longestAt(open, ws, i)) return true;
  if (findAll(phrasesFor(ctx, 'questions:cues.anywhere'), ws).length > 0) return true;
  return matchesAtEnd(phrasesFor(ctx, 'questions:cues.end'), ws);
}

/** "Who decides on urgent cases?", "¿Qué significa PMA?": worded as a question, not only marked. */
export function readsAsQuestion(ctx: FlowContext, text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && opensAsQuestion(ctx, ws, text.trim());
}

/** "Kenya?", "June 2027?", "yes?": an answer said with a doubt, not a question. */
function isPlainAnswer(ctx: FlowContext, text: string): boolean {
  const bare = text.replace(/[?？؟¿]/gu, ' ').trim();
  if (!bare || /^\d{1,2}$/.test(bare)) return true;
  return (
    readsAsYesNo(ctx, bare) ||
    readsAsLanguage(ctx, bare) ||
    readsAsCountry(ctx, bare, true) ||
    readsAsDate(ctx, bare)
  );
}

function topicsOf(ctx: FlowContext, ws: readonly Word[]): Exclude<QuestionTopic, 'other'>[] {
  const hits = PRIORITY.flatMap((topic) =>
    findAll(phrasesFor(ctx, `questions:topics.${topic}`), ws).map((m) => ({ topic, m })),
  );
  // Words inside a longer phrase belong to it: "how much time before" is the lead time, not a
  // duration. Not so for the words a "*" skipped ("可以 * 获得" around "免费").
  const inside = (h: (typeof hits)[number]) =>
    hits.some(
      (o) =>
        o.topic !== h.topic &&
        !o.m.phrase.parts.some((p) => p.kind === 'gap') &&
        o.m.start <= h.m.start &&
        o.m.end >= h.m.end &&
        o.m.end - o.m.start > h.m.end - h.m.start,
    );
  const found = new Set(hits.filter((h) => !inside(h)).map((h) => h.topic));
  return PRIORITY.filter((topic) => found.has(topic));
}

export function detectQuestion(ctx: FlowContext, text: string): Question | undefined {
  const trimmed = text.trim();
  const ws = words(trimmed);
  if (ws.length === 0 || ws.length > MAX_WORDS) return undefined;
  const marked = QUESTION_MARK.test(trimmed);
  const opens = opensAsQuestion(ctx, ws, trimmed);
  if (!marked && !opens) return undefined;
  // "What we need is a TISC": a statement that begins like a question.
  if (!marked && longestAt(phrasesFor(ctx, 'questions:cues.statement'), ws, 0)) return undefined;

  const topics = topicsOf(ctx, ws);
  const programId = programMention(ctx, ws);
  const unitId = unitMention(ctx, ws);
  // Without a question mark, a longer message that names nothing we can answer is an answer.
  if (!marked && topics.length === 0 && !programId && !unitId && ws.length > MAX_WORDS_UNMARKED_OTHER)
    return undefined;
  if (!opens) {
    // Only a question mark: a short or obvious answer keeps being an answer.
    if (ws.length > MAX_WORDS_MARK_ONLY) return undefined;
    if (topics.length === 0 && !programId && !unitId && (ws.length <= 3 || isPlainAnswer(ctx, trimmed)))
      return undefined;
  }

  const country = countryMentioned(ctx, trimmed);
  const named = namedTopics(topics, programId, unitId);
  const topic: QuestionTopic =
    named.find((t) => t !== 'program' || !unitId) ?? (unitId ? 'unit' : programId ? 'program' : 'other');
  const more = laterQuestions(ctx, trimmed).filter((t) => t !== topic);
  const also = named.filter((t) => t !== topic && t !== 'program' && !more.includes(t));
  return {
    topic,
    ...(country ? { country } : {}),
    ...(programId ? { programId } : {}),
    ...(unitId ? { unitId } : {}),
    ...(also.length ? { also } : {}),
    ...(more.length ? { more } : {}),
    ...(namesAcademy(ctx, trimmed) ? { academy: true as const } : {}),
  };
}

/** Whether a message names the WIPO Academy ("a summer school of the WIPO Academy"). */
export function namesAcademy(ctx: FlowContext, text: string): boolean {
  return findAll(phrasesFor(ctx, 'questions:academy'), words(text)).length > 0;
}

/**
 * "What is X?" is about X when X is a unit; about a program only when one is named. "LDC" in
 * the name of the LDC Division is the unit, not the category.
 */
function namedTopics(
  topics: readonly Exclude<QuestionTopic, 'other'>[],
  programId: string | undefined,
  unitId: string | undefined,
): Exclude<QuestionTopic, 'other'>[] {
  return topics.filter((t) => (t !== 'program' || programId) && (t !== 'ldc' || unitId !== 'ldc-division'));
}

/** A message cut after each question mark: "Who decides? And how long does it take?". */
const QUESTION_END = /(?<=[?？؟])/u;

/** The topics of the second and later questions of a message, each its own sentence. */
function laterQuestions(ctx: FlowContext, text: string): Exclude<QuestionTopic, 'other'>[] {
  const parts = text.split(QUESTION_END).filter((p) => words(p).length > 0);
  if (parts.length < 2) return [];
  const out: Exclude<QuestionTopic, 'other'>[] = [];
  for (const part of parts) {
    const ws = words(part);
    const first = namedTopics(topicsOf(ctx, ws), programMention(ctx, ws), unitMention(ctx, ws)).find(
      (t) => t !== 'program',
    );
    if (first && !out.includes(first)) out.push(first);
  }
  return out.length > 1 ? out : [];
}

/** A message's sentences. */
const SENTENCE_END = /(?<=[.!?。！？؟\n])\s*/u;

/**
 * An opening that gives facts and asks about something we know ("I am a researcher in Cairo …
 * Is it free?"): the questions, and the rest of the message without them.
 */
export function splitQuestions(ctx: FlowContext, text: string): { questions: string; rest: string } {
  const sentences = text
    .split(SENTENCE_END)
    .map((p) => p.trim())
    .filter(Boolean);
  // Every marked sentence goes with the questions ("What does LDC mean? Is Malawi one?").
  const marked = sentences.filter((s) => QUESTION_MARK.test(s));
  const known = marked.some((s) => {
    const q = detectQuestion(ctx, s);
    return q !== undefined && q.topic !== 'other';
  });
  if (!known) return { questions: '', rest: text };
  return { questions: marked.join(' '), rest: sentences.filter((s) => !QUESTION_MARK.test(s)).join(' ') };
}
