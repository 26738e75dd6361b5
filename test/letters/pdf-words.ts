// What a reader sees on the pages of a PDF, from the word boxes `pdftotext -bbox` reports (its
// plain text output guesses columns from wide gaps and reorders words). Lines are rebuilt from the
// boxes' positions, words ordered by where they stand on the line, so nothing here depends on
// pdftotext's layout analysis.
import { execFileSync } from 'node:child_process';

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}
/** A printed line: its words from left to right. */
export type PrintedLine = readonly Word[];
export interface Page {
  readonly width: number;
  readonly lines: readonly PrintedLine[];
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
};
const decode = (s: string): string =>
  s.replace(/&(?:lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (e, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (ENTITIES[e] ?? e),
  );

/** Groups words into lines: a word belongs to a line when its vertical middle lies within the line's band. */
function linesOf(words: Word[]): PrintedLine[] {
  const lines: { top: number; bottom: number; words: Word[] }[] = [];
  for (const w of [...words].sort((a, b) => a.yMin - b.yMin)) {
    const middle = (w.yMin + w.yMax) / 2;
    const line = lines.find((l) => middle >= l.top && middle <= l.bottom);
    if (line) {
      line.words.push(w);
      line.top = Math.min(line.top, w.yMin);
      line.bottom = Math.max(line.bottom, w.yMax);
    } else lines.push({ top: w.yMin, bottom: w.yMax, words: [w] });
  }
  return lines.sort((a, b) => a.top - b.top).map((l) => l.words.sort((a, b) => a.xMin - b.xMin));
}

/** Parses the XHTML `pdftotext -bbox` writes. */
export function parseBbox(xhtml: string): Page[] {
  const pages: Page[] = [];
  for (const m of xhtml.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (m[2] ?? '').matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g,
    )) {
      words.push({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: decode(w[5] ?? ''),
      });
    }
    pages.push({ width: Number(m[1]), lines: linesOf(words) });
  }
  return pages;
}

export function readPdf(pdf: string): Page[] {
  return parseBbox(
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }),
  );
}

const ARABIC = /\p{Script_Extensions=Arabic}/u;
const LTR_STRONG = /[\p{L}\p{Nd}]/u;

/**
 * A line as it is read. Left to right, the words in order. Right to left (Arabic), a reader starts
 * at the right: Arabic words come out with their letters in visual order and are turned back, while
 * a stretch of other words (digits, Latin) is read left to right, as the eye does inside a line.
 */
export function readLine(line: PrintedLine, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return line.map((w) => w.text).join(' ');
  const out: string[] = [];
  let stretch: string[] = [];
  const flush = () => {
    out.push(...stretch.reverse());
    stretch = [];
  };
  for (const w of [...line].reverse()) {
    // Arabic, or only punctuation: set right to left, with its characters in visual order.
    if (ARABIC.test(w.text) || !LTR_STRONG.test(w.text)) {
      flush();
      out.push(Array.from(w.text).reverse().join(''));
    } else stretch.push(w.text);
  }
  flush();
  return out.join(' ');
}

/** The widest space between two words of a line, in points, with the words on either side. */
export function widestGap(line: PrintedLine): { gap: number; between: string } {
  // Arabic vowel marks come out as words of their own, placed over their letter: not words.
  const words = line.filter((w) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(w.text));
  let widest = { gap: 0, between: '' };
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1] as Word;
    const b = words[i] as Word;
    const gap = b.xMin - a.xMax;
    if (gap > widest.gap) widest = { gap, between: `${a.text} ␣ ${b.text}` };
  }
  return widest;
}
