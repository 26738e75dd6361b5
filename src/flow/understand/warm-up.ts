// The first call of each understanding module builds its word indexes and, for dates, has the
// regular-expression engine compile chrono's patterns for six scripts: about a second in all on
// the 2-core machines. The edge calls this once at start-up so no user waits for it.
import type { FlowContext } from '../types.js';
import { SYNONYM_SOURCES, choiceSynonyms, isRejection, matchChoice } from './choice.js';
import { parseDate } from './date.js';
import { matchLanguageAnswer } from './language.js';
import { parseYearPart, wholeYearIn, yearPartIn } from './period.js';
import { TEXT_FIELDS, cleanTextAnswer, declinesField, nameAndTitle, withoutAsides } from './text-answer.js';
import { parseYesNo } from './yes-no.js';
import { onlyThanks } from './thanks.js';
import { countryCorrection } from './country-correction.js';
import { matchRequester } from './requester.js';
import { withoutGreeting } from './greeting.js';
import { namesCourseNotProject, withoutAcademyName } from './course.js';
import { negated, speaksOfFuture } from './future-yes.js';

// One sample per script, so every chrono parser and every list is touched, and a bare answer so
// the yes/no reader goes past its first word.
const SAMPLES = ['next October 2027', 'в мае 2027', '明年10月', 'في أيار/مايو 2027', 'oui'];

function warmUpWith(ctx: FlowContext, text: string): void {
  const choice = [{ value: 'government', label: 'government' }];
  parseYesNo(ctx, text);
  onlyThanks(ctx, text);
  speaksOfFuture(ctx, text);
  speaksOfFuture(ctx, text, 'yesNo.sendVerbs');
  negated(ctx, text);
  countryCorrection(ctx, `no, ${text}`);
  parseDate(ctx, text);
  wholeYearIn(ctx, text);
  yearPartIn(ctx, text, ctx.today);
  parseYearPart(ctx, text, ctx.today);
  isRejection(ctx, text);
  matchLanguageAnswer(ctx, text);
  for (const source of SYNONYM_SOURCES) matchChoice(ctx, choice, text, choiceSynonyms(ctx, source));
  matchRequester(ctx, choice, text);
  withoutGreeting(ctx, text);
  namesCourseNotProject(ctx, withoutAcademyName(ctx, text));
  for (const field of TEXT_FIELDS) cleanTextAnswer(ctx, field, text);
  withoutAsides(ctx, text);
  declinesField(ctx, text);
  nameAndTitle(ctx, `${text}, ${text}`);
}

export function warmUpUnderstanding(ctx: FlowContext): void {
  for (const text of SAMPLES) warmUpWith(ctx, text);
}

/** The same, one sample at a time, awaiting `pause` after each (a server answers in between). */
export async function warmUpUnderstandingInSteps(
  ctx: FlowContext,
  pause: () => Promise<void>,
): Promise<void> {
  for (const text of SAMPLES) {
    warmUpWith(ctx, text);
    await pause();
  }
}
