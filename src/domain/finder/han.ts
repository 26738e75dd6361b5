// Chinese text to index terms: the segmenter's words plus the character bigrams of each run of
// content words. The segmenter splits rare compounds into single characters (抢|注, 域|名, 苗|绣)
// and cuts one word two ways (手工|艺品 against 手|工艺), so words alone never meet; bigrams do.
// Runs are broken at function words, so no bigram straddles "的" or "和"; the domain's generic
// words (援助, 相关, 使用…) stay in the run — they are parts of compounds (使用|费, 工作|共享) — but
// their own bigrams are never asked for. Single characters are kept only where one character is
// the word (茶 tea, 药 medicine, 绣 embroidery…).
import { DOMAIN_STOP, ZH_FUNCTION_WORDS } from './stoplist.js';

// One-character words that name a thing a requester may ask about.
const MEANINGFUL = new Set([...'茶药绣盲书画歌舞酒米布丝蜜棉陶瓷漆锦剧诗鱼肉奶']);

// Long compounds the segmenter keeps whole and that stand for the Organization: blanked before
// segmentation (same length, so offsets into the text stay valid).
const NAMES = /世界知识产权组织|产权组织|贵组织|本组织/g;

export function blankHanNames(text: string): string {
  return text.replace(NAMES, (m) => '、'.repeat(m.length));
}

export interface HanWord {
  readonly text: string;
  readonly start: number;
}

export interface HanTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** Less than 1 for a bigram across two whole words (建立|知识 -> "立知"), often a chance pair. */
  readonly weight?: number;
  /** Inside one generic word (援助, 使用): indexed, but never a query's or a phrase's term. */
  readonly generic?: boolean;
}

/** Weight of a bigram that joins the last character of one word to the first of the next. */
const ACROSS_WORDS_WEIGHT = 0.6;

/** One query word of Chinese: its own term and the bigrams that start inside it, each with its span. */
export interface HanGroup {
  /** The word's own span. */
  readonly start: number;
  readonly end: number;
  readonly terms: readonly HanTerm[];
}

const isGeneric = (w: string) => DOMAIN_STOP.has(w);
const length = (w: string) => [...w].length;
const keepsWhole = (w: string) => length(w) >= 3 || (length(w) === 1 && MEANINGFUL.has(w));

/** Runs of consecutive words with no function word and nothing else between them. */
function runs(words: readonly HanWord[]): HanWord[][] {
  const out: HanWord[][] = [];
  let run: HanWord[] = [];
  let expected = -1;
  for (const w of words) {
    const adjacent = w.start === expected;
    expected = w.start + w.text.length;
    const fn = ZH_FUNCTION_WORDS.has(w.text);
    if (fn || !adjacent) {
      if (run.length) out.push(run);
      run = [];
    }
    if (!fn) run.push(w);
  }
  if (run.length) out.push(run);
  return out;
}

/** Characters of a run with their offsets, and the index of the word each belongs to. */
function chars(run: readonly HanWord[]): { ch: string; start: number; word: number }[] {
  const out: { ch: string; start: number; word: number }[] = [];
  run.forEach((w, wi) => {
    let o = w.start;
    for (const ch of w.text) {
      out.push({ ch, start: o, word: wi });
      o += ch.length;
    }
  });
  return out;
}

/**
 * The index terms of Chinese words: every bigram of each run, plus words of three characters or
 * more and meaningful single characters.
 */
export function hanTerms(words: readonly HanWord[]): HanTerm[] {
  const out: HanTerm[] = [];
  for (const run of runs(words)) {
    const cs = chars(run);
    for (let i = 0; i + 1 < cs.length; i++) {
      const [a, b] = [cs[i]!, cs[i + 1]!];
      const generic = a.word === b.word && isGeneric(run[a.word]!.text);
      out.push({ term: a.ch + b.ch, start: a.start, end: b.start + b.ch.length, generic });
    }
    for (const w of run) {
      if (keepsWhole(w.text)) {
        out.push({ term: w.text, start: w.start, end: w.start + w.text.length, generic: isGeneric(w.text) });
      }
    }
  }
  return out;
}

/**
 * The query groups of Chinese words: one per word the segmenter found, holding the word itself
 * (when it is kept whole) and the bigrams that start in it — the last one reaches into the next
 * word, so "苗|绣" still meets "苗绣". A word therefore scores once, however many bigrams match.
 * A generic word keeps only the bigram that reaches into the next word.
 */
export function hanGroups(words: readonly HanWord[]): HanGroup[] {
  const out: HanGroup[] = [];
  for (const run of runs(words)) {
    const cs = chars(run);
    run.forEach((w, wi) => {
      const terms: HanTerm[] = [];
      const generic = isGeneric(w.text);
      if (!generic && (keepsWhole(w.text) || length(w.text) === 2)) {
        terms.push({ term: w.text, start: w.start, end: w.start + w.text.length });
      }
      cs.forEach((c, i) => {
        const next = cs[i + 1];
        if (c.word !== wi || !next) return;
        const term = c.ch + next.ch;
        const across = next.word !== wi;
        // A generic word keeps only its link into a content word (使用|费 -> "用费"), never one
        // into another generic word (相关|援助 -> "关援").
        if (generic && (!across || isGeneric(run[next.word]!.text))) return;
        if (terms.some((t) => t.term === term)) return;
        // Across two words of two characters or more the pair is often chance; a one-character
        // word is usually the segmenter cutting a compound it does not know (苗|绣, 抢|注).
        const chance = across && length(w.text) > 1 && length(run[next.word]!.text) > 1;
        terms.push({
          term,
          start: c.start,
          end: next.start + next.ch.length,
          weight: chance ? ACROSS_WORDS_WEIGHT : 1,
        });
      });
      if (terms.length) out.push({ start: w.start, end: w.start + w.text.length, terms });
    });
  }
  return out;
}
