// The letter request the interview's answers amount to, in the shape the letters module takes
// (type, lang, country, programId, date, sender, details). Which answer goes where is declared on
// the steps (StepDef.letter), so a new letter field is one step, not a list to keep in step.
import { STEPS } from '../../dialogs/steps.js';
import { str, type Values } from './values.js';

/** The interview's plan kinds, as the letter input names them. */
const PLAN_REFERENCE: Record<string, string> = {
  'country-plan': 'country-plan',
  'ip-strategy': 'national-ip-strategy',
  'wipo-project': 'wipo-project',
};

const FED = STEPS.flatMap((s) => (s.letter ? [[s.id, s.letter.split('.')] as const] : []));

function getPath(obj: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let v: unknown = obj;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = obj;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path.at(-1)!] = value;
}

/** The interview's answers a stored letter input amounts to (the inverse of buildLetterInput). */
export function answersFromLetterInput(input: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, path] of FED) {
    const v = getPath(input, path);
    if (typeof v === 'string' && v) out[id] = v;
  }
  const plan = (input.planReference as { kind?: string } | undefined)?.kind;
  const planKind = Object.entries(PLAN_REFERENCE).find(([, v]) => v === plan)?.[0];
  if (planKind) {
    out.partOfPlan = 'yes';
    out.planKind = planKind;
  }
  return out;
}

/** `asked`: the steps that apply now; an answer to a step that no longer applies (project details
 * after the letter became a new-assistance request) stays out of the letter. */
export function buildLetterInput(values: Values, asked?: ReadonlySet<string>): Record<string, unknown> {
  const input: Record<string, unknown> = { type: 'new-assistance', lang: 'en', sender: {}, details: {} };
  for (const [id, path] of FED) {
    if (asked && !asked.has(id)) continue;
    const v = str(values[id]);
    if (v) setPath(input, path, v);
  }
  const planKind = str(values.planKind);
  if (values.partOfPlan === 'yes' && planKind)
    input.planReference = { kind: PLAN_REFERENCE[planKind] ?? 'country-plan' };
  return input;
}
