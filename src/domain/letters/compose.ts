// Composes a formal request to the Director General of WIPO (manual III(b)(iii)) as structured
// data, in the letter's language: the t() passed in is fixed to that language, whatever the chat
// language is. The requester's words go in verbatim; the wording around them comes from
// locales/<lang>/letter.json; routing chooses the copies; the lead-time rule checks the dates.
import { textDirection } from '../../knowledge/schema.js';
import type { Knowledge, Lang, Program, StrategicGoal, UnitId } from '../../knowledge/types.js';
import type { Translate } from '../../present/translate.js';
import { checkLeadTime } from '../lead-time.js';
import { route, type Route } from '../routing.js';
import type { Result } from '../result.js';
import { letterDate } from './dates.js';
import type { Align, Block, LetterDocument, Line, Segment } from './document.js';
import type { LetterInput, LetterType } from './input.js';
import { checkLanguages, type LanguageMismatch } from './language-check.js';

export type LetterWarning =
  | {
      readonly code: 'lead-time-tight' | 'lead-time-too-late';
      readonly field: 'date';
      readonly start: string;
      readonly monthsAvailable: number;
      readonly submitBy: string;
      readonly earliestStart: string;
    }
  | {
      readonly code: 'academy-application' | 'open-access' | 'program-not-for-country';
      readonly field: 'programId';
      readonly programId: string;
      readonly country: string;
      /** The unit to ask. */
      readonly unit: UnitId;
    }
  | {
      /** `confirm-route`: a fact behind the copies is unverified or pending. */
      readonly code: 'not-member' | 'developed' | 'confirm-route';
      readonly field: 'country';
      readonly country: string;
      readonly unit: UnitId;
    }
  | LanguageMismatch;

export type LetterError =
  | { readonly field: 'country'; readonly code: 'unknown-country' }
  | { readonly field: 'programId'; readonly code: 'unknown-program' }
  | { readonly field: 'expectedResultId'; readonly code: 'unknown-expected-result' | 'not-for-program' }
  | { readonly field: 'date'; readonly code: 'start-in-past' | 'invalid-date' };

export interface ComposedLetter {
  readonly document: LetterDocument;
  readonly warnings: readonly LetterWarning[];
  /** The units copied, in order: the unit routing chose first, then the LDC Division where it applies. */
  readonly cc: readonly UnitId[];
  readonly goal?: { readonly goalId: string; readonly resultId: string };
}

/** Where each language puts things; wording lives in the locale files, layout here. */
interface Layout {
  /** Date above the addressee, or below the signature (Chinese letters close with the date). */
  readonly dateAt: 'top' | 'bottom';
  readonly addressee: Align;
  readonly salutation: Align;
  readonly signature: Align;
}
const LAYOUT: Record<Lang, Layout> = {
  en: { dateAt: 'top', addressee: 'start', salutation: 'start', signature: 'start' },
  fr: { dateAt: 'top', addressee: 'end', salutation: 'start', signature: 'start' },
  es: { dateAt: 'top', addressee: 'start', salutation: 'start', signature: 'start' },
  // Russian letters: date with the city and the addressee (in the dative) top right, salutation centred.
  ru: { dateAt: 'top', addressee: 'end', salutation: 'center', signature: 'start' },
  zh: { dateAt: 'bottom', addressee: 'start', salutation: 'start', signature: 'end' },
  ar: { dateAt: 'top', addressee: 'start', salutation: 'start', signature: 'start' },
};

// A note verbale opens with the Mission's name as its subject; in English, French and Spanish the
// sentence needs the definite article, which people leave out when they type the name.
const ARTICLE: Partial<Record<Lang, readonly (readonly [RegExp, string])[]>> = {
  en: [[/^(?!the\s)/i, 'The ']],
  fr: [
    [/^(mission|délégation|representation|représentation)\b/iu, 'La '],
    [/^ambassade\b/iu, 'L’'],
  ],
  es: [[/^(misión|delegación|representación|embajada)\b/iu, 'La ']],
};
function articleFor(lang: Lang, name: string): string {
  return ARTICLE[lang]?.find(([re]) => re.test(name))?.[1] ?? '';
}

const SECTION_ORDER = {
  'new-assistance': [
    'purpose',
    'developmentGoals',
    'expectedResults',
    'beneficiaries',
    'project',
    'justification',
    'partners',
    'readiness',
    'period',
  ],
  project: [
    'project',
    'purpose',
    'justification',
    'developmentGoals',
    'expectedResults',
    'beneficiaries',
    'partners',
    'readiness',
    'period',
  ],
} as const;
type Flavour = keyof typeof SECTION_ORDER;
/** Fields whose heading differs between a request for assistance and one to join a project. */
const FLAVOURED = new Set(['purpose', 'expectedResults', 'period']);

const user = (text: string): Segment => ({ text, user: true });
const plain = (text: string): Segment => ({ text });
/** A line from a template whose variables are the requester's text: the variables stay marked as typed. */
function mixed(
  t: Translate,
  key: string,
  vars: Record<string, string>,
  userVars: Record<string, string> = {},
): Line {
  // Placeholders are found in the translated text by markers from the Private Use Area, which no
  // template contains.
  const marks = Object.keys(userVars);
  const markerOf = (name: string) => `\uE000${marks.indexOf(name)}\uE001`;
  const text = t(key, { ...vars, ...Object.fromEntries(marks.map((m) => [m, markerOf(m)])) });
  const line: Segment[] = [];
  for (const [i, piece] of text.split(/\uE000(\d+)\uE001/).entries()) {
    if (i % 2 === 1) line.push(user(userVars[marks[Number(piece)] as string] as string));
    else if (piece) line.push(plain(piece));
  }
  return line;
}
const block = (kind: Block['kind'], align: Align, lines: Line[], label?: string): Block =>
  label === undefined ? { kind, align, lines } : { kind, align, lines, label };

function findGoal(
  goals: readonly StrategicGoal[],
  resultId: string,
): { goal: StrategicGoal; name: Record<Lang, string> } | undefined {
  for (const goal of goals) {
    const r = goal.expectedResults.find((x) => x.id === resultId);
    if (r) return { goal, name: r.name };
  }
  return undefined;
}

function routeWarnings(r: Route, program: Program | undefined): LetterWarning[] {
  const out: LetterWarning[] = [];
  const where = { country: r.country, unit: r.primary };
  for (const reason of r.reasons) {
    if (reason.code === 'not-member' || reason.code === 'developed') {
      out.push({ code: reason.code, field: 'country', ...where });
    } else if (
      program &&
      (reason.code === 'academy-application' ||
        reason.code === 'open-access' ||
        reason.code === 'program-not-for-country')
    ) {
      out.push({ code: reason.code, field: 'programId', programId: program.id, ...where });
    }
  }
  if (r.confirm) out.push({ code: 'confirm-route', field: 'country', ...where });
  return out;
}

/** The later of two ISO dates: the request cannot reach WIPO before it is written, nor before today. */
const later = (a: string, b: string): string => (a > b ? a : b);

export function composeLetter(
  k: Knowledge,
  input: LetterInput,
  today: string,
  t: Translate,
): Result<ComposedLetter, LetterError> {
  const lang = input.lang;
  const layout = LAYOUT[lang];
  const country = k.countryByCode.get(input.country);
  if (!country) return { ok: false, error: { field: 'country', code: 'unknown-country' } };
  let program: Program | undefined;
  if (input.programId !== undefined) {
    program = k.programById.get(input.programId);
    if (!program) return { ok: false, error: { field: 'programId', code: 'unknown-program' } };
  }
  const resultId = input.expectedResultId ?? program?.expectedResults[0];
  const goal = resultId ? findGoal(k.goals, resultId) : undefined;
  if (resultId && !goal)
    return { ok: false, error: { field: 'expectedResultId', code: 'unknown-expected-result' } };
  if (input.expectedResultId && program && !program.expectedResults.includes(input.expectedResultId)) {
    return { ok: false, error: { field: 'expectedResultId', code: 'not-for-program' } };
  }

  const dated = input.letterDate ?? today;
  const routed = route(k, {
    country: country.code,
    date: dated,
    ...(program ? { programId: program.id } : {}),
  });
  if (!routed.ok) {
    const e = routed.error;
    return {
      ok: false,
      error:
        e.field === 'date'
          ? { field: 'date', code: 'invalid-date' }
          : e.field === 'country'
            ? { field: 'country', code: 'unknown-country' }
            : { field: 'programId', code: 'unknown-program' },
    };
  }
  const warnings: LetterWarning[] = routeWarnings(routed.value, program);

  if (input.date !== undefined) {
    const lt = checkLeadTime(k.leadTime, {
      today: later(today, dated),
      start: input.date,
      ...(program ? { request: program.request } : {}),
    });
    if (!lt.ok) {
      return {
        ok: false,
        error: { field: 'date', code: lt.error.code === 'start-in-past' ? 'start-in-past' : 'invalid-date' },
      };
    }
    const v = lt.value;
    if (v.status === 'tight' || v.status === 'too-late') {
      warnings.push({
        code: v.status === 'tight' ? 'lead-time-tight' : 'lead-time-too-late',
        field: 'date',
        start: input.date,
        monthsAvailable: v.monthsAvailable,
        submitBy: v.submitBy,
        earliestStart: v.earliestStart,
      });
    }
  }
  warnings.push(...checkLanguages(input));

  const cc: UnitId[] = [];
  for (const id of [routed.value.primary, ...routed.value.cc]) {
    if (id !== 'director-general' && !cc.includes(id)) cc.push(id);
  }

  const key = (k2: string) => `letter:${k2}`;
  const tt = (k2: string, vars?: Record<string, unknown>) => t(key(k2), vars);
  const dateText = letterDate(dated, lang);
  const programName = program?.name[lang];
  const flavour: Flavour =
    input.type === 'project' || (input.type === 'note-verbale' && input.details.project !== undefined)
      ? 'project'
      : 'new-assistance';
  const isNote = input.type === 'note-verbale';

  // --- pieces shared by letters and notes ---
  const dg = k.unitById.get('director-general');
  const street = dg?.address[1] ?? '34, chemin des Colombettes';
  const addressee = (align: Align): Block =>
    block('addressee', align, [
      [plain(tt('addressee.line1'))],
      [plain(tt('addressee.line2'))],
      [plain(street)],
      [plain(tt('addressee.city'))],
      [plain(tt('addressee.country'))],
    ]);
  const reference = input.reference
    ? [block('reference', 'start', [mixed(t, key('ref'), {}, { reference: input.reference })])]
    : [];

  const goalParagraph: Block[] = goal
    ? [
        block('paragraph', 'start', [
          [
            plain(
              tt('goal', {
                goalNumber: tt(`goal-number.${goal.goal.id}`),
                goal: goal.goal.name[lang],
                resultId,
                result: goal.name[lang],
              }),
            ),
          ],
        ]),
      ]
    : [];
  const plan = input.planReference;
  const planParagraph: Block[] = plan
    ? [
        block('paragraph', 'start', [
          plan.title
            ? mixed(t, key(`plan.${plan.kind}-titled`), {}, { title: plan.title })
            : [plain(tt(`plan.${plan.kind}`))],
        ]),
      ]
    : [];

  const sections: Block[] = [];
  let n = 0;
  const heading = (label: string) => {
    n += 1;
    return tt('section-heading', { numeral: tt(`numeral.${n}`), label });
  };
  if (isNote && input.onBehalfOf) {
    sections.push(block('section', 'start', [[user(input.onBehalfOf)]], heading(tt('section.requester'))));
  }
  for (const field of SECTION_ORDER[flavour]) {
    const text = input.details[field];
    if (text === undefined) continue;
    const label = tt(FLAVOURED.has(field) ? `section.${field}.${flavour}` : `section.${field}`);
    const lines: Line[] = text
      .split(/\n+/)
      .filter((l) => l.trim() !== '')
      .map((l) => [user(l)]);
    if (field === 'period' && input.date) {
      lines.push([plain(tt('start', { date: letterDate(input.date, lang) }))]);
    }
    sections.push(block('section', 'start', lines, heading(label)));
  }

  const ccBlock: Block[] = cc.length
    ? [
        block(
          'cc',
          'start',
          cc.map((id) => {
            const unit = k.unitById.get(id)!;
            const current = unit.currentNames
              .filter((c) => c.validFrom <= dated && (!c.validTo || dated < c.validTo))
              .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
            const name = unit.name[lang];
            const cur = current?.name[lang];
            return [plain(cur && cur !== name ? tt('cc.unit-current', { name, current: cur }) : name)];
          }),
          tt('cc.label'),
        ),
      ]
    : [];

  const introKey = (base: string) => (programName ? `${base}-program` : base);
  const senderContact: Line[] = [
    ...(input.sender.email ? [mixed(t, key('sender.email'), {}, { email: input.sender.email })] : []),
    ...(input.sender.phone ? [mixed(t, key('sender.phone'), {}, { phone: input.sender.phone })] : []),
  ];
  const countryLine: Line = [plain(countryName(k, country.code, lang))];
  const cityLine = (vars: { date: string }, city: string | undefined): Line =>
    city ? mixed(t, key('date.with-city'), vars, { city }) : [plain(tt('date.plain', vars))];

  let blocks: Block[];
  if (isNote) {
    const mission = input.sender.institution;
    blocks = [
      block('sender', 'start', [[user(mission)], ...senderContact]),
      ...reference,
      block('paragraph', 'start', [
        mixed(
          t,
          key(introKey(`nv.opening-${flavour}`)),
          { ...(programName ? { program: programName } : {}), article: articleFor(lang, mission) },
          { mission },
        ),
      ]),
      ...goalParagraph,
      ...planParagraph,
      ...sections,
      block('paragraph', 'start', [
        mixed(t, key('nv.contact'), {}, { name: input.sender.name, title: input.sender.title }),
      ]),
      block('paragraph', 'start', [[plain(tt('nv.thanks'))]]),
      block('closing', 'start', [[plain(tt('nv.closing'))]]),
      block('date', 'end', [
        input.city
          ? mixed(t, key('date.with-city'), { date: dateText }, { city: input.city })
          : [plain(tt('date.with-city', { date: dateText, city: tt('nv.city') }))],
      ]),
      addressee('start'),
      ...ccBlock,
    ];
  } else {
    const dateBlock = block('date', 'end', [cityLine({ date: dateText }, input.city)]);
    const subject = programName
      ? tt(`subject.${flavour}-program`, { program: programName })
      : tt(`subject.${flavour}`);
    blocks = [
      // The letterhead's content; the signatory's name and title go under the signature.
      block('sender', 'start', [
        [user(input.sender.institution)],
        input.city
          ? mixed(
              t,
              key('sender.place'),
              { country: countryName(k, country.code, lang, 'in-brackets') },
              { city: input.city },
            )
          : countryLine,
        ...senderContact,
      ]),
      ...reference,
      ...(layout.dateAt === 'top' ? [dateBlock] : []),
      addressee(layout.addressee),
      block('subject', 'start', [[plain(subject)]]),
      block(
        'salutation',
        layout.salutation,
        tt('salutation')
          .split('\n')
          .map((l) => [plain(l)]),
      ),
      block('paragraph', 'start', [
        [plain(tt(introKey(`intro.${flavour}`), programName ? { program: programName } : {}))],
      ]),
      ...goalParagraph,
      ...planParagraph,
      ...sections,
      block('paragraph', 'start', [[plain(tt('thanks'))]]),
      block('closing', 'start', [[plain(tt('closing'))]]),
      block('signature', layout.signature, [
        [user(input.sender.name)],
        [user(input.sender.title)],
        [user(input.sender.institution)],
      ]),
      ...(layout.dateAt === 'bottom' ? [block('date', layout.signature, dateBlock.lines as Line[])] : []),
      ...ccBlock,
    ];
  }

  return {
    ok: true,
    value: {
      document: {
        type: input.type,
        lang,
        dir: textDirection(lang),
        title: tt(`title.${isNote ? 'note-verbale' : flavour}`),
        blocks,
      },
      warnings,
      cc,
      ...(goal && resultId ? { goal: { goalId: goal.goal.id, resultId } } : {}),
    },
  };
}

/**
 * The sender's country by its UN short name in the letter's language (standalone, so no grammar to
 * fit); inside brackets ("La Paz (…)") a short name that has brackets of its own gives way to the
 * formal name ("Estado Plurinacional de Bolivia").
 */
function countryName(
  k: Pick<Knowledge, 'countryNameByCode'>,
  code: string,
  lang: Lang,
  where: 'alone' | 'in-brackets' = 'alone',
): string {
  const un = k.countryNameByCode.get(code);
  if (un && where === 'in-brackets' && /[(（]/.test(un.short[lang])) return un.formal[lang];
  return (
    un?.short[lang] ?? new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code
  );
}

export type { LetterType };
