// Multi-word expressions read as one unit before words are stemmed one by one. "Least developed
// countries" must not fall apart into "develop" (which "developing countries" also gives), "small and
// medium-sized enterprises" must meet "SMEs", and "intellectual property" / "technical assistance" /
// the Organization's own name are in every request, so they are dropped as a whole.
import { foldText } from './normalize.js';

export interface Token {
  /** The word as typed. */
  readonly text: string;
  /** Lower case, accents and Arabic letter variants folded. */
  readonly folded: string;
  /** UTF-16 offsets in the original text. */
  readonly start: number;
  readonly end: number;
  /** Set when a phrase rule replaced the words: the one term they stand for, or null to drop them. */
  readonly fixed?: string | null;
}

interface PhraseRule {
  readonly pattern: string;
  readonly term: string | null;
}

// Patterns run over the folded words joined by single spaces; `\S*` before an Arabic word lets
// its proclitics (ال، و، ب، ل، لل) through. The first rule that matches a span wins.
const RULES: readonly PhraseRule[] = [
  { pattern: 'world intellectual property organi[sz]ations?', term: null },
  { pattern: 'organisation mondiale de la propriete intellectuelle', term: null },
  { pattern: 'organizacion mundial de la propiedad intelectual', term: null },
  { pattern: 'всемирн\\S* организац\\S* интеллектуальн\\S* собственност\\S*', term: null },
  { pattern: '\\S*منظمه \\S*عالميه \\S*ملكيه \\S*فكريه', term: null },
  { pattern: 'intellectual property', term: null },
  { pattern: 'propriete intellectuelle', term: null },
  { pattern: 'propiedad intelectual', term: null },
  { pattern: 'интеллектуальн\\S* собственност\\S*', term: null },
  { pattern: '\\S*ملكيه \\S*فكريه', term: null },
  { pattern: 'technical assistance', term: null },
  { pattern: 'assistance technique', term: null },
  { pattern: 'asistencia tecnica', term: null },
  { pattern: 'техническ\\S* (?:помощ|содейств)\\S*', term: null },
  { pattern: '\\S*مساعد\\S* \\S*(?:تقنيه|فنيه)', term: null },
  { pattern: 'least developed countr(?:y|ies)', term: 'ldc' },
  { pattern: 'pays (?:les )?moins avances?', term: 'ldc' },
  { pattern: 'pais(?:es)? menos adelantados?', term: 'ldc' },
  { pattern: 'наименее развит\\S* стран\\S*', term: 'ldc' },
  { pattern: '\\S*(?:اقل|اشد) \\S*(?:بلدان|دول) \\S*نموا', term: 'ldc' },
  { pattern: 'small and medium(?: sized)? (?:enterprises?|businesses|companies|firms)', term: 'sme' },
  { pattern: 'petites et moyennes entreprises', term: 'sme' },
  { pattern: '(?:micro )?pequenas y medianas empresas', term: 'sme' },
  { pattern: 'мал\\S* и средн\\S* (?:предприят|бизнес|компан)\\S*', term: 'sme' },
  { pattern: '\\S*(?:شركات|مؤسسات|منشات|مشروعات|مشاريع) \\S*صغيره \\S*متوسطه', term: 'sme' },
  { pattern: 'united nations', term: 'un' },
  { pattern: 'nations unies', term: 'un' },
  { pattern: 'naciones unidas', term: 'un' },
  { pattern: 'организац\\S* объединенных наций', term: 'un' },
  { pattern: '\\S*امم \\S*متحده', term: 'un' },
  { pattern: 'r d|i d', term: 'rnd' },
  { pattern: 'start ups?', term: 'startup' },
  { pattern: 'e learning', term: 'elearning' },
  { pattern: 'know how', term: 'knowhow' },
];

// One alternation for all rules (each rule one capturing group, in priority order), so a text is
// scanned once whatever the number of rules.
const COMBINED = new RegExp(`(?<=^| )(?:${RULES.map((r) => `(${r.pattern})`).join('|')})(?= |$)`, 'gu');

/** Replaces each phrase by one token (its term, or null to drop it), keeping the span as typed. */
export function applyPhrases(tokens: readonly Token[], original: string): Token[] {
  if (tokens.length < 2) return [...tokens];
  const starts: number[] = [];
  let joined = '';
  for (const t of tokens) {
    if (joined) joined += ' ';
    starts.push(joined.length);
    joined += t.folded;
  }
  const tokenAt = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return i;
  };
  const taken = new Array<boolean>(tokens.length).fill(false);
  const replaced = new Map<number, Token>();
  for (const m of joined.matchAll(COMBINED)) {
    const rule = RULES[m.slice(1).findIndex((g) => g !== undefined)];
    const first = tokenAt(m.index);
    const last = tokenAt(m.index + m[0].length - 1);
    if (!rule || last === first) continue;
    for (let i = first; i <= last; i++) taken[i] = true;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    replaced.set(first, {
      text: original.slice(start, end),
      folded: foldText(original.slice(start, end)),
      start,
      end,
      fixed: rule.term,
    });
  }
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const r = replaced.get(i);
    if (r) out.push(r);
    else if (!taken[i]) out.push(t);
  });
  return out;
}
