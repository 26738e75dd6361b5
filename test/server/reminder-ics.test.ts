// GET /api/reminder.ics: the deadline as an all-day calendar event, in the asked language,
// stateless, every parameter checked (bad input is the usual 400 JSON naming the field).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { tr } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';
import { formatDate, formatMonth } from '../../src/present/format.js';
import type { Lang } from '../../src/knowledge/types.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer(); // TODAY = 2026-11-25
});
afterAll(() => s.close());

/** The content lines of an iCalendar file: unfolded, split at the first ':' or ';'. */
function lines(ics: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)) {
    const at = line.search(/[:;]/);
    const name = line.slice(0, at);
    if (!out.has(name)) out.set(name, line.slice(at));
  }
  return out;
}
const unescape = (v: string) =>
  v
    .replace(/^:/, '')
    .replace(/\\n/g, '\n')
    .replace(/\\([,;\\])/g, '$1');

async function get(query: string) {
  const res = await fetch(`${s.url}/api/reminder.ics?${query}`);
  return { res, text: await res.text() };
}

describe('GET /api/reminder.ics', () => {
  it.each<[Lang, string]>([
    ['fr', 'submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr'],
    ['ar', 'submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=ar'],
    ['zh', 'submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=zh'],
  ])(
    '%s: an all-day event on submitBy with the program, the start and WIPO’s address',
    async (lang, query) => {
      const { res, text } = await get(query);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="wipo-request-deadline-2027-06-01.ics"',
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const l = lines(text);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(l.get('DTSTART')).toBe(';VALUE=DATE:20270601');
      expect(l.get('DTEND')).toBe(';VALUE=DATE:20270602');
      expect(l.get('TRIGGER')).toBe(':-P7D');
      expect(unescape(l.get('SUMMARY')!)).toBe(
        tr(lang, 'channels:reminder.summary', { date: formatDate('2027-06-01', lang) }),
      );
      const description = unescape(l.get('DESCRIPTION')!);
      const k = knowledge();
      expect(description).toContain(k.programById.get('tisc')!.name[lang]);
      expect(description).toContain(formatMonth('2027-12-01', lang));
      expect(description).toContain(k.unitById.get('director-general')!.name[lang]);
      expect(description).toContain('34, chemin des Colombettes');
      expect(description).toContain(tr(lang, 'channels:reminder.lead-time'));
    },
  );

  it('reads "Send the request to WIPO by 1 June 2027" in English, the default language', async () => {
    const { text } = await get('submitBy=2027-06-01&start=2027-12-01');
    expect(unescape(lines(text).get('SUMMARY')!)).toBe('Send the request to WIPO by 1 June 2027');
    expect(unescape(lines(text).get('DESCRIPTION')!)).not.toContain(
      tr('en', 'channels:reminder.program', { program: '' }),
    );
  });

  it('gives the same request the same UID (a re-import updates the event), another one another', async () => {
    const uid = async (q: string) => lines((await get(q)).text).get('UID');
    const a = await uid('submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr');
    expect(a).toMatch(/^:[\w-]{22}@ta-navigator$/);
    expect(await uid('submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=fr')).toBe(a);
    expect(await uid('submitBy=2027-06-02&start=2027-12-01&program=tisc&lang=fr')).not.toBe(a);
  });

  it.each([
    ['start=2027-12-01', 'submitBy'],
    ['submitBy=2027-02-30&start=2027-12-01', 'submitBy'],
    ['submitBy=2027-6-1&start=2027-12-01', 'submitBy'],
    ['submitBy=2045-06-01&start=2045-12-01', 'submitBy'],
    ['submitBy=2020-06-01&start=2020-12-01', 'submitBy'],
    ['submitBy=2027-06-01&start=2027-05-01', 'start'],
    ['submitBy=2027-06-01&start=2031-06-01', 'start'],
    ['submitBy=2027-06-01&start=2027-12-01&program=nope', 'program'],
    ['submitBy=2027-06-01&start=2027-12-01&program=..%2Fetc', 'program'],
    ['submitBy=2027-06-01&start=2027-12-01&lang=de', 'lang'],
    ['submitBy=2027-06-01&submitBy=2027-07-01&start=2027-12-01', 'submitBy'],
    ['submitBy=2027-06-01&start=2027-12-01&x=%3Cscript%3E', 'x'],
    // Names every JavaScript object has are unknown parameters too.
    ['constructor=1&submitBy=2027-06-01&start=2027-12-01', 'constructor'],
    ['submitBy=2027-06-01&start=2027-12-01&toString=1', 'toString'],
    ['submitBy=2027-06-01&start=2027-12-01&__proto__=1', '__proto__'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const { res, text } = await get(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = JSON.parse(text);
    expect(body.error).toBe('bad-request');
    expect(body.field).toBe(field);
  });
});
