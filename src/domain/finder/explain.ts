// Why a program was offered, in the user's own words: the meaningful words that matched (never a
// stop word, never a generic one, never a stray Chinese character — adjacent Chinese bigrams are
// shown as the stretch the user typed), and "word → concept" where only the concept layer linked
// them ("counterfeiting → building respect for IP").
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
}

/** Non-overlapping spans: overlapping or touching Chinese spans merge ("最不" + "不发" + "发达"). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
    } else out.push({ ...s });
  }
  return out;
}

/** The span of the user's text a matched term stands for (a Chinese bigram covers two characters). */
function spanOf(
  analysis: QueryAnalysis,
  group: number,
  term: string | undefined,
  score: number,
): Span | undefined {
  const g = analysis.groups[group];
  if (!g) return undefined;
  // The word as segmented, widened to the bigram that matched ("市场" + "场上" -> "市场上"), so the
  // user sees their word, never a fragment of it.
  const alt = g.alternatives.find((a) => a.term === term);
  return { start: Math.min(g.start, alt?.start ?? g.start), end: Math.max(g.end, alt?.end ?? g.end), score };
}

function wordsOf(
  analysis: QueryAnalysis,
  matches: readonly { group: number; term?: string; score: number }[],
): Span[] {
  const han: Span[] = [];
  const other: Span[] = [];
  for (const m of matches) {
    const span = spanOf(analysis, m.group, m.term, m.score);
    if (span) (analysis.groups[m.group]!.han ? han : other).push(span);
  }
  return [...other, ...mergeSpans(han)];
}

/** An arrow that points from the words to the concept in the script's reading direction. */
const arrow = (lang: Lang) => (lang === 'ar' ? '←' : '→');

export function explain(
  analysis: QueryAnalysis,
  contributions: readonly Contribution[],
  conceptById: ReadonlyMap<string, Concept>,
  lang: Lang,
): { reasons: MatchReason[]; matched: string[] } {
  const direct = contributions
    .filter((c) => c.group !== undefined && !c.generic)
    .map((c) => ({ group: c.group!, term: c.term, score: c.score }));
  const entries: { reason: MatchReason; score: number; text: string }[] = [];
  const shown = new Set<string>();
  const text = (s: Span) => analysis.text.slice(s.start, s.end);
  for (const s of wordsOf(analysis, direct)) {
    const word = text(s);
    if (shown.has(word.toLowerCase())) continue;
    shown.add(word.toLowerCase());
    entries.push({ reason: { words: [word] }, score: s.score, text: word });
  }
  for (const c of contributions) {
    if (!c.concept || !c.conceptWords) continue;
    const concept = conceptById.get(c.concept);
    if (!concept) continue;
    const words = wordsOf(
      analysis,
      c.conceptWords.map((w) => ({ ...w, score: c.score })),
    )
      .map(text)
      .filter((w) => !shown.has(w.toLowerCase()));
    // Words already shown on their own say enough; the concept adds only what they did not.
    if (words.length === 0) continue;
    words.forEach((w) => shown.add(w.toLowerCase()));
    const label = concept.label[lang];
    entries.push({
      reason: { words, concept: { id: concept.id, label } },
      score: c.score,
      text: `${words.join('/')} ${arrow(lang)} ${label}`,
    });
  }
  entries.sort((a, b) => b.score - a.score);
  const top = entries.slice(0, MAX_REASONS);
  return { reasons: top.map((e) => e.reason), matched: top.map((e) => e.text) };
}
