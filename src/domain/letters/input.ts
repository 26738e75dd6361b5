// The letter input: what the requester typed plus the choices the bot made. The field names are
// fixed (the JSON API, the CLI and stored drafts rely on them); added fields are all optional.
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import { SENDER_BODIES } from './sender-body.js';

export const LETTER_TYPES = ['new-assistance', 'project', 'note-verbale'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const PLAN_KINDS = ['country-plan', 'national-ip-strategy', 'wipo-project'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Limits, in UTF-16 code units: a name or title fits on one line, a field of the body in half a page. */
export const LIMITS = { short: 200, institution: 300, long: 4000 } as const;

// C0/C1 controls, line/paragraph separators, bidi embeddings/overrides/isolates (the renderers own
// direction; an unbalanced override would flip the rest of the letter) and lone surrogates (no XML).
// LRM/RLM, ZWJ/ZWNJ stay allowed: Arabic typing uses them.
const FORBIDDEN_SHORT = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const FORBIDDEN_LONG = /(?!\n)[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

// Something a reader sees (a letter, digit, symbol or punctuation): zero-width spaces are empty.
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/** A code point by its U+ name, so the message can say which character was refused. */
function describeChar(text: string, re: RegExp): string {
  const m = re.exec(text);
  const cp = m?.[0].codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A one-line field: trimmed, not empty, no line breaks or control characters. */
export function shortText(max: number = LIMITS.short) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => VISIBLE.test(s), 'must not be empty')
    .refine((s) => !FORBIDDEN_SHORT.test(s), {
      error: (iss) =>
        `must be one line without control characters (found ${describeChar(String(iss.input), FORBIDDEN_SHORT)})`,
    });
}

/** A field of the letter's body: line breaks allowed (CRLF/CR become LF), other control characters not. */
export function longText(max: number = LIMITS.long) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v),
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      .refine((s) => VISIBLE.test(s), 'must not be empty')
      .refine((s) => !FORBIDDEN_LONG.test(s), {
        error: (iss) =>
          `must not contain control characters (found ${describeChar(String(iss.input), FORBIDDEN_LONG)})`,
      }),
  );
}

export const Sender = z.strictObject({
  name: shortText(),
  title: shortText(),
  /** For a note verbale: the Permanent Mission's (Embassy's, Delegation's, Ministry's) name, as it opens the note. */
  institution: shortText(LIMITS.institution),
  /** Note verbale: which body speaks (permanent-mission, embassy, delegation, ministry); default: what the institution's name says. */
  body: z.enum(SENDER_BODIES).optional(),
  /** Contact details printed under the sender's name. */
  email: z.email('must be an e-mail address').max(LIMITS.short).optional(),
  phone: shortText(60).optional(),
});

export const Details = z.strictObject({
  /** New assistance: the purpose. Project: the interest in the project. */
  purpose: longText(),
  developmentGoals: longText(),
  /** Expected results; for a project, the expected outcomes or impact. */
  expectedResults: longText(),
  /** Number and profile of the beneficiaries. */
  beneficiaries: longText(),
  /** The most appropriate period or timeframe, in the requester's words. */
  period: longText(),
  /** The new or ongoing project the country or institution wants to join. */
  project: longText(1000).optional(),
  justification: longText().optional(),
  partners: longText().optional(),
  readiness: longText().optional(),
});

export const PlanReference = z.strictObject({
  kind: z.enum(PLAN_KINDS),
  /** The plan's, strategy's or project's title, as the requester gives it. */
  title: shortText(LIMITS.institution).optional(),
});

/** The fields, without the rules that tie them together (a draft stored before a rule was added still opens). */
export const LetterFields = z.strictObject({
  type: z.enum(LETTER_TYPES),
  lang: z.enum(LANGS),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. "SN"')
    .transform((c) => c.toUpperCase()),
  programId: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a program id, e.g. "tisc"')
    .optional(),
  /** Expected result (Country Plan template, manual Appendix 2) the request serves; default: the program's first. */
  expectedResultId: z
    .string()
    .regex(/^(I|II|III|IV|V|VI|VII|VIII|IX)\.\d+$/, 'must be an expected-result id, e.g. "III.2"')
    .optional(),
  /** Intended start of the activity (YYYY-MM-DD), checked against the lead time. */
  date: z.iso.date('must be a date YYYY-MM-DD').optional(),
  /** The date the letter bears; default: today. */
  letterDate: z.iso.date('must be a date YYYY-MM-DD').optional(),
  /** The sender's outgoing reference number. */
  reference: shortText(100).optional(),
  /** Where the letter is signed ("Dakar"); shown with the date. */
  city: shortText(100).optional(),
  /** Note verbale: the national authority whose request the Mission transmits. */
  onBehalfOf: shortText(LIMITS.institution).optional(),
  planReference: PlanReference.optional(),
  sender: Sender,
  details: Details,
});

export const LetterInput = LetterFields.superRefine((input, ctx) => {
  // A note verbale naming a project asks to take part in it, as a project letter does.
  if (!joinsProject(input)) return;
  for (const field of ['project', 'justification', 'readiness'] as const) {
    if (input.details[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['details', field],
        message: 'is required for a request to take part in a project',
      });
    }
  }
});

/** True when the letter asks to take part in a project: a project letter, or a note verbale naming the project. */
export function joinsProject(input: Pick<LetterInput, 'type' | 'details'>): boolean {
  return input.type === 'project' || (input.type === 'note-verbale' && input.details.project !== undefined);
}

export type LetterInput = z.infer<typeof LetterInput>;
/** The input as a client sends it (country in any case, CRLF line breaks allowed). */
export type LetterInputRaw = z.input<typeof LetterInput>;

export interface LetterFieldError {
  readonly field: string;
  readonly message: string;
}

/** Parse or list every problem, each naming its field ("details.purpose"). */
export function parseLetterInput(
  value: unknown,
): { ok: true; value: LetterInput } | { ok: false; errors: LetterFieldError[] } {
  const result = LetterInput.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.flatMap((i) =>
      // An unknown key is named itself, so a typo ("detials") points at the culprit.
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({
            field: [...i.path, key].join('.'),
            message: 'is not a field of the letter input',
          }))
        : [{ field: i.path.join('.') || '(body)', message: i.message }],
    ),
  };
}
