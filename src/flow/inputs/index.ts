// Input kinds as a table: the engine looks up a step's kind here and only dispatches. A new kind is
// one file beside this one and one line below.
import type { InputKind } from '../../../dialogs/steps.js';
import { choiceInput } from './choice.js';
import { contactInput } from './contact.js';
import { countryInput } from './country.js';
import { dateInput } from './date.js';
import { needInput } from './need.js';
import { programInput } from './program.js';
import { reviewInput } from './review.js';
import { textInput } from './text.js';
import type { InputDef } from './types.js';
import { yesNoUnknownInput } from './yes-no-unknown.js';

export const INPUTS: Readonly<Record<InputKind, InputDef>> = {
  country: countryInput,
  choice: choiceInput,
  program: programInput,
  'yes-no-unknown': yesNoUnknownInput,
  need: needInput,
  date: dateInput,
  text: textInput,
  contact: contactInput,
  review: reviewInput,
};
