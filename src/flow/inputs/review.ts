// The review screen's answer: "Draft the letter" (or a yes), or a line to change.
import { STEP_BY_ID } from '../../../dialogs/steps.js';
import { lineNamed } from '../review.js';
import { parseYesNo } from '../understand/yes-no.js';
import type { InputDef } from './types.js';

export const reviewInput: InputDef = {
  parse({ ctx, state, lang }, { text, value }) {
    if (value === 'draft' || (!value && parseYesNo(ctx, text)?.value === 'yes'))
      return { ok: true, value: 'confirmed' };
    const edit = value?.startsWith('edit:')
      ? value.slice(5)
      : value
        ? undefined
        : lineNamed(ctx, state, lang, text)?.id;
    if (edit && STEP_BY_ID.has(edit)) return { ok: 'edit', stepId: edit };
    return { ok: false, hint: 'review' };
  },
  choices: () => [],
  display: () => '',
};
