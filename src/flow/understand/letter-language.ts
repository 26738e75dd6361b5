// "…et la lettre en anglais svp", "请用英文起草申请函", "письмо на английском языке", "الرسالة
// بالفرنسية": the language the requester wants the letter in, named in a longer message beside a
// word for the letter (locales/*/understand.json `letterLanguage.letterWords`), in the same
// clause. A language named for anything else — a course, the language people speak — is not the
// letter's: "une formation en anglais", "we speak English", "la lettre pour la formation en
// anglais" (a course word, `letterLanguage.otherThings`, between the two) name none.
import type { Lang } from '../../knowledge/types.js';
import type { FlowContext } from '../types.js';
import { languageNames, negations } from './language.js';
import { phraseIndex, sanitize, tokenize, type PhraseMatch, type Token } from './text.js';

const LETTER = { letter: ['letterLanguage.letterWords'] };
const OTHER = { other: ['letterLanguage.otherThings'] };

// Words between the letter's word and a language after it: "la carta de solicitud en francés",
// "письмо-запрос, пожалуйста, на французском", "the letter to be in French" have three; "la
// lettre pour la formation en anglais" four. Before it, two: "an English letter", "用英文起草申请函"
// (Chinese tokens are characters).
const AFTER_REACH = 3;
const BEFORE_REACH = 2;
// A sentence ends between them: "We need the letter. The course is in English."
const SENTENCE_END = /[.;!?。；！？؛؟\n]/u;

/** The letter's language and the UTF-16 span from the first to the last of the words that name it. */
export interface LetterLanguage {
  readonly lang: Lang;
  readonly from: number;
  readonly to: number;
}

const MAX_CHARS = 2000;

/** Whether the text names a course, training or the like ("formation", "курс", "培训", "دورة"). */
export function namesOtherThing(ctx: FlowContext, text: string): boolean {
  return phraseIndex(ctx, OTHER).all(tokenize(sanitize(text))).length > 0;
}

export function letterLanguageNamed(ctx: FlowContext, text: string): LetterLanguage | undefined {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return undefined;
  const clean = sanitize(text);
  const tokens = tokenize(clean);
  const letters = phraseIndex(ctx, LETTER).all(tokens);
  if (!letters.length) return undefined;
  const languages = languageNames(ctx).all(tokens);
  const blockers = [...phraseIndex(ctx, OTHER).all(tokens), ...negations(ctx).all(tokens)];
  const found: LetterLanguage[] = [];
  for (const letter of letters)
    for (const language of languages) {
      const [first, second] = language.from >= letter.to ? [letter, language] : [language, letter];
      if (first.to > second.from) continue; // overlapping readings
      const between = second.from - first.to;
      if (between > (first === letter ? AFTER_REACH : BEFORE_REACH)) continue;
      if (interrupted(clean, tokens, first, second, blockers)) continue;
      found.push({ lang: language.value, from: tokens[first.from]!.start, to: tokens[second.to - 1]!.end });
    }
  const langs = new Set(found.map((f) => f.lang));
  // Two languages for the letter leave it open: the letter-language question asks.
  return langs.size === 1 ? found[0] : undefined;
}

function interrupted(
  text: string,
  tokens: readonly Token[],
  first: PhraseMatch<unknown>,
  second: PhraseMatch<unknown>,
  blockers: readonly PhraseMatch<unknown>[],
): boolean {
  const gap = text.slice(tokens[first.to - 1]!.end, tokens[second.from]!.start);
  return SENTENCE_END.test(gap) || blockers.some((b) => b.from >= first.to && b.to <= second.from);
}

const CLAUSE_STARTS = { start: ['letterLanguage.clauseStarts'] };
const CLAUSE_PUNCTUATION = /[,;:.!?،؛؟。，、；：！？]/u;
// How far back from the letter's word its clause may begin ("et la lettre", "请用英文…").
const CLAUSE_REACH = 4;
// Only a short clause is the letter's alone ("et la lettre en anglais svp"); a long one says more.
const MAX_CLAUSE_TOKENS = 12;

/**
 * The message without the clause that names the letter's language ("…en mars 2027 et la lettre
 * en anglais svp" → "…en mars 2027"): the need the finder searches and the review shows. The
 * text as it is when no such clause is found, or when the clause is long or the whole message.
 */
export function withoutLetterLanguage(ctx: FlowContext, text: string): string {
  const found = letterLanguageNamed(ctx, text);
  if (!found) return text;
  const clean = sanitize(text);
  const tokens = tokenize(clean);
  const first = tokens.findIndex((tok) => tok.start >= found.from);
  if (first < 0) return text;
  const starts = phraseIndex(ctx, CLAUSE_STARTS);
  let from = found.from;
  for (let k = first - 1; k >= Math.max(0, first - CLAUSE_REACH); k--) {
    if (CLAUSE_PUNCTUATION.test(clean.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
      from = tokens[k + 1]!.start;
      break;
    }
    if (starts.at(tokens, k)) {
      from = tokens[k]!.start;
      break;
    }
  }
  const end = clean.slice(found.to).search(SENTENCE_END);
  const to = end < 0 ? text.length : found.to + end;
  const inClause = tokens.filter((tok) => tok.start >= from && tok.end <= to).length;
  const kept = `${text.slice(0, from)}${text.slice(to)}`.replace(/[\s,;:،؛，、；：]+$/u, '').trim();
  return inClause <= MAX_CLAUSE_TOKENS && kept ? kept : text;
}
