// Which country a user means: from a name typed on its own (the country step, GET /api/countries)
// or named inside a sentence ("We're in Tanzania.", "Мы из Кыргызстана.", "بالسنغال", "我们在肯尼亚").
// Names come from the UN lists (short and formal, six languages), Intl.DisplayNames and the aliases
// in knowledge/, and national IP offices' names (ip-offices.json: "KIPI" is Kenya's); comparison
// ignores case, accents and articles.
import { LANGS } from '../knowledge/schema.js';
import type { Knowledge } from '../knowledge/types.js';
import {
  arabicForms,
  arabicNameForms,
  foldName,
  russianForms,
  withoutLeadingArticle,
} from './country-forms.js';

export type CountryMatch =
  | { readonly kind: 'one'; readonly code: string; readonly exact: boolean }
  | { readonly kind: 'several'; readonly codes: readonly string[] }
  | { readonly kind: 'none' };

export type CountryMatchKnowledge = Pick<Knowledge, 'countries' | 'countryNames' | 'countryAliases'> &
  Partial<Pick<Knowledge, 'officeCountryNames'>>;

/** A candidate and how well the text names it: 100 a name, 90 part of one, 85 named in a sentence, below that a prefix or a near miss. */
export interface CountryHit {
  readonly code: string;
  readonly score: number;
}

/** Names that are ordinary words too: inside a sentence they count only after a word such as "in" or "из". */
const ORDINARY = new Set(
  [
    ...['chad', 'china', 'chile', 'turkey', 'guinea', 'jordan', 'georgia', 'panama', 'japan', 'israel'],
    ...['benin', 'maurice', 'dominique', 'grenade', 'chili', 'granada', 'malta', 'mauricio', 'cuba'],
    ...['того', 'перу', 'чад', 'куба', 'чили', 'мали', 'مالي', 'عمان'],
  ].map(foldName),
);
/** Of those, the ones so common in lower case ("из того, что…", "un cas bénin") that only a capital letter names the country. */
const CAPITAL_ONLY = new Set(
  [
    ...['того', 'перу', 'чад', 'куба', 'чили'],
    ...['chile', 'benin', 'maurice', 'dominique', 'grenade', 'granada', 'mauricio'],
  ].map(foldName),
);
/** Words that put a place after them, in the six languages (folded). */
const PLACE_WORDS = new Set(
  [
    ...['in', 'from', 'of', 'to', 'for', 'at', 'across', 'throughout', 'within', 'inside'],
    ...[
      'en',
      'au',
      'aux',
      'du',
      'des',
      'de',
      'd',
      'l',
      'la',
      'le',
      'pour',
      'vers',
      'del',
      'desde',
      'para',
      'hacia',
      'el',
    ],
    ...['в', 'во', 'из', 'на', 'для', 'с', 'со', 'по', 'к', 'ко', 'у'],
    ...['في', 'من', 'إلى', 'الى', 'عن', 'مع', 'دولة', 'جمهورية', 'حكومة'],
  ].map(foldName),
);

interface MentionEntry {
  readonly codes: readonly string[];
  /** Accepted forms of each word of the name, in order. */
  readonly words: readonly ReadonlySet<string>[];
  readonly ordinary: boolean;
  readonly capital: boolean;
  /** An abbreviation ("UK", "США"): in a sentence it must be written in capitals. */
  readonly caps: boolean;
}

interface CountryIndex {
  readonly names: ReadonlyMap<string, ReadonlySet<string>>;
  readonly parts: ReadonlyMap<string, ReadonlySet<string>>;
  readonly codes: ReadonlyMap<string, string>;
  /** IP offices' names: a whole name or a sentence names the country, a prefix or near miss does not ("Patent" is no office). */
  readonly offices: ReadonlyMap<string, ReadonlySet<string>>;
  /** Non-Han names by the forms of their first word. */
  readonly mention: ReadonlyMap<string, readonly MentionEntry[]>;
  readonly han: ReadonlyMap<string, ReadonlySet<string>>;
}

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const isArabic = (s: string) => /\p{Script=Arabic}/u.test(s);

function addTo(map: Map<string, Set<string>>, key: string, codes: readonly string[]): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  for (const c of codes) set.add(c);
}

/** A name's comparison key and its words, without a leading article. */
function keyOf(name: string): { key: string; words: readonly string[] } {
  const words = withoutLeadingArticle(foldName(name).split(' ').filter(Boolean));
  return { key: words.join(' '), words };
}

function wordForms(word: string, original: string): ReadonlySet<string> {
  if (/\p{Script=Cyrillic}/u.test(word)) return new Set([word, ...russianForms(original)]);
  if (isArabic(word)) return new Set(arabicNameForms(word));
  return new Set([word]);
}

/** The original words of a name, aligned with its folded words, for Russian declension. */
function originalWords(name: string): string[] {
  return name
    .replace(/[’'ʼ`´‘\-‐‑‒–—―()[\]{}（）«»“”",.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const indexes = new WeakMap<object, CountryIndex>();

function buildIndex(k: CountryMatchKnowledge): CountryIndex {
  const names = new Map<string, Set<string>>();
  const parts = new Map<string, Set<string>>();
  const codes = new Map<string, string>();
  const offices = new Map<string, Set<string>>();
  const han = new Map<string, Set<string>>();
  const mention = new Map<string, MentionEntry[]>();

  const addMention = (name: string, list: readonly string[], caps = false) => {
    const { key, words } = keyOf(name);
    if (!key) return;
    if (isHan(key)) return addTo(han, key.replace(/\s+/g, ''), list);
    const originals = withoutLeadingArticle(originalWords(name));
    const forms = words.map((w, i) => wordForms(w, originals.length === words.length ? originals[i]! : w));
    const one = words.length === 1;
    const entry: MentionEntry = {
      codes: list,
      words: forms,
      ordinary: one && ORDINARY.has(key),
      capital: one && CAPITAL_ONLY.has(key),
      caps,
    };
    for (const f of forms[0]!) {
      let bucket = mention.get(f);
      if (!bucket) mention.set(f, (bucket = []));
      bucket.push(entry);
    }
  };
  const addName = (name: string, list: readonly string[], opts: { caps?: boolean } = {}) => {
    const { key, words } = keyOf(name);
    addTo(names, key, list);
    // Arabic names are also written without their article ("سنغال").
    if (isArabic(key) && words.length) {
      for (const core of arabicNameForms(words[0]!)) addTo(names, [core, ...words.slice(1)].join(' '), list);
    }
    addMention(name, list, opts.caps);
  };

  const displayNames = LANGS.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  const unNames = new Map(k.countryNames.map((n) => [n.code, n]));
  for (const c of k.countries) {
    codes.set(c.code, c.code);
    const un = unNames.get(c.code);
    if (un) codes.set(un.iso3, c.code);
    for (const lang of LANGS) {
      if (un) {
        addName(un.short[lang], [c.code]);
        addName(un.formal[lang], [c.code]);
        // "Bolivia (Plurinational State of)": the name before the bracket is what people type.
        const bare = un.short[lang].replace(/\s*[(（].*$/u, '');
        if (bare !== un.short[lang]) addName(bare, [c.code]);
      }
    }
    for (const dn of displayNames) {
      const name = dn.of(c.code);
      if (!name) continue;
      addName(name, [c.code]);
      // "Congo - Kinshasa", "Myanmar (Burma)", "刚果（金）": each part is something people type.
      for (const part of name.split(/\s+[-–]\s+|[()（）]/u)) {
        const { key } = keyOf(part);
        if (key && key !== keyOf(name).key && (isHan(key) ? key.length >= 2 : key.length >= 3))
          addTo(parts, key, [c.code]);
      }
    }
  }
  const caps = (name: string) => /^[\p{Lu}\d]{2,}$/u.test(name);
  for (const [alias, target] of Object.entries(k.countryAliases)) {
    const list = typeof target === 'string' ? [target] : target;
    addName(alias, list, { caps: caps(alias) });
  }
  for (const { name, code } of k.officeCountryNames ?? []) {
    addTo(offices, keyOf(name).key, [code]);
    addMention(name, [code], caps(name));
  }
  return { names, parts, codes, offices, mention, han };
}

function indexFor(k: CountryMatchKnowledge): CountryIndex {
  let index = indexes.get(k.countries);
  if (!index) indexes.set(k.countries, (index = buildIndex(k)));
  return index;
}

interface Token {
  readonly original: string;
  readonly folded: string;
  readonly han: boolean;
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const s of wordSegmenter.segment(text)) {
    if (!s.isWordLike) continue;
    // "d'Ivoire", "l'Inde", "We're": the segmenter keeps the apostrophe inside the word.
    for (const piece of s.segment.split(/[’'ʼ‘]/)) {
      const folded = foldName(piece);
      if (folded) out.push({ original: piece, folded, han: isHan(piece) });
    }
  }
  return out;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly codes: readonly string[];
}

function mentionSpans(index: CountryIndex, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.han) {
      let joined = '';
      for (let j = i; j < tokens.length && j < i + 8 && tokens[j]!.han; j++) {
        joined += tokens[j]!.folded;
        const hit = joined.length >= 2 ? index.han.get(joined) : undefined;
        if (hit) spans.push({ start: i, end: j + 1, codes: [...hit] });
      }
      continue;
    }
    const firsts = isArabic(t.folded) ? arabicForms(t.folded) : [{ form: t.folded, clitic: false }];
    for (const { form, clitic } of firsts) {
      for (const entry of index.mention.get(form) ?? []) {
        const n = entry.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let w = 1; w < n && ok; w++) ok = entry.words[w]!.has(tokens[i + w]!.folded);
        if (!ok) continue;
        if (entry.caps && t.original !== t.original.toUpperCase()) continue;
        if (entry.ordinary) {
          const before = tokens[i - 1]?.folded;
          if (!clitic && !(before && PLACE_WORDS.has(before))) continue;
          if (entry.capital && !/^\p{Lu}/u.test(t.original)) continue;
        }
        spans.push({ start: i, end: i + n, codes: entry.codes });
      }
    }
  }
  // The longest name wins where names overlap: "South Sudan" is not also "Sudan".
  const kept: Span[] = [];
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function asMatch(codes: readonly string[], exact: boolean): CountryMatch {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) return { kind: 'one', code: unique[0]!, exact };
  return { kind: 'several', codes: unique.slice(0, 8) };
}

/**
 * The countries a sentence names ("We're in Tanzania.", "Nous sommes en Côte d'Ivoire.",
 * "в Казахстане", "بالسنغال", "我们在肯尼亚"), several when it names more than one. ISO codes are
 * never read inside a sentence ("IT", "in", "no" are words), nor names that are ordinary words
 * ("chad", "того") unless a word such as "in" or "из" puts them in place.
 */
export function findCountryMention(k: CountryMatchKnowledge, text: string): CountryMatch {
  const spans = mentionSpans(indexFor(k), tokenize(text.slice(0, 2000)));
  return asMatch(
    spans.flatMap((s) => s.codes),
    true,
  );
}

function editDistanceAtMost(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...cur) > max) return undefined;
    prev = cur;
  }
  const d = prev[b.length]!;
  return d <= max ? d : undefined;
}

/** Countries the text may name, best first (see CountryHit for the scores). */
export function searchCountries(k: CountryMatchKnowledge, text: string, limit = 10): CountryHit[] {
  const index = indexFor(k);
  const scores = new Map<string, number>();
  const score = (code: string, s: number) => scores.set(code, Math.max(scores.get(code) ?? 0, s));
  const trimmed = text.trim();
  // Codes only as typed in capitals: "NO" is Norway, "no" is an answer.
  if (/^[A-Z]{2,3}$/.test(trimmed)) {
    const code = index.codes.get(trimmed);
    if (code) score(code, 100);
  }
  const { key, words } = keyOf(trimmed);
  if (key) {
    const variants = [key];
    if (isArabic(key) && words.length)
      for (const { form } of arabicForms(words[0]!)) variants.push([form, ...words.slice(1)].join(' '));
    for (const v of variants) {
      for (const c of index.names.get(v) ?? []) score(c, 100);
      for (const c of index.offices.get(v) ?? []) score(c, 100);
      for (const c of index.parts.get(v) ?? []) score(c, 90);
      if (isHan(v)) for (const c of index.han.get(v.replace(/\s+/g, '')) ?? []) score(c, 100);
    }
  }
  if (scores.size === 0)
    for (const s of mentionSpans(index, tokenize(trimmed))) for (const c of s.codes) score(c, 85);
  const short = key.length >= (isHan(key) ? 2 : 3) && key.length <= 40 && words.length <= 4;
  if (scores.size === 0 && short) {
    for (const [name, codes] of index.names) {
      let s = 0;
      if (name.startsWith(key)) s = 70 - Math.min(9, (name.length - key.length) / 10);
      else if (key.length >= 4 && name.split(' ').some((w) => w.startsWith(key))) s = 60;
      if (s) for (const c of codes) score(c, s);
    }
  }
  if (scores.size === 0 && short && !isHan(key) && key.length >= 4) {
    const max = key.length >= 7 ? 2 : 1;
    for (const [name, codes] of index.names) {
      const d = editDistanceAtMost(key, name, max);
      if (d !== undefined) for (const c of codes) score(c, 50 - 5 * d);
    }
  }
  return [...scores]
    .map(([code, s]) => ({ code, score: Math.round(s * 10) / 10 }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, Math.max(1, limit));
}

/** The country a text typed on its own names: one, several to choose from, or none. */
export function matchCountry(k: CountryMatchKnowledge, text: string): CountryMatch {
  const hits = searchCountries(k, text, 50);
  const top = hits[0]?.score;
  if (top === undefined) return { kind: 'none' };
  if (top >= 85)
    return asMatch(
      hits.filter((h) => h.score === top).map((h) => h.code),
      top >= 90,
    );
  return asMatch(
    hits.map((h) => h.code),
    false,
  );
}
