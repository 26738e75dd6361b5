// A form as Adaptive Card inputs: one Input.Text per field, its id the step it answers, so the
// client sends `{<step id>: <value>, …}` merged into the submit's data. A value refused by the
// server comes back in `error`: Adaptive Cards show `errorMessage` only when the client's own
// check fails, so the error is also a visible line under the field. Every field has a placeholder
// (its label when none is given): Web Chat's screen-reader copy of a card names inputs by
// placeholder only, and an input without a name fails WCAG 4.1.2.
import type { Form } from '../../flow/types.js';
import type { Translate } from '../../present/translate.js';
import type { CardElement } from './adaptive-card.js';

export function formInputs(form: Form, t: Translate): CardElement[] {
  return form.fields.flatMap((f): CardElement[] => [
    {
      type: 'Input.Text',
      id: f.id,
      label: f.label,
      placeholder: f.placeholder ?? f.label,
      maxLength: f.maxLength,
      isRequired: f.required,
      isMultiline: f.multiline,
      ...(f.value ? { value: f.value } : {}),
      errorMessage: f.error ?? t('channels:form.required', { field: f.label }),
    },
    ...(f.error
      ? [
          {
            type: 'TextBlock',
            text: f.error,
            color: 'Attention',
            wrap: true,
            spacing: 'Small',
            size: 'Small',
          },
        ]
      : []),
  ]);
}
