// The requester's own name is not part of the need: "Ministerio de Economía" must not pull the
// economics programs, "工业、商务和供应部" not the industrial property ones. A ministry's name —
// its head word and the words of the name that follow it (Chinese: the words before the 部 that
// ends it) — is taken out of a query before it is searched; the need around it stays.
import type { HanWord } from './han.js';
import type { Token } from './phrases.js';
import { RU_DOMAIN_STEMS, STOP, ZH_FUNCTION_WORDS } from './stoplist.js';
import { stem } from './words.js';

// Folded forms (lower case, no accents, Arabic letters unified).
const LATIN_HEADS = new Set(
  `ministry ministries minister ministers ministere ministeres ministre ministres ministerio
   ministerios ministro ministra ministros`.split(/\s+/),
);
const CYRILLIC_HEAD = /^министе?р/u;
// "وزارة", with "و", "ب", "ل" before it; "وزير", "وزيرة" (the minister).
const ARABIC_HEAD = /^(?:و|ف)?(?:ب|ل|لل)?(?:ال)?(?:وزاره|وزارات|وزير|وزيره)$/u;
// Words that join the parts of a name ("of", "de la", "и", "y").
const LATIN_LINKS = new Set(
  `of the for and on de del la las los el y e et du des le les en a d l aux au pour por para`.split(/\s+/),
);
const CYRILLIC_LINKS = new Set(['и', 'по', 'при']);
// A Russian name goes on in the genitive ("промышленности, торговли и снабжения", "экономического
// развития"); a verb ("просит", "нуждается") or a word in another case ends it.
const GENITIVE = /(?:и|ы|а|я|ого|его|ой|ей|ых|их|ов|ев)$/u;
const RU_VERB =
  /(?:ет|ит|ут|ют|ат|ят|ется|ится|утся|ются|атся|ятся|ал|ала|ало|али|ил|ила|ило|или|ать|ять|ить|еть)$/u;
// An Arabic name is a chain of definite words ("الصناعة والتجارة والتموين").
const ARABIC_DEFINITE = /^(?:و|ف)?(?:ب|ل)?(?:ال|لل)/u;
// A sentence mark between two words ends a name; a comma only where the name clearly goes on.
const BREAK = /[.;:!?()[\]"«»“”—–]/u;
const ZH_HEADS = new Set(['部']);
const ZH_LINKS = new Set(['和', '与', '及']);
/** A name has a few words; more is a sentence. Without capitals ("the ministry of trade") fewer. */
const MAX_NAME_WORDS = 6;
const MAX_LOWER_NAME_WORDS = 2;

type Script = 'latin' | 'cyrillic' | 'arabic';
const scriptOf = (t: Token): Script | undefined =>
  /\p{Script=Latin}/u.test(t.text)
    ? 'latin'
    : /\p{Script=Cyrillic}/u.test(t.text)
      ? 'cyrillic'
      : /\p{Script=Arabic}/u.test(t.text)
        ? 'arabic'
        : undefined;

const isLatinStop = (folded: string) => STOP.en.has(folded) || STOP.fr.has(folded) || STOP.es.has(folded);
const isUpper = (t: Token) => /^\p{Lu}/u.test(t.text);

function isHead(t: Token, script: Script): boolean {
  if (t.fixed !== undefined) return false;
  if (script === 'latin') return LATIN_HEADS.has(t.folded);
  if (script === 'cyrillic') return CYRILLIC_HEAD.test(t.folded);
  return ARABIC_HEAD.test(t.folded);
}

/** Whether `t` can be a word of the name a head begins (links are handled apart). */
function nameWord(t: Token, script: Script, capitalised: boolean): boolean {
  if (t.fixed !== undefined) return t.fixed === null;
  if (script === 'latin') return !isLatinStop(t.folded) && (!capitalised || isUpper(t));
  if (script === 'cyrillic')
    return (
      !STOP.ru.has(t.folded) &&
      !RU_DOMAIN_STEMS.has(stem(t.folded, 'ru')) &&
      GENITIVE.test(t.folded) &&
      !RU_VERB.test(t.folded)
    );
  return ARABIC_DEFINITE.test(t.folded) && !STOP.ar.has(t.folded);
}

/** Indexes of the tokens that are a ministry's name (head and name words, not a trailing link). */
function nameTokens(tokens: readonly Token[], text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const script = scriptOf(head);
    if (!script || !isHead(head, script)) continue;
    out.add(i);
    const capitalised = script === 'latin' && isUpper(head);
    const links = script === 'latin' ? LATIN_LINKS : script === 'cyrillic' ? CYRILLIC_LINKS : undefined;
    const max = script === 'latin' && !capitalised ? MAX_LOWER_NAME_WORDS : MAX_NAME_WORDS;
    let words = 0;
    let pending: number[] = [];
    for (let j = i + 1; j < tokens.length && words < max; j++) {
      const t = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      if (BREAK.test(gap)) break;
      if (links?.has(t.folded)) {
        pending.push(j);
        continue;
      }
      // "Ministry of Industry, Commerce and Supplies": a comma goes on to a capitalised word (or,
      // in Russian and Arabic, to another word of the name); "…of Economy, need training" ends.
      if (gap.includes(',') && script === 'latin' && !isUpper(t)) break;
      if (scriptOf(t) !== script || !nameWord(t, script, capitalised)) break;
      // "Ministry of …" needs a word after the link; "the ministry to…" is the head alone.
      if (script === 'latin' && words === 0 && pending.length === 0 && !capitalised) break;
      for (const p of pending) out.add(p);
      pending = [];
      out.add(j);
      i = j;
      words++;
    }
  }
  return out;
}

/**
 * Chinese: the words of a name ending in a 部 that is a word of its own ("工业、商务和供应部"),
 * back to the first word not joined by 和, 与, 及 or 、; a word of one character before 部 is no
 * ministry (一部, 全部 and 内部 are other words).
 */
function hanNameWords(han: readonly HanWord[], text: string): Set<number> {
  const out = new Set<number>();
  han.forEach((w, i) => {
    const before = han[i - 1];
    if (!ZH_HEADS.has(w.text) || !before || [...before.text].length < 2 || ZH_FUNCTION_WORDS.has(before.text))
      return;
    out.add(i);
    let k = i - 1;
    let words = 0;
    while (k >= 0 && words < MAX_NAME_WORDS) {
      const word = han[k]!;
      if (ZH_FUNCTION_WORDS.has(word.text) && !ZH_LINKS.has(word.text)) break;
      out.add(k);
      words++;
      const previous = han[k - 1];
      if (!previous) break;
      const gap = text.slice(previous.start + previous.text.length, word.start);
      const linked = gap === '、' || ZH_LINKS.has(previous.text);
      if (gap && gap !== '、') break;
      if (!linked) break;
      if (ZH_LINKS.has(previous.text)) out.add(k - 1);
      k -= ZH_LINKS.has(previous.text) ? 2 : 1;
    }
  });
  return out;
}

/** The query's words without a ministry's name. */
export function withoutInstitutionNames(
  words: { readonly tokens: readonly Token[]; readonly han: readonly HanWord[] },
  text: string,
): { tokens: Token[]; han: HanWord[] } {
  const names = nameTokens(words.tokens, text);
  const hanNames = hanNameWords(words.han, text);
  return {
    tokens: words.tokens.filter((_, i) => !names.has(i)),
    han: words.han.filter((_, i) => !hanNames.has(i)),
  };
}
