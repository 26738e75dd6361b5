// Why a program was offered, in the user's own words: the meaningful words that matched (never a
// stop word or a generic one, never a fragment — Chinese bigrams are shown as the stretch the user
// typed, and words joined by a hyphen or a space stay together), and "words → concept" where only
// the concept layer linked them ("counterfeiting → building respect for IP").
import type { Concept, Lang } from '../../knowledge/types.js';
import type { QueryAnalysis } from './analyze.js';
import type { Contribution } from './rank.js';

export interface MatchReason {
  /** The user's words, as typed. */
  readonly words: readonly string[];
  /** Set when the words matched through a concept: its id and its label in the asked language. */
  readonly concept?: { readonly id: string; readonly label: string };
}

const MAX_REASONS = 4;

interface Span {
  start: number;
  end: number;
  score: number;
  /** False for a generic word: shown only as part of a longer stretch. */
  meaningful: boolean;
}

interface Match {
  readonly group: number;
  readonly term?: string;
  readonly score: number;
  readonly meaningful: boolean;
}

/** The span of the user's text a matched term stands for. */
function spanOf(analysis: QueryAnalysis, m: Match): Span | undefined {
  const g = analysis.groups[m.group];
  if (!g) return undefined;
  const alt = g.alternatives.find((a) => a.term === m.term);
  // A one-character Chinese "word" is a segmentation fragment: show the bigram that matched
  // ("苗" + "苗绣" -> "苗绣"). A longer word is shown as the word.
  const widen = g.han && g.end - g.start === 1 && alt?.start !== undefined;
  return {
    start: widen ? Math.min(g.start, alt.start!) : g.start,
    end: widen ? Math.max(g.end, alt.end!) : g.end,
    score: m.score,
    meaningful: m.meaningful,
  };
}

/**
 * Spans that overlap, touch, or are separated only by a space, a hyphen or an apostrophe merge
 * ("最不" + "发达" -> "最不发达", "knock" + "offs" -> "knock-offs"). Stretches made only of generic
 * words are dropped.
 */
function merge(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || /^[\s\-‐–'’]*$/u.test(text.slice(last.end, s.start)))) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
      last.meaningful ||= s.meaningful;
    } else out.push({ ...s });
  }
  return out.filter((s) => s.meaningful);
}

function spans(analysis: QueryAnalysis, matches: readonly Match[]): Span[] {
  return merge(
    analysis.text,
    matches.map((m) => spanOf(analysis, m)).filter((s): s is Span => s !== undefined),
  );
}

/** An arrow that points from the words to the concept in the script's reading direction. */
const arrow = (lang: Lang) => (lang === 'ar' ? '←' : '→');

export function explain(
  analysis: QueryAnalysis,
  contributions: readonly Contribution[],
  conceptById: ReadonlyMap<string, Concept>,
  lang: Lang,
): { reasons: MatchReason[]; matched: string[] } {
  const text = (s: Span) => analysis.text.slice(s.start, s.end);
  const entries: { reason: MatchReason; score: number; text: string; spans: Span[] }[] = [];
  const covered = (s: Span, by: readonly Span[]) => by.some((o) => o.start <= s.start && s.end <= o.end);

  const direct: Match[] = contributions
    .filter((c) => c.group !== undefined)
    .map((c) => ({ group: c.group!, term: c.term, score: c.score, meaningful: !c.generic }));
  const directSpans = spans(analysis, direct);
  const shownSpans: Span[] = [...directSpans];
  for (const c of contributions) {
    const concept = c.concept ? conceptById.get(c.concept) : undefined;
    if (!concept || !c.conceptWords) continue;
    const matches = c.conceptWords.map((w) => ({ ...w, score: c.score, meaningful: true }));
    // Words already shown say enough; the concept adds only what they did not.
    const fresh = spans(analysis, matches).filter((s) => !covered(s, shownSpans));
    if (fresh.length === 0) continue;
    shownSpans.push(...fresh);
    const words = [...new Set(fresh.map(text))];
    const label = concept.label[lang];
    entries.push({
      reason: { words, concept: { id: concept.id, label } },
      score: c.score,
      text: `${words.join('/')} ${arrow(lang)} ${label}`,
      spans: fresh,
    });
  }
  const conceptSpans = entries.flatMap((e) => e.spans);
  const seen = new Set<string>();
  for (const s of directSpans) {
    const word = text(s);
    // A word inside a concept's stretch ("عادلا" in "نصيبا عادلا") is told there.
    if (covered(s, conceptSpans) || seen.has(word.toLocaleLowerCase(lang))) continue;
    seen.add(word.toLocaleLowerCase(lang));
    entries.push({ reason: { words: [word] }, score: s.score, text: word, spans: [s] });
  }
  entries.sort((a, b) => b.score - a.score);
  const top = entries.slice(0, MAX_REASONS);
  return { reasons: top.map((e) => e.reason), matched: top.map((e) => e.text) };
}
