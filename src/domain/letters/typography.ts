// Typography of the words the letter takes from the knowledge files and the templates: typographic
// apostrophes, and quotation marks nested the way each language nests them. The requester's own
// words are never changed.
import type { Lang } from '../../knowledge/types.js';
import type { Line, Segment } from './document.js';

/** The marks for a quotation inside a quotation, by language; the outer marks come from the templates. */
const INNER_QUOTES: Partial<Record<Lang, readonly [string, string]>> = {
  ru: ['„', '“'],
  fr: ['“', '”'],
  es: ['“', '”'],
};

/** "Uganda's" → "Uganda’s": a straight apostrophe between letters is a typewriter's. */
export function curlyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

/**
 * Guillemets inside guillemets become the language's inner quotation marks:
 * «Проект «ИС и брендинг»» → «Проект „ИС и брендинг“». The nesting is counted over the whole line;
 * the requester's segments count but are not changed, and neither are their apostrophes.
 */
export function typesetLine(line: Line, lang: Lang): Line {
  const inner = INNER_QUOTES[lang];
  let depth = 0;
  return line.map((seg): Segment => {
    let out = '';
    for (const ch of seg.text) {
      if (ch === '«') {
        out += inner && depth > 0 && !seg.user ? inner[0] : ch;
        depth++;
      } else if (ch === '»' && depth > 0) {
        depth--;
        out += inner && depth > 0 && !seg.user ? inner[1] : ch;
      } else out += ch;
    }
    if (seg.user) return seg;
    // French sets « » apart with spaces, but not the inner “ ”.
    const text = curlyApostrophes(
      lang === 'fr' ? out.replace(/“[\s\u00A0\u202F]+/g, '“').replace(/[\s\u00A0\u202F]+”/g, '”') : out,
    );
    return text === seg.text ? seg : { ...seg, text };
  });
}

/** The word for "project" in each language: a program named with it is a project already. */
const PROJECT_WORD: Record<Lang, RegExp> = {
  en: /\bproject\b/iu,
  fr: /\bprojet\b/iu,
  es: /\bproyecto\b/iu,
  ru: /проект/iu,
  ar: /مشروع/u,
  zh: /项目/u,
};

/** True when the program's name says it is a project ("TIGAR project", "项目"), so templates must not say it twice. */
export function namesAProject(name: string, lang: Lang): boolean {
  return PROJECT_WORD[lang].test(name);
}
