// A course is not a project: "we want to take part in the distance learning course", "我们想参加…
// 课程" asks for a WIPO Academy course (applied for on the Academy's site, no letter), so the bare
// "take part", "参加" that would otherwise mean joining a project does not; and "WIPO学院" (the
// Academy) is not the requester's own university. Words in understand:course.
import type { FlowContext } from '../types.js';
import { PhraseIndex, listed, memo, phraseWords, sanitize, tokenize } from './text.js';

const MAX_CHARS = 2000;

const index = (ctx: FlowContext, key: string) =>
  memo(
    ctx,
    `course:${key}`,
    () =>
      new PhraseIndex(
        listed(ctx, `course.${key}`).map((p) => ({ words: phraseWords(p), value: true as const })),
      ),
  );

const spans = (ctx: FlowContext, key: string, text: string) => {
  const tokens = tokenize(sanitize(text).slice(0, MAX_CHARS));
  return index(ctx, key)
    .all(tokens)
    .map((m) => ({ start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end }));
};

/** A course (or the Academy) named, and no project: "join" there means taking the course. */
export function namesCourseNotProject(ctx: FlowContext, text: string): boolean {
  return (
    (spans(ctx, 'words', text).length > 0 || spans(ctx, 'academy', text).length > 0) &&
    spans(ctx, 'project', text).length === 0
  );
}

/** The text with the Academy's name blanked ("WIPO学院" is not a university that asks). */
export function withoutAcademyName(ctx: FlowContext, text: string): string {
  let out = text;
  for (const s of spans(ctx, 'academy', text))
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
