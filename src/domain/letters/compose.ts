// Composes a formal request to the Director General of WIPO (manual III(b)(iii)) as structured
// data, in the letter's language: the t() passed in is fixed to that language, whatever the chat
// language is. The requester's words go in verbatim; the wording around them comes from
// locales/<lang>/letter.json; routing chooses the copies; the lead-time rule checks the dates.
import { textDirection } from '../../knowledge/schema.js';
import type { Knowledge, Lang, Program, StrategicGoal, UnitId } from '../../knowledge/types.js';
import { checkLeadTime } from '../lead-time.js';
import { alsoUnitOf, route, routeDoubts, type Route, type RouteDoubt } from '../routing.js';
import type { Result } from '../result.js';
import type { Translate } from '../translate.js';
import { unitName } from '../unit-names.js';
import { letterDate } from './dates.js';
import type { Align, Block, LetterDocument, Line, Segment } from './document.js';
import { Details, joinsProject, type LetterInput, type LetterType } from './input.js';
import { checkLanguages, languageWarning, type LanguageMismatch } from './language-check.js';
import { bareReference } from './reference.js';
import { senderBodyOf } from './sender-body.js';
import { namesAProject, typesetLine } from './typography.js';

export type LetterWarning =
  | {
      readonly code: 'lead-time-tight' | 'lead-time-too-late';
      readonly field: 'date';
      readonly start: string;
      readonly monthsAvailable: number;
      readonly submitBy: string;
      readonly earliestStart: string;
      /** Who can advise on an urgent case: the routed unit, and the other candidate when unverified. */
      readonly unit: UnitId;
      readonly alsoUnit?: UnitId;
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
      /** `confirm-route`: what is unverified or pending, and the other candidate unit. */
      readonly doubts?: readonly RouteDoubt[];
      readonly alsoUnit?: UnitId;
    }
  | LanguageMismatch;

export type LetterError =
  | { readonly field: 'country'; readonly code: 'unknown-country' }
  | { readonly field: 'programId'; readonly code: 'unknown-program' }
  | { readonly field: 'expectedResultId'; readonly code: 'unknown-expected-result' | 'not-for-program' }
  | { readonly field: 'date'; readonly code: 'start-in-past' | 'invalid-date' };

/** What the composer needs from the edges: wording and country names, in the letter's language. */
export interface LetterWords {
  /** Wording, fixed to the letter's language whatever the chat's language is. */
  readonly t: Translate;
  /** The product's one way of naming a country, so letters name countries as every other text does. */
  readonly countryName: (code: string, lang: Lang) => string;
}

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
  /** Russian letters sign on one line: the title on the left, the initials and surname on the right. */
  readonly signatureOnOneLine?: boolean;
}
const LAYOUT: Record<Lang, Layout> = {
  en: { dateAt: 'top', addressee: 'start', salutation: 'start', signature: 'start' },
  fr: { dateAt: 'top', addressee: 'end', salutation: 'start', signature: 'start' },
  es: { dateAt: 'top', addressee: 'start', salutation: 'start', signature: 'start' },
  // Russian letters: date with the city and the addressee (in the dative) top right, salutation centred.
  ru: { dateAt: 'top', addressee: 'end', salutation: 'center', signature: 'start', signatureOnOneLine: true },
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
    [/^minist[èe]re\b/iu, 'Le '],
  ],
  es: [
    [/^(misión|delegación|representación|embajada)\b/iu, 'La '],
    [/^ministerio\b/iu, 'El '],
  ],
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
type DetailField = keyof LetterInput['details'];

/**
 * The sections of a letter in print order: the order of its flavour, then any other field of
 * `Details` (in the schema's order) just before the period, so a field added to the schema is
 * printed without touching this file (its heading is `letter:section.<field>`).
 */
export function sectionOrder(flavour: Flavour): readonly DetailField[] {
  const known: readonly DetailField[] = SECTION_ORDER[flavour];
  const extra = (Object.keys(Details.shape) as DetailField[]).filter((f) => !known.includes(f));
  const period = known.indexOf('period');
  return [...known.slice(0, period), ...extra, ...known.slice(period)];
}
/** Fields whose heading differs between a request for assistance and one to join a project. */
const FLAVOURED = new Set(['purpose', 'expectedResults', 'period']);

const user = (text: string, lang?: string): Segment =>
  lang ? { text, user: true, lang } : { text, user: true };
const plain = (text: string): Segment => ({ text });
const personName = (text: string): Segment => ({ text, user: true, properName: true });
/** Lines of a template that holds line breaks (the salutation, the address). */
const linesOf = (text: string): Line[] => text.split('\n').map((l) => [plain(l)]);
/**
 * A line from a template whose variables are segments of their own: the requester's text stays
 * marked as typed, a foreign name keeps its language.
 */
function mixed(
  t: Translate,
  key: string,
  vars: Record<string, string>,
  segments: Record<string, string | Segment> = {},
): Line {
  // Placeholders are found in the translated text by markers from the Private Use Area, which no
  // template contains.
  const marks = Object.keys(segments);
  const markerOf = (name: string) => `\uE000${marks.indexOf(name)}\uE001`;
  const text = t(key, { ...vars, ...Object.fromEntries(marks.map((m) => [m, markerOf(m)])) });
  const line: Segment[] = [];
  for (const [i, piece] of text.split(/\uE000(\d+)\uE001/).entries()) {
    if (i % 2 === 1) {
      const seg = segments[marks[Number(piece)] as string] as string | Segment;
      line.push(typeof seg === 'string' ? user(seg) : seg);
    } else if (piece) line.push(plain(piece));
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
  const also = alsoUnitOf(r);
  if (r.confirm)
    out.push({
      code: 'confirm-route',
      field: 'country',
      ...where,
      doubts: routeDoubts(r),
      ...(also ? { alsoUnit: also } : {}),
    });
  return out;
}

/** The later of two ISO dates: the request cannot reach WIPO before it is written, nor before today. */
const later = (a: string, b: string): string => (a > b ? a : b);

export function composeLetter(
  k: Knowledge,
  input: LetterInput,
  today: string,
  words: LetterWords,
): Result<ComposedLetter, LetterError> {
  const { t } = words;
  const lang = input.lang;
  const layout = LAYOUT[lang];
  const countryRecord = k.countryByCode.get(input.country);
  if (!countryRecord) return { ok: false, error: { field: 'country', code: 'unknown-country' } };
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
    country: countryRecord.code,
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
        unit: routed.value.primary,
        ...(alsoUnitOf(routed.value) ? { alsoUnit: alsoUnitOf(routed.value)! } : {}),
      });
    }
  }
  const otherLanguages = checkLanguages(input);
  const mismatch = languageWarning(otherLanguages);
  if (mismatch) warnings.push(mismatch);
  /** The language a field of the requester's seems to be in, when it is not the letter's. */
  const langOf = (field: string) => otherLanguages.find((f) => f.field === field)?.detected;

  const cc: UnitId[] = [];
  for (const id of [routed.value.primary, ...routed.value.cc]) {
    if (id !== 'director-general' && !cc.includes(id)) cc.push(id);
  }

  const key = (k2: string) => `letter:${k2}`;
  const tt = (k2: string, vars?: Record<string, unknown>) => t(key(k2), vars);
  const dateText = letterDate(dated, lang);
  const programName = program?.name[lang];
  const flavour: Flavour = joinsProject(input) ? 'project' : 'new-assistance';
  const isNote = input.type === 'note-verbale';
  const country = words.countryName(countryRecord.code, lang);
  // Inside brackets ("La Paz (…)") a short name with brackets of its own gives way to the formal one.
  const un = k.countryNameByCode.get(countryRecord.code);
  const countryInBrackets = un && /[(（]/.test(un.short[lang]) ? un.formal[lang] : country;

  // --- pieces shared by letters and notes ---
  const dg = k.unitById.get('director-general');
  // The street is French wherever the letter is written: tagged so, it is not spell-checked as the letter's language.
  const street: Segment = { text: dg?.address[1] ?? '34, chemin des Colombettes', lang: 'fr-CH' };
  const addressee = (align: Align): Block =>
    block(
      'addressee',
      align,
      tt('addressee', { street: '\uE002' })
        .split('\n')
        .map((l) => (l === '\uE002' ? [street] : [plain(l)])),
    );
  const reference = input.reference
    ? [block('reference', 'start', [mixed(t, key('ref'), {}, { reference: bareReference(input.reference) })])]
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
    sections.push(
      block(
        'section',
        'start',
        [[user(input.onBehalfOf, langOf('onBehalfOf'))]],
        heading(tt('section.requester')),
      ),
    );
  }
  for (const field of sectionOrder(flavour)) {
    const text = input.details[field];
    if (text === undefined) continue;
    const label = tt(FLAVOURED.has(field) ? `section.${field}.${flavour}` : `section.${field}`);
    const lines: Line[] = text
      .split(/\n+/)
      .filter((l) => l.trim() !== '')
      .map((l) => [user(l, langOf(`details.${field}`))]);
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
          cc.map((id) => [plain(unitName(k.unitById.get(id)!, dated, lang))]),
          tt('cc.label'),
        ),
      ]
    : [];

  // A program that is itself a project ("… (TIGAR project)") is named without a second "project".
  const introKey = (base: string) =>
    programName === undefined
      ? base
      : flavour === 'project' && namesAProject(programName, lang)
        ? `${base}-named`
        : `${base}-program`;
  const programVars: Record<string, string> = programName ? { program: programName } : {};
  const institution = user(input.sender.institution, langOf('sender.institution'));
  const senderContact: Line[] = [
    ...(input.sender.email ? [mixed(t, key('sender.email'), {}, { email: input.sender.email })] : []),
    ...(input.sender.phone ? [mixed(t, key('sender.phone'), {}, { phone: input.sender.phone })] : []),
  ];

  let blocks: Block[];
  if (isNote) {
    const body = input.sender.body ?? senderBodyOf(input.sender.institution);
    const nv = (k2: string) => key(`nv.body.${body}.${k2}`);
    // A Mission or Delegation in Geneva dates its notes there; an Embassy or Ministry says where it is.
    const city =
      input.city ?? (body === 'permanent-mission' || body === 'delegation' ? tt('nv.city') : undefined);
    blocks = [
      block('sender', 'start', [[institution], ...senderContact]),
      ...reference,
      block('paragraph', 'start', [
        mixed(
          t,
          nv(introKey(`opening.${flavour}`)),
          { ...programVars, article: articleFor(lang, input.sender.institution) },
          { mission: institution },
        ),
      ]),
      ...goalParagraph,
      ...planParagraph,
      ...sections,
      block('paragraph', 'start', [
        mixed(t, nv('contact'), {}, { name: personName(input.sender.name), title: input.sender.title }),
      ]),
      block('paragraph', 'start', [[plain(t(nv('thanks')))]]),
      block('closing', 'start', [[plain(t(nv('closing')))]]),
      block('date', 'end', [
        city === undefined
          ? [plain(tt('date.plain', { date: dateText }))]
          : mixed(t, key('date.with-city'), { date: dateText }, { city: input.city ? city : plain(city) }),
      ]),
      addressee('start'),
      ...ccBlock,
    ];
  } else {
    const dateLine: Line = input.city
      ? mixed(t, key('date.with-city'), { date: dateText }, { city: input.city })
      : [plain(tt('date.plain', { date: dateText }))];
    const dateBlock = (align: Align) => block('date', align, [dateLine]);
    const subject = tt(introKey(`subject.${flavour}`), programVars);
    const signature: Line[] = layout.signatureOnOneLine
      ? [[user(input.sender.title), { text: '', tab: true }, personName(input.sender.name)]]
      : [[personName(input.sender.name)], [user(input.sender.title)], [institution]];
    blocks = [
      // The letterhead's content; the signatory's name and title go under the signature.
      block('sender', 'start', [
        [institution],
        input.city
          ? mixed(t, key('sender.place'), { country: countryInBrackets }, { city: input.city })
          : [plain(country)],
        ...senderContact,
      ]),
      ...reference,
      ...(layout.dateAt === 'top' ? [dateBlock('end')] : []),
      addressee(layout.addressee),
      block('subject', 'start', [[plain(subject)]]),
      block('salutation', layout.salutation, linesOf(tt('salutation'))),
      block('paragraph', 'start', [[plain(tt(introKey(`intro.${flavour}`), programVars))]]),
      ...goalParagraph,
      ...planParagraph,
      ...sections,
      block('paragraph', 'start', [[plain(tt('thanks'))]]),
      block('closing', 'start', [[plain(tt('closing'))]]),
      block('signature', layout.signature, signature),
      ...(layout.dateAt === 'bottom' ? [dateBlock(layout.signature)] : []),
      ...ccBlock,
    ];
  }
  blocks = blocks.map((b) => ({ ...b, lines: b.lines.map((l) => typesetLine(l, lang)) }));

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

export type { LetterType };
