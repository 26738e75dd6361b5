// Chinese text to index terms: the segmenter's words plus the character bigrams of each run of
// content words. The segmenter splits rare compounds into single characters (抢|注, 域|名, 苗|绣)
// and cuts one word two ways (手工|艺品 against 手|工艺), so words alone never meet; bigrams do.
// Runs are broken at stop words, so no bigram straddles "的" or "和". Single characters are kept
// only where one character is the word (茶 tea, 药 medicine, 绣 embroidery…).
import { STOP } from './stoplist.js';

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

/** Runs of consecutive content words (no stop word, nothing else between them). */
function runs(words: readonly HanWord[]): HanWord[][] {
  const out: HanWord[][] = [];
  let run: HanWord[] = [];
  let expected = -1;
  for (const w of words) {
    const adjacent = w.start === expected;
    expected = w.start + w.text.length;
    if (STOP.zh.has(w.text) || !adjacent) {
      if (run.length) out.push(run);
      run = [];
    }
    if (!STOP.zh.has(w.text)) run.push(w);
  }
  if (run.length) out.push(run);
  return out;
}

const keepsWhole = (w: string) => {
  const len = [...w].length;
  return len >= 3 || (len === 1 && MEANINGFUL.has(w));
};

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
      const end = cs[i + 1]!.start + cs[i + 1]!.ch.length;
      out.push({ term: cs[i]!.ch + cs[i + 1]!.ch, start: cs[i]!.start, end });
    }
    for (const w of run)
      if (keepsWhole(w.text)) out.push({ term: w.text, start: w.start, end: w.start + w.text.length });
  }
  return out;
}

/**
 * The query groups of Chinese words: one per word the segmenter found, holding the word itself
 * (when it is kept whole) and the bigrams that start in it — the last one reaches into the next
 * word, so "苗|绣" still meets "苗绣". A word therefore scores once, however many bigrams match.
 */
export function hanGroups(words: readonly HanWord[]): HanGroup[] {
  const out: HanGroup[] = [];
  for (const run of runs(words)) {
    const cs = chars(run);
    run.forEach((w, wi) => {
      const terms: HanTerm[] = [];
      if (keepsWhole(w.text) || [...w.text].length === 2) {
        terms.push({ term: w.text, start: w.start, end: w.start + w.text.length });
      }
      cs.forEach((c, i) => {
        const next = cs[i + 1];
        if (c.word !== wi || !next) return;
        const term = c.ch + next.ch;
        if (terms.some((t) => t.term === term)) return;
        // Across two words of two characters or more the pair is often chance; a one-character
        // word is usually the segmenter cutting a compound it does not know (苗|绣, 抢|注).
        const across = next.word !== wi && [...w.text].length > 1 && [...run[next.word]!.text].length > 1;
        terms.push({
          term,
          start: c.start,
          end: next.start + next.ch.length,
          weight: across ? ACROSS_WORDS_WEIGHT : 1,
        });
      });
      if (terms.length) {
        out.push({ start: w.start, end: w.start + w.text.length, terms });
      }
    });
  }
  return out;
}
