// "What does LDC mean?", "is Bangladesh still an LDC?": what the UN category is, what it means
// for WIPO assistance (the LDC Division, the programs of the manual's Part II), and the status of
// the country named (or the conversation's) on today's date, from its dated record and source.
import type { Country } from '../../knowledge/types.js';
import { countryName, formatDate } from '../../present/format.js';
import { citeIn, countryOf, ldcOf, unit, type AnswerInput } from './facts.js';

/** A record's source as the user reads it: no "S"/"U" mark, no pointer to our own notes. */
function sourceText(source: string): string {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('U '))
    .map((part) => part.replace(/^S\s+/u, '').replace(/\s*\([^)]*DOMAIN\.md[^)]*\)/gu, ''))
    .join('; ');
}

function statusSentences(a: AnswerInput, c: Country): string[] {
  const key = 'questions:answer.ldc';
  const ldc = ldcOf(a, c);
  const country = countryName(c.code, a.lang);
  const record = c.ldc;
  // The resolution that set the date, not our notes on what is unknown (the sentences say that).
  const source = sourceText(record?.graduation?.source ?? record?.source ?? '').split('; ')[0]!;
  const deferral = (d: { status: string; until?: string } | undefined) =>
    !d
      ? []
      : d.status === 'requested' && d.until
        ? [a.t(`${key}.deferral-requested`, { until: d.until })]
        : [a.t(`${key}.deferral-reported`)];
  switch (ldc.kind) {
    case 'not-ldc':
      return [a.t(`${key}.not`, { country })];
    case 'graduated':
      return [
        a.t(`${key}.graduated`, {
          country,
          date: formatDate(ldc.on, a.lang),
          source: sourceText(record?.source ?? ''),
        }),
      ];
    case 'pending':
      return [
        a.t(`${key}.pending`, {
          country,
          date: formatDate(ldc.graduationDate, a.lang),
          today: formatDate(a.ctx.today, a.lang),
          source,
        }),
        ...deferral(ldc.deferral),
        a.t(`${key}.confirm`),
      ];
    case 'ldc': {
      const g = ldc.graduation;
      if (!g) return [a.t(`${key}.is`, { country, year: ldc.since.slice(0, 4), source })];
      const line = g.dateCertain
        ? a.t(`${key}.graduating`, { country, date: formatDate(g.date, a.lang), source })
        : a.t(`${key}.graduating-approx`, { country, year: g.date.slice(0, 4), source });
      return g.settled ? [line] : [line, ...deferral(g.deferral), a.t(`${key}.confirm`)];
    }
  }
}

export function ldcAnswer(a: AnswerInput): string[] {
  const key = 'questions:answer.ldc';
  const c = countryOf(a);
  const division = unit(a, 'ldc-division');
  const out = [
    a.t(`${key}.what`),
    a.t(`${key}.wipo`, { unit: division.view.name, cite: citeIn(a, division.record.source) }),
  ];
  if (!c) return [...out, a.t(`${key}.ask-country`)];
  return [...out, ...statusSentences(a, c)];
}
