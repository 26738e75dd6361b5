// The facts an opening message gives besides the need: "I'm the research director of the
// University of X in Tanzania; we want a TISC from next October, the letter signed by Prof. Y"
// names the country, the requester, the program, the start and the signatory. Each is read by
// the module that reads it as an answer; only the signatory's cue phrases live here
// (locales/<lang>/facts.json, "{name}" where the name stands).
import { findCountryMention } from '../../domain/country-match.js';
import { LANGS } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/types.js';
import { choicesFor } from '../choices.js';
import type { FlowContext } from '../types.js';
import { choiceSynonyms, matchChoice } from './choice.js';
import { parseDate } from './date.js';
import { programMention } from './mentions.js';
import { cleanTextAnswer } from './text-answer.js';
import { compilePhrase, matchAt, words, type Phrase, type Word } from './phrases.js';

export interface OpeningFacts {
  readonly country?: string;
  /** A sentence naming several countries: the country question offers them. */
  readonly countries?: readonly string[];
  readonly requester?: string;
  /** "a note verbale", "join the project": the kind of letter, when named. */
  readonly letterType?: string;
  readonly program?: string;
  readonly start?: string;
  readonly senderName?: string;
}

interface Template {
  readonly before: Phrase | undefined;
  readonly after: Phrase | undefined;
}

const templates = new WeakMap<FlowContext['t'], readonly Template[]>();

function signatoryTemplates(ctx: FlowContext): readonly Template[] {
  let list = templates.get(ctx.t);
  if (!list) {
    const all: Template[] = [];
    for (const lang of LANGS) {
      const raw = ctx.t(lang)('facts:signatory', { returnObjects: true }) as unknown;
      for (const s of Array.isArray(raw) ? raw : []) {
        if (typeof s !== 'string' || !s.includes('{name}')) continue;
        const [b, a] = s.split('{name}').map((x) => x.trim());
        all.push({ before: b ? compilePhrase(b) : undefined, after: a ? compilePhrase(a) : undefined });
      }
    }
    // Longest cue first: "firmada por la {name}" before "firmada por {name}".
    const size = (tpl: Template) => (tpl.before?.parts.length ?? 0) + (tpl.after?.parts.length ?? 0);
    templates.set(ctx.t, (list = all.sort((a, b) => size(b) - size(a))));
  }
  return list;
}

const MAX_NAME_WORDS = 6;
const STOP = /[,;:.!?。，；：！？،؛\n]/u;

/** The raw text of words [from, to), cut at the first punctuation that ends a name. */
function nameBetween(text: string, ws: readonly Word[], from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const span = text.slice(ws[from]!.start, ws[to - 1]!.end);
  let end = span.length;
  for (const m of span.matchAll(new RegExp(STOP.source, 'gu'))) {
    // "Prof. Y", "Dr. Z", "M. Diallo", "د. زياد": a word of one to four letters before a full stop
    // is a title or an initial.
    if (m[0] === '.' && /(?:^|\s)\p{L}{1,4}$/u.test(span.slice(0, m.index))) continue;
    end = m.index;
    break;
  }
  const name = span.slice(0, end).trim();
  return name.length >= 2 ? name : undefined;
}

/** The signatory named with a cue ("signed by Prof. Y", "由张教授签署", "بتوقيع د. زياد"). */
export function signatoryIn(ctx: FlowContext, text: string): string | undefined {
  const ws = words(text);
  for (const tpl of signatoryTemplates(ctx)) {
    for (let i = 0; i < ws.length; i++) {
      let from = i;
      if (tpl.before) {
        const m = matchAt(tpl.before, ws, i);
        if (!m) continue;
        from = m.end;
      }
      if (tpl.after) {
        for (let j = from + 1; j <= Math.min(ws.length - 1, from + MAX_NAME_WORDS + 4); j++) {
          if (matchAt(tpl.after, ws, j)) return nameBetween(text, ws, from, j);
        }
        if (!tpl.before) continue;
      } else {
        // Up to the end of the clause, at most a few words.
        const name = nameBetween(text, ws, from, Math.min(ws.length, from + MAX_NAME_WORDS));
        if (name) return name;
      }
    }
  }
  return undefined;
}

export function openingFacts(ctx: FlowContext, text: string, lang: Lang): OpeningFacts {
  const countries = findCountryMention(ctx.knowledge, text);
  const requesterChoices = choicesFor('requesterBodies', ctx, {}, lang).filter((c) => c.value !== 'other');
  const requester = matchChoice(ctx, requesterChoices, text, choiceSynonyms(ctx, 'requesterBodies'));
  const letterTypes = choicesFor('letterTypes', ctx, {}, lang);
  const letterType = matchChoice(ctx, letterTypes, text, choiceSynonyms(ctx, 'letterTypes'));
  const start = parseDate(ctx, text, lang);
  const program = programMention(ctx, words(text));
  const signatory = signatoryIn(ctx, text);
  const senderName = signatory ? cleanTextAnswer(ctx, 'senderName', signatory) : undefined;
  return {
    ...(countries.kind === 'one' ? { country: countries.code } : {}),
    ...(countries.kind === 'several' ? { countries: countries.codes } : {}),
    ...(requester ? { requester: requester.value } : {}),
    ...(letterType ? { letterType: letterType.value } : {}),
    ...(program ? { program } : {}),
    ...(start ? { start: start.iso } : {}),
    ...(senderName ? { senderName } : {}),
  };
}
