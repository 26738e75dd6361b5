// The facts an opening message gives besides the need: "I'm the research director of the
// University of X in Tanzania; we want a TISC from next October, the letter signed by Prof. Y"
// names the country, the requester, the program, the start and the signatory. Each is read by
// the module that reads it as an answer; only the signatory's cue phrases live here
// (locales/<lang>/facts.json, "{name}" where the name stands).
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { choicesFor } from '../choices.js';
import type { FlowContext } from '../types.js';
import { choiceSynonyms, matchChoice } from './choice.js';
import { parseDate } from './date.js';
import { assumedStart, monthsAhead, wholeYearIn, yearPartIn } from './period.js';
import { matchRequester } from './requester.js';
import { countryInMessage } from './office-country.js';
import { namesCourseNotProject, withoutAcademyName } from './course.js';
import { programMention } from './mentions.js';
import { capitalFirst, cleanTextAnswer } from './text-answer.js';
import { compilePhrase, matchAt, words, type Phrase, type Word } from './phrases.js';
import {
  isHan,
  listed,
  phraseIndex,
  phraseWords,
  sanitize,
  tokenize,
  trimPunctuation,
  wordCount,
} from './text.js';

export interface OpeningFacts {
  readonly country?: string;
  /** The country is only an unverified IP office's ("we are KIPI"): the office's name as typed (office-country.ts). */
  readonly countryFrom?: string;
  /** A sentence naming several countries: the country question offers them. */
  readonly countries?: readonly string[];
  readonly requester?: string;
  /** "a note verbale", "join the project": the kind of letter, when named. */
  readonly letterType?: string;
  /** The letter's language, when the letter is asked for in the same message (opening.ts). */
  readonly letterLang?: string;
  readonly program?: string;
  readonly start?: string;
  /** The start was given as a period ("early 2028", "courant 2027"): its words, and whether the month taken keeps the lead time. */
  readonly startAssumed?: { readonly period: string; readonly kept: boolean };
  readonly senderName?: string;
  /** "signed by the Minister": the signatory named by position only. */
  readonly senderTitle?: string;
}

interface Template {
  readonly before: Phrase | undefined;
  readonly after: Phrase | undefined;
}

const templates = new WeakMap<FlowContext['t'], readonly Template[]>();

function signatoryTemplates(ctx: FlowContext): readonly Template[] {
  let list = templates.get(ctx.t);
  if (!list) {
    const all: Template[] = [];
    for (const lang of LANGS) {
      const raw = ctx.t(lang)('facts:signatory', { returnObjects: true }) as unknown;
      for (const s of Array.isArray(raw) ? raw : []) {
        if (typeof s !== 'string' || !s.includes('{name}')) continue;
        const [b, a] = s.split('{name}').map((x) => x.trim());
        all.push({ before: b ? compilePhrase(b) : undefined, after: a ? compilePhrase(a) : undefined });
      }
    }
    // Longest cue first: "firmada por la {name}" before "firmada por {name}".
    const size = (tpl: Template) => (tpl.before?.parts.length ?? 0) + (tpl.after?.parts.length ?? 0);
    templates.set(ctx.t, (list = all.sort((a, b) => size(b) - size(a))));
  }
  return list;
}

/**
 * Whether the whole text is a position listed in `facts:titles` ("Minister", "局长") as listed,
 * or in another form of it ("министра": Russian is compared by stem, but the letter prints the
 * title as the list writes it).
 */
function positionIn(ctx: FlowContext, text: string): 'title' | 'other-form' | undefined {
  const tokens = tokenize(sanitize(text));
  const m = phraseIndex(ctx, POSITIONS).at(tokens, 0);
  if (!m || m.to !== tokens.length) return undefined;
  const typed = tokens.map((t) => t.norm).join(' ');
  const asListed = listed(ctx, 'titles', 'facts').some((t) => phraseWords(t).join(' ') === typed);
  return asListed ? 'title' : 'other-form';
}
const POSITIONS = { title: ['facts:titles'] };

/**
 * A listed title at the start of `text`, the words that complete it, and a name after them:
 * "el ministro Javier Giménez" → "ministro", "Javier Giménez"; "the Deputy Minister Mr. John
 * Banda" → "Deputy Minister", "Mr. John Banda"; "министр юстиции Армении Србуи Галян" →
 * "министр юстиции Армении", "Србуи Галян"; "la Ministra de Desarrollo Económico" → the title
 * alone (the name may follow after a comma). An article before the title stays out of it when the
 * title is listed without it too ("the minister" → "minister"). Only a title as listed.
 */
function titleThenName(ctx: FlowContext, text: string): { title: string; name?: string } | undefined {
  const tokens = tokenize(sanitize(text));
  const index = phraseIndex(ctx, POSITIONS);
  const starts = tokens[0] && articles(ctx).has(tokens[0].norm) ? [1, 0] : [0];
  for (const from of starts) {
    const m = index.at(tokens, from);
    if (!m || m.to >= tokens.length) continue;
    const titleEnd = tokens[m.to - 1]!.end;
    if (positionIn(ctx, text.slice(tokens[from]!.start, titleEnd)) !== 'title') continue;
    const split = splitComplement(ctx, text.slice(titleEnd));
    const title = trimPunctuation(text.slice(tokens[from]!.start, titleEnd + split.nameAt));
    const name = trimPunctuation(text.slice(titleEnd + split.nameAt).replace(/^[\s,،，]+/u, ''));
    if (name && (wordCount(name) > MAX_NAME_WORDS || positionIn(ctx, name))) return undefined;
    return name ? { title, name } : { title };
  }
  return undefined;
}

/**
 * Where the name starts in what follows a title: at an honorific ("M.", "Sra.", "السيد"); else,
 * in a script with capitals, the last two capitalised words are the name (three with a Russian
 * patronymic) and the words before them complete the title ("of Trade and Industry John Kamau",
 * "юстиции Армении Србуи Галян", "агентства Иванов И.И."). Capitalised words after a preposition
 * are what the title is of, so a name needs more of them than it has words ("de Desarrollo
 * Económico" names none). Right after the title every capitalised word is the name ("la
 * ministra María Luisa Ramos"), but a Russian name has two words (three with a patronymic):
 * "директор Кыргызпатента Абдыкалыков Бакыт". Arabic and Chinese, without capitals, keep the
 * rest as the name.
 */
function splitComplement(ctx: FlowContext, rest: string): { nameAt: number } {
  const ws = [...rest.matchAll(/\S+/gu)].map((m) => ({ raw: m[0].replace(/[,،，]$/u, ''), at: m.index }));
  const honor = honorifics(ctx);
  const h = ws.findIndex((w) => honor.has(w.raw));
  if (h >= 0) return { nameAt: ws[h]!.at };
  // Without capitals: Arabic and Chinese keep the rest as the name; "de l'ANPI" names none.
  if (!ws.some((w) => capitalised(w.raw))) return { nameAt: CASED.test(rest) ? rest.length : 0 };
  let k = ws.length;
  while (k > 0 && capitalised(ws[k - 1]!.raw)) k--;
  const run = ws.slice(k);
  const last = run.at(-1)?.raw ?? '';
  const cyrillic = /\p{Script=Cyrillic}/u.test(last);
  const nameWords = cyrillic && PATRONYMIC.test(last) ? 3 : 2;
  const none = { nameAt: rest.length };
  if (k === 0)
    return cyrillic && run.length > nameWords ? { nameAt: run[run.length - nameWords]!.at } : { nameAt: 0 };
  const needed = PREPOSITION.test(ws[k - 1]!.raw) ? nameWords + 1 : nameWords;
  return run.length < needed ? none : { nameAt: run[run.length - nameWords]!.at };
}

/** Whether `text` begins with a listed title, after an article or not. */
function startsWithTitle(ctx: FlowContext, text: string): boolean {
  const tokens = tokenize(sanitize(text));
  const index = phraseIndex(ctx, POSITIONS);
  return !!(
    index.at(tokens, 0) ?? (tokens[0] && articles(ctx).has(tokens[0].norm) ? index.at(tokens, 1) : undefined)
  );
}
/** The words after a title that say what it is of ("of Trade and Industry", "du ministère"). */
const MAX_COMPLEMENT_WORDS = 6;

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
/** A short lower-case Latin word before a capitalised one: "of", "de", "du", "del", "and", "y". */
const PREPOSITION = /^[a-z\u00e0-\u00ff']{1,4}$/u;
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
/** Russian patronymics: "Токтогулович", "Нурлановна", "Ильич". */
const PATRONYMIC = /(?:вич|вна|чна|ична|ьич)$/u;

/** The words that begin a person's name (locales/<lang>/facts.json `honorifics`), as typed. */
function honorifics(ctx: FlowContext): ReadonlySet<string> {
  return new Set(listed(ctx, 'honorifics', 'facts'));
}

/**
 * The words the title lists put before several titles that they also list without them ("the
 * minister", "the director"; "la ministra", "la rectora"): the articles, read from the lists, so
 * "la viceministra" is "viceministra". Two are not enough: "deputy minister" and "deputy director
 * general" keep their "deputy".
 */
function articles(ctx: FlowContext): ReadonlySet<string> {
  const titles = listed(ctx, 'titles', 'facts').map((t) => phraseWords(t).join(' '));
  const all = new Set(titles);
  const seen = new Map<string, number>();
  for (const t of titles) {
    const [first, ...rest] = t.split(' ');
    if (first && rest.length > 0 && all.has(rest.join(' '))) seen.set(first, (seen.get(first) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 3).map(([w]) => w));
}

/**
 * A name and then a listed title ending `text`, as Chinese writes them ("王伟局长" → "王伟",
 * "局长"); a name of at least two characters or one word.
 */
function nameThenTitle(ctx: FlowContext, text: string): { title: string; name: string } | undefined {
  const tokens = tokenize(sanitize(text));
  const index = phraseIndex(ctx, POSITIONS);
  for (let i = 1; i < tokens.length; i++) {
    const m = index.at(tokens, i);
    if (!m || m.to !== tokens.length) continue;
    const title = text.slice(tokens[i]!.start, tokens[m.to - 1]!.end);
    const name = trimPunctuation(text.slice(0, tokens[i]!.start).replace(/[\s,،，]+$/u, ''));
    const short = tokens.slice(0, i).every(isHan) ? i < 2 : false;
    if (short || !name || wordCount(name) > MAX_NAME_WORDS || positionIn(ctx, title) !== 'title')
      return undefined;
    return { title, name };
  }
  return undefined;
}

/** The word begins with a capital, or is written in a script without capitals (Arabic, Chinese). */
function capitalOrCaseless(word: string): boolean {
  const first = word.charAt(0);
  return first === first.toLocaleUpperCase();
}

/**
 * What stands after the signatory's clause, after a comma and before the end of the sentence: a
 * listed title, or (after a title) a name: a few words, capitalised where the script has capitals.
 * `end`: where it ends in `text`, with the full stop that closes it.
 */
function besideClause(
  ctx: FlowContext,
  text: string,
  end: number,
): { kind: 'title' | 'name'; text: string; end: number } | undefined {
  const m = /^\s*[,،，]\s*/u.exec(text.slice(end));
  if (!m) return undefined;
  const from = end + m[0].length;
  // "…by the Minister, Hon. Selemani Jafo.": up to the end of the sentence, past "Hon.".
  let part = cutAtStop(text.slice(from)).trim();
  // A name ending in a short word ("Jafo.") looks like an abbreviation: back to a full stop.
  while (wordCount(part) > MAX_NAME_WORDS) {
    const dot = part.lastIndexOf('.');
    part = dot > 0 ? part.slice(0, dot).trim() : '';
  }
  part = trimPunctuation(part);
  if (!part || wordCount(part) > MAX_NAME_WORDS) return undefined;
  const at = text.indexOf(part, from) + part.length;
  const close = at + (/^[.!?。！？؟]/u.exec(text.slice(at))?.[0].length ?? 0);
  if (positionIn(ctx, part) === 'title') return { kind: 'title', text: part, end: close };
  // A name of five or six words ("Ms Leiataua Henry Ah Ching") only where capitals show it.
  if (wordCount(part) > MAX_TITLE_WORDS && !CASED.test(part)) return undefined;
  return capitalOrCaseless(part) ? { kind: 'name', text: part, end: close } : undefined;
}

const MAX_NAME_WORDS = 6;
const STOP = /[,;:.!?。，；：！？،؛\n]/u;

/** `span` up to the first punctuation that ends a name (not an abbreviation's full stop). */
function cutAtStop(span: string): string {
  for (const m of span.matchAll(new RegExp(STOP.source, 'gu'))) {
    // "Prof. Y", "Dr. Z", "M. Diallo", "د. زياد": a word of one to four letters before a full stop
    // is a title or an initial.
    // "H.E. Mr. Sok Chenda": the letters of an abbreviation may follow one another's full stops.
    if (m[0] === '.' && /(?:^|[\s.])\p{L}{1,4}$/u.test(span.slice(0, m.index))) continue;
    return span.slice(0, m.index);
  }
  return span;
}

/** The raw text of words [from, to), cut at the first punctuation that ends a name. */
function nameBetween(text: string, ws: readonly Word[], from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const last = ws[to - 1]!;
  // "Иванов И.И.": the full stop after an initial is part of the name.
  const end = /^\p{Lu}$/u.test(last.raw) && text[last.end] === '.' ? last.end + 1 : last.end;
  const name = cutAtStop(text.slice(ws[from]!.start, end)).trim();
  return name.length >= 2 ? name : undefined;
}

/** Whether punctuation that ends a name stands between two words (not an abbreviation's dot). */
function stopBetween(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  const m = STOP.exec(gap);
  if (!m) return false;
  if (m[0] !== '.' || m.index !== 0 || !/^\s*$/u.test(gap.slice(1))) return true;
  // "Prof. Y", "H.E. Mr. Z", "د. زياد": a short word with a capital (or in a script without
  // capitals) before the dot is a title or an initial; "draft it. The minister" ends a sentence.
  return !(/^\p{L}{1,4}$/u.test(a.raw) && capitalOrCaseless(a.raw));
}

/** A signatory named in a message, and where its clause (cue and name) stands in the text. */
export interface SignatoryClause {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export function signatoryClause(ctx: FlowContext, text: string): SignatoryClause | undefined {
  const ws = words(text);
  const clause = (i: number, from: number, to: number, last: number): SignatoryClause | undefined => {
    const name = nameBetween(text, ws, from, to);
    if (!name) return undefined;
    const nameEnd = text.indexOf(name, ws[from]!.start) + name.length;
    return { name, start: ws[i]!.start, end: Math.max(nameEnd, ws[last - 1]?.end ?? nameEnd) };
  };
  for (const tpl of signatoryTemplates(ctx)) {
    for (let i = 0; i < ws.length; i++) {
      let from = i;
      if (tpl.before) {
        const m = matchAt(tpl.before, ws, i);
        if (!m) continue;
        from = m.end;
      }
      if (tpl.after && !tpl.before) {
        // "{name} will sign": the name is the words just before the cue, back to the start of
        // its clause ("Yes, let us draft it. The minister John Kamau will sign it." is not "Yes").
        const after = i > 0 ? matchAt(tpl.after, ws, i) : undefined;
        if (!after) continue;
        let start = i;
        while (start > 0 && i - start < MAX_NAME_WORDS && !stopBetween(text, ws[start - 1]!, ws[start]!))
          start--;
        // One word before "will sign" is most often "we" or "they", not a signatory.
        if (i - start < 2) continue;
        const found = clause(start, start, i, after.end);
        if (found) return found;
        continue;
      }
      if (tpl.after) {
        for (let j = from + 1; j <= Math.min(ws.length - 1, from + MAX_NAME_WORDS + 4); j++) {
          const after = matchAt(tpl.after, ws, j);
          if (after) return clause(i, from, j, after.end);
        }
      } else {
        // Up to the end of the clause, at most a few words (more after a title: "the Minister of
        // Trade and Industry John Kamau").
        const most =
          MAX_NAME_WORDS +
          (startsWithTitle(ctx, text.slice(ws[from]?.start ?? 0)) ? MAX_COMPLEMENT_WORDS : 0);
        const found = clause(i, from, Math.min(ws.length, from + most), from);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * The need an opening message describes, without the clause that names the signatory: "signed
 * by H.E. Mr. Sok Chenda, Minister" says nothing about the program ("Minister" is not a need).
 */
export function needOf(ctx: FlowContext, text: string): string {
  const c = signatoryClause(ctx, text);
  if (!c) return text;
  // ", Minister." after the name is the signatory's title, ", Hon. Selemani Jafo." after a title
  // the name: either goes with the clause.
  // Otherwise any few words after a comma ("…, directeur de l'office.") are taken as the title.
  const title = /^\s*[,،，]\s*([^.!?。！？؟\n]*)[.!?。！？؟]?/u.exec(text.slice(c.end));
  const end =
    besideClause(ctx, text, c.end)?.end ??
    (title && wordCount(title[1]!) <= MAX_TITLE_WORDS ? c.end + title[0].length : c.end);
  // "The letter should be signed by…", ", the letter signed by…": the words that lead to the cue
  // go with it; the sentence (or clause) they open says nothing else.
  const before = text.slice(0, c.start);
  const boundary = Math.max(...[...before.matchAll(/[.!?。！？؟;；\n,،，]/gu)].map((m) => m.index), -1);
  const lead = before.slice(boundary + 1);
  const keep =
    wordCount(lead) <= MAX_TITLE_WORDS ? before.slice(0, boundary + 1).replace(/[,،，]$/u, '') : before;
  return tidyJoin(keep, text.slice(end));
}

/** Two pieces of a sentence joined: no space before a stop, no stop twice, none to begin with. */
function tidyJoin(before: string, after: string): string {
  return `${before} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/ (?=[.!?。！？؟])/gu, '')
    .replace(/([.!?。！？؟])[.。]+/gu, '$1')
    .replace(/^[\s.!?。！？؟,،，;；]+/u, '')
    .trim();
}
const MAX_TITLE_WORDS = 4;

/**
 * The signatory's name and title a message gives. "signed by the Minister", "由局长签署": a
 * position, not a name — the title is known, the name is asked (unless it follows: "…the
 * Minister, John Kamau"); "за подписью министра" names it in another case than the letter prints:
 * both asked. "the minister John Kamau", "部长王伟": a title, then the name. "signed by Prof.
 * Aminata Diallo, rectrice": the name, then the title.
 */
function signatoryFacts(ctx: FlowContext, text: string): Pick<OpeningFacts, 'senderName' | 'senderTitle'> {
  const clause = signatoryClause(ctx, text);
  const cleaned = clause && cleanTextAnswer(ctx, 'senderName', clause.name);
  if (!clause || !cleaned) return {};
  const position = positionIn(ctx, cleaned);
  if (position === 'other-form') return {};
  const beside = besideClause(ctx, text, clause.end);
  // A title cut out of a sentence ("signed by the minister") heads the line under the signature.
  if (position === 'title')
    return {
      senderTitle: capitalFirst(cleaned),
      ...(beside?.kind === 'name' ? { senderName: beside.text } : {}),
    };
  const split = titleThenName(ctx, cleaned) ?? nameThenTitle(ctx, cleaned);
  if (split) {
    // "…la Ministra de Desarrollo Económico, Sra. María Luisa Ramos": the name after the comma.
    const name = split.name ?? (beside?.kind === 'name' ? beside.text : undefined);
    return { senderTitle: capitalFirst(split.title), ...(name ? { senderName: name } : {}) };
  }
  return {
    senderName: cleaned,
    ...(beside?.kind === 'title' ? { senderTitle: capitalFirst(beside.text) } : {}),
  };
}

/** "…from early 2028", "au printemps 2027", "sometime in 2027": the month taken for that period. */
function periodStart(ctx: FlowContext, text: string) {
  const clean = sanitize(text);
  const part = yearPartIn(ctx, clean, ctx.today);
  const year = part ? undefined : wholeYearIn(ctx, clean, true);
  const found = part ?? (year ? { ...year, months: monthsAhead(year.year, ctx.today) } : undefined);
  const assumed = found ? assumedStart(ctx, found.months) : undefined;
  return found && assumed ? { ...assumed, period: clean.slice(found.from, found.to) } : undefined;
}

export function openingFacts(ctx: FlowContext, text: string, lang: Lang): OpeningFacts {
  const { match: countries, inferredFrom } = countryInMessage(ctx.knowledge, text);
  const requesterChoices = choicesFor('requesterBodies', ctx, {}, lang).filter((c) => c.value !== 'other');
  const requester = matchRequester(ctx, requesterChoices, withoutAcademyName(ctx, text));
  const letterTypes = choicesFor('letterTypes', ctx, {}, lang);
  const typed = matchChoice(ctx, letterTypes, text, choiceSynonyms(ctx, 'letterTypes'));
  // "we want to take part in the … course": a course, not a project to join.
  const letterType = typed?.value === 'project' && namesCourseNotProject(ctx, text) ? undefined : typed;
  const start = parseDate(ctx, text, lang);
  const period = start ? undefined : periodStart(ctx, text);
  const program = programMention(ctx, words(text));
  const signatory = signatoryFacts(ctx, text);
  return {
    ...(countries.kind === 'one' ? { country: countries.code } : {}),
    ...(countries.kind === 'one' && inferredFrom ? { countryFrom: inferredFrom } : {}),
    ...(countries.kind === 'several' ? { countries: countries.codes } : {}),
    ...(requester ? { requester: requester.value } : {}),
    ...(letterType ? { letterType: letterType.value } : {}),
    ...(program ? { program } : {}),
    ...(start ? { start: start.iso } : {}),
    ...(period ? { start: period.iso, startAssumed: { period: period.period, kept: period.kept } } : {}),
    ...signatory,
  };
}
