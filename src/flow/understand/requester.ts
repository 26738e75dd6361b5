// Who is asking, when the message names the body rather than its kind: an IP office by its name
// or acronym from knowledge/ip-offices.json ("BRELA", "Kenya Industrial Property Institute"), and a
// ministry by the word that makes a name a ministry's (understand:requesterNames.ministry) — in
// Chinese the 部 that ends a name ("工业、商务和供应部"), which no list of ministries can hold.
import type { Choice, FlowContext } from '../types.js';
import { choiceSynonyms, matchChoice } from './choice.js';
import { PhraseIndex, listed, memo, phraseWords, sanitize, tokenize } from './text.js';

const MAX_CHARS = 2000;
const HAN = /^\p{Script=Han}+$/u;
const ACRONYM = /^[\p{Lu}\d]{3,10}$/u;
const NOT_HAN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

interface OfficeNames {
  /** Names written in capitals ("BRELA"): inside a sentence they count only in capitals. */
  readonly acronyms: ReadonlySet<string>;
  readonly names: PhraseIndex<true>;
}

const officeCache = new WeakMap<object, OfficeNames>();

function officeNames(ctx: FlowContext): OfficeNames {
  const offices = ctx.knowledge.ipOffices;
  let cached = officeCache.get(offices);
  if (!cached) {
    const all = offices.flatMap((o) => o.names);
    const acronyms = new Set(all.filter((n) => ACRONYM.test(n)).map((n) => n.toLocaleLowerCase()));
    const names = new PhraseIndex(
      all.filter((n) => !ACRONYM.test(n)).map((n) => ({ words: phraseWords(n), value: true as const })),
    );
    officeCache.set(offices, (cached = { acronyms, names }));
  }
  return cached;
}

/** An IP office named in the text: its acronym (in capitals, or typed alone) or its name. */
export function namesIpOffice(ctx: FlowContext, text: string): boolean {
  const clean = sanitize(text).slice(0, MAX_CHARS);
  const { acronyms, names } = officeNames(ctx);
  const alone = clean.trim().replace(/[.!。！]+$/u, '');
  if (acronyms.has(alone.toLocaleLowerCase())) return true;
  // Chinese writes the acronym against the characters ("我们是CNIPA"): a word ends where they begin.
  for (const m of clean.matchAll(NOT_HAN_WORD))
    if (ACRONYM.test(m[0]) && acronyms.has(m[0].toLocaleLowerCase())) return true;
  return names.all(tokenize(clean)).length > 0;
}

const ministryHeads = (ctx: FlowContext) =>
  memo(ctx, 'requester:ministry', () => {
    const heads = listed(ctx, 'requesterNames.ministry');
    return {
      han: new Set(heads.filter((h) => HAN.test(h))),
      words: new PhraseIndex(
        heads.filter((h) => !HAN.test(h)).map((h) => ({ words: phraseWords(h), value: true as const })),
      ),
    };
  });

/** A ministry named by a word that makes a name a ministry's ("Ministry", "وزارة"). */
function namesMinistryByWord(ctx: FlowContext, text: string): boolean {
  return ministryHeads(ctx).words.all(tokenize(sanitize(text).slice(0, MAX_CHARS))).length > 0;
}

/**
 * A Chinese ministry: a head (部) that is a word of its own after a word of two or more characters
 * ("供应|部"), so 全部, 内部, 东部, 部分 (one word each) are not ministries.
 */
function namesHanMinistry(ctx: FlowContext, text: string): boolean {
  const heads = ministryHeads(ctx).han;
  let previous: string | undefined;
  for (const s of segmenter.segment(sanitize(text).slice(0, MAX_CHARS))) {
    if (!s.isWordLike) {
      if (s.segment.trim()) previous = undefined;
      continue;
    }
    if (heads.has(s.segment) && previous !== undefined && HAN.test(previous) && previous.length >= 2)
      return true;
    previous = s.segment;
  }
  return false;
}

/** A ministry named in the text, by its head word or (Chinese) by the 部 that ends its name. */
export function namesMinistry(ctx: FlowContext, text: string): boolean {
  return namesMinistryByWord(ctx, text) || namesHanMinistry(ctx, text);
}

/**
 * The requester kind a message names. An IP office or the mission named by a synonym ("the IP
 * office of the ministry") first; then an IP office by its own name ("BRELA wants SME training"
 * is the office); then a Chinese ministry by its name's form, which the synonyms cannot see
 * ("工业、商务和供应部希望获得中小企业方面的培训" is the ministry, not an SME body); then the
 * synonyms' choice; last a ministry by its head word.
 */
export function matchRequester(
  ctx: FlowContext,
  choices: readonly Choice[],
  text: string,
): Choice | undefined {
  const pick = (kind: string) => choices.find((c) => c.value === kind);
  const direct = matchChoice(ctx, choices, text, choiceSynonyms(ctx, 'requesterBodies'));
  if (direct && (direct.value === 'ip-office' || direct.value === 'mission')) return direct;
  if (namesIpOffice(ctx, text)) return pick('ip-office') ?? direct;
  if (namesHanMinistry(ctx, text)) return pick('government') ?? direct;
  if (direct) return direct;
  return namesMinistryByWord(ctx, text) ? pick('government') : undefined;
}
