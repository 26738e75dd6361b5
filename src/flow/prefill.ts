// Answers the interview already knows and should not ask for: the project to join is the program
// chosen, named in the letter's language. The user sees it said, and can change it on the review.
import type { StepDef } from '../../dialogs/steps.js';
import { isLang } from '../knowledge/schema.js';
import { chosenProgram } from './presenters.js';
import type { FlowContext } from './types.js';
import type { Values } from './values.js';

type Prefill = (ctx: FlowContext, values: Values) => string | undefined;

const PREFILL: Readonly<Record<NonNullable<StepDef['prefill']>, Prefill>> = {
  programName(ctx, values) {
    const program = chosenProgram(ctx, values);
    const lang = isLang(values.letterLang) ? values.letterLang : undefined;
    return program && lang ? program.name[lang] : undefined;
  },
};

export function prefillFor(ctx: FlowContext, step: StepDef, values: Values): string | undefined {
  return step.prefill ? PREFILL[step.prefill](ctx, values) : undefined;
}
