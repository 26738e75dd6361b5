// What a button or card sends back: `{choice, step}` from a tap, `{form, step, <field>: …}` from a
// form. Anything else a client sends as `value` is ignored, never trusted.
export interface ButtonValue {
  /** The value of the tapped choice. */
  readonly choice?: string;
  /** The step whose question offered it, so a tap on an older card is recognised. */
  readonly step?: string;
  /** A submitted form's id, with its fields' values keyed by step id. */
  readonly form?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

const MAX_FIELD = 4000;

export function buttonValueOf(value: unknown): ButtonValue | undefined {
  if (typeof value === 'string') return { choice: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const s = (x: unknown) => (typeof x === 'string' && x.length <= 200 ? x : undefined);
  const choice = s(v.choice);
  const step = s(v.step);
  const form = s(v.form);
  if (form) {
    const fields: Record<string, string> = Object.create(null);
    for (const [k, x] of Object.entries(v))
      if (k !== 'form' && k !== 'step' && k !== 'choice' && typeof x === 'string')
        fields[k] = x.slice(0, MAX_FIELD);
    return { form, fields, ...(step ? { step } : {}) };
  }
  if (choice === undefined) return undefined;
  return { choice, ...(step ? { step } : {}) };
}
