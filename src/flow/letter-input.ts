// The letter request the interview's answers amount to, in the shape the letters module takes
// (fixed by the letters issue: type, lang, country, programId, date, sender, details).
type Values = Readonly<Record<string, unknown>>;

/** The interview's plan kinds, as the letter input names them. */
const PLAN_REFERENCE: Record<string, string> = {
  'country-plan': 'country-plan',
  'ip-strategy': 'national-ip-strategy',
  'wipo-project': 'wipo-project',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function buildLetterInput(values: Values): Record<string, unknown> {
  const type = str(values.letterType) ?? 'new-assistance';
  const details: Record<string, string> = {};
  for (const [key, from] of [
    ['purpose', 'purpose'],
    ['developmentGoals', 'developmentGoals'],
    ['expectedResults', 'expectedResults'],
    ['beneficiaries', 'beneficiaries'],
    ['period', 'period'],
    ['project', 'project'],
    ['justification', 'justification'],
    ['partners', 'partners'],
    ['readiness', 'readinessText'],
  ] as const) {
    const v = str(values[from]);
    if (v) details[key] = v;
  }
  return {
    type,
    lang: str(values.letterLang) ?? 'en',
    country: str(values.country),
    ...(str(values.program) ? { programId: str(values.program) } : {}),
    ...(str(values.start) ? { date: str(values.start) } : {}),
    sender: {
      name: str(values.senderName),
      title: str(values.senderTitle),
      institution: str(values.institution),
    },
    details,
    ...(values.partOfPlan === 'yes' && str(values.planKind)
      ? { planReference: { kind: PLAN_REFERENCE[str(values.planKind)!] ?? 'country-plan' } }
      : {}),
  };
}
