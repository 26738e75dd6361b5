// The letter request the interview's answers amount to, in the shape the letters module takes
// (fixed by the letters issue: type, lang, country, programId, date, sender, details).
type Values = Readonly<Record<string, unknown>>;

/** The interview's plan kinds, as the letter input names them. */
const PLAN_REFERENCE: Record<string, string> = {
  'country-plan': 'country-plan',
  'ip-strategy': 'national-ip-strategy',
  'wipo-project': 'wipo-project',
};

/** Letter detail field -> interview step. */
const DETAIL_FIELDS = [
  ['purpose', 'purpose'],
  ['developmentGoals', 'developmentGoals'],
  ['expectedResults', 'expectedResults'],
  ['beneficiaries', 'beneficiaries'],
  ['period', 'period'],
  ['project', 'project'],
  ['justification', 'justification'],
  ['partners', 'partners'],
  ['readiness', 'readinessText'],
] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The interview's answers a stored letter input amounts to (the inverse of buildLetterInput). */
export function answersFromLetterInput(input: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (id: string, v: unknown) => {
    if (typeof v === 'string' && v) out[id] = v;
  };
  const sender = (input.sender ?? {}) as Record<string, unknown>;
  const details = (input.details ?? {}) as Record<string, unknown>;
  put('letterType', input.type);
  put('letterLang', input.lang);
  put('country', input.country);
  put('program', input.programId);
  put('start', input.date);
  put('senderName', sender.name);
  put('senderTitle', sender.title);
  put('institution', sender.institution);
  for (const [key, from] of DETAIL_FIELDS) put(from, details[key]);
  const plan = (input.planReference as { kind?: string } | undefined)?.kind;
  const planKind = Object.entries(PLAN_REFERENCE).find(([, v]) => v === plan)?.[0];
  if (planKind) {
    out.partOfPlan = 'yes';
    out.planKind = planKind;
  }
  return out;
}

export function buildLetterInput(values: Values): Record<string, unknown> {
  const type = str(values.letterType) ?? 'new-assistance';
  const details: Record<string, string> = {};
  for (const [key, from] of DETAIL_FIELDS) {
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
