// Answers the interview already knows and should not ask for: the kind of letter follows from how
// the program is requested (joining a project, or new assistance) and who writes (a Permanent
// Mission sends a note verbale); the project to join is the program chosen, named in the letter's
// language. The user sees each said, and can change it on the review screen.
import type { StepDef } from '../../dialogs/steps.js';
import { letterFor } from '../domain/request-kind.js';
import { isLang } from '../knowledge/schema.js';
import { chosenProgram } from './presenters.js';
import type { FlowContext } from './types.js';
import type { Values } from './values.js';

type Prefill = (ctx: FlowContext, values: Values) => string | undefined;

const PREFILL: Readonly<Record<NonNullable<StepDef['prefill']>, Prefill>> = {
  letterTypeFromRequest(ctx, values) {
    if (values.requester === 'mission') return 'note-verbale';
    const program = chosenProgram(ctx, values);
    return program ? letterFor(program) : undefined;
  },
  programName(ctx, values) {
    const program = chosenProgram(ctx, values);
    const lang = isLang(values.letterLang) ? values.letterLang : undefined;
    return program && lang ? program.name[lang] : undefined;
  },
};

export function prefillFor(ctx: FlowContext, step: StepDef, values: Values): string | undefined {
  return step.prefill ? PREFILL[step.prefill](ctx, values) : undefined;
}
