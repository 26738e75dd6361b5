// "Question n of N" counts the questions the user answers, one per answer (two when one message
// answers two), never the answers the bot fills in itself (the kind of letter, the project's
// name); when an answer changes how many questions the task needs, the line says so.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { Conversation, TISC_NEED, flowContext, tr } from '../helpers/flow.js';

const REQUESTER: Record<Lang, string> = {
  en: 'we are the IP office',
  fr: "nous sommes l'office de propriété industrielle",
  es: 'somos la oficina de propiedad industrial',
  ru: 'мы патентное ведомство',
  zh: '我们是知识产权局',
  ar: 'نحن مكتب الملكية الصناعية',
};

/** The progress line of the question just asked. */
function progressLine(c: Conversation): string {
  const asked = c.last.find((r) => r.step === c.pending && r.choices?.some((x) => x.value === 'why'));
  return asked?.text.split('\n\n')[0] ?? '';
}

describe.each(LANGS)('the question counter in %s', (lang) => {
  it('moves by the questions answered, and says when the total changes', () => {
    const c = new Conversation(flowContext('2026-12-03'));
    c.send({ start: true, locale: lang });
    const shown: { n: number; total: number; line: string }[] = [];
    const record = () => {
      const line = progressLine(c);
      const m = /(\d+)\D+(\d+)/u.exec(line);
      shown.push({ n: Number(m?.[1]), total: Number(m?.[2]), line });
    };
    c.tap('goal:letter');
    record(); // country: question 1
    c.send(countryName('SN', lang));
    c.send(REQUESTER[lang]); // answers the read-back and the requester: need is question 3
    record();
    c.send(TISC_NEED[lang]);
    record(); // program
    c.tap('tisc'); // a project: the letter needs more questions; its kind is said, not asked
    record();
    c.tap('no'); // partOfPlan
    record();
    c.tap('2027-07-01');
    record(); // letterLang
    c.tap(lang); // the project's name is filled in, not asked
    record(); // senderName
    expect(shown.map((s) => s.n)).toEqual([1, 3, 4, 5, 6, 7, 8]);
    const [first, , , atProgram, ...after] = shown;
    expect(atProgram!.total).toBeGreaterThan(first!.total);
    expect(atProgram!.line).toBe(
      tr(lang, 'flow:progress-changed', { n: 5, total: atProgram!.total, before: first!.total }),
    );
    for (const s of after) {
      expect(s.total).toBe(atProgram!.total);
      expect(s.line).toBe(tr(lang, 'flow:progress', { n: s.n, total: s.total }));
    }
  });
});
