// Manual citations taken from the knowledge records' sources ("M IV Part I (b)(ii); …"), written
// the way each language cites the manual: "(Manual, IV Part I (b)(ii))", "(Manuel, IV, partie I,
// b) ii))", "（《手册》第四章第一部分(b)(ii)）", "(الدليل، IV الجزء الأول (ب)(ii))".
import type { Translate } from '../../present/translate.js';

interface Section {
  readonly chapter?: string;
  readonly part?: string;
  readonly appendix?: string;
  /** Paragraph letter ("c") then sub-paragraph numerals ("iii"). */
  readonly letter?: string;
  readonly subs: readonly string[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const SECTION = /^(?:Appendix\s+(\d+)|(IV|III|II|I)(?:\s+Part\s+(II|I))?((?:\s*\([a-z]{1,3}\))*))/;

/** The manual sections a source names: every "M …" part of it ("M III(b)(iii) (…); M III(a)"). */
export function manualSections(source: string): Section[] {
  const out: Section[] = [];
  for (const piece of source.split(';')) {
    const m = /^\s*M\s+(.*)$/.exec(piece);
    const s = m ? SECTION.exec(m[1]!.trim()) : null;
    if (!s) continue;
    if (s[1]) {
      out.push({ appendix: s[1], subs: [] });
      continue;
    }
    const paras = [...(s[4] ?? '').matchAll(/\(([a-z]{1,3})\)/g)].map((p) => p[1]!);
    const [letter, ...subs] = paras;
    out.push({ chapter: s[2]!, ...(s[3] ? { part: s[3] } : {}), ...(letter ? { letter } : {}), subs });
  }
  return out;
}

function list(t: Translate, key: string): string[] {
  const v = t(key, { returnObjects: true }) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
}

function sectionText(s: Section, t: Translate): string {
  if (s.appendix) {
    const n = list(t, 'questions:cite.appendix-numerals')[Number(s.appendix) - 1] ?? s.appendix;
    return t('questions:cite.appendix', { n });
  }
  const chapterIndex = ROMAN.indexOf(s.chapter!);
  const chapter = t('questions:cite.chapter', {
    n: list(t, 'questions:cite.numerals')[chapterIndex] ?? s.chapter,
  });
  const letterIndex = s.letter ? s.letter.charCodeAt(0) - 'a'.charCodeAt(0) : -1;
  const letter = s.letter ? (list(t, 'questions:cite.letters')[letterIndex] ?? s.letter) : undefined;
  const paras = [letter, ...s.subs]
    .filter((p): p is string => p !== undefined)
    .map((p) => t('questions:cite.para', { p }))
    .join('');
  const text = s.part
    ? t('questions:cite.with-part', {
        chapter,
        part: t('questions:cite.part', {
          n: list(t, 'questions:cite.part-numerals')[ROMAN.indexOf(s.part)] ?? s.part,
        }),
        paras,
      })
    : t('questions:cite.no-part', { chapter, paras });
  return text.replace(/[\s,،]+$/u, '').replace(/\s{2,}/g, ' ');
}

/** "(Manual, III(c))" for one or more sources; empty when none of them is the manual. */
export function cite(sources: string | readonly string[], t: Translate): string {
  const texts = new Set<string>();
  for (const source of typeof sources === 'string' ? [sources] : sources) {
    for (const s of manualSections(source)) texts.add(sectionText(s, t));
  }
  if (texts.size === 0) return '';
  // Joined by the language's "and" from the locale: ICU would write "IV e III" in Spanish.
  const section = [...texts].reduce((first, second) => t('questions:cite.and', { first, second }));
  return t('questions:cite.manual', { section });
}
