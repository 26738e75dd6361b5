// What a protocol officer checks in each language: the sender body named the same way throughout
// a note verbale, one grammatical person, the address as each language writes it, quotation marks
// and the program named without saying "project" twice.
import { describe, expect, it } from 'vitest';
import { composeLetter, type ComposedLetter } from '../../src/domain/letters/compose.js';
import { textOf } from '../../src/domain/letters/document.js';
import { parseLetterInput, type LetterInput } from '../../src/domain/letters/input.js';
import { senderBodyOf } from '../../src/domain/letters/sender-body.js';
import { namesAProject, typesetLine } from '../../src/domain/letters/typography.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { fixture, knowledge, rawFixture, TODAY, words } from './helpers.js';

function compose(input: LetterInput): ComposedLetter {
  const r = composeLetter(knowledge, input, TODAY, words(input.lang));
  if (!r.ok) throw new Error(`compose failed: ${JSON.stringify(r.error)}`);
  return r.value;
}
const texts = (c: ComposedLetter, kind?: string): string[] =>
  c.document.blocks.filter((b) => !kind || b.kind === kind).flatMap((b) => b.lines.map(textOf));

describe('sender bodies of a note verbale', () => {
  it('reads the body from the institution’s name in the six languages', () => {
    expect(senderBodyOf('Embassy of the Republic of Senegal in Bern')).toBe('embassy');
    expect(senderBodyOf('Ambassade de la République du Sénégal à Berne')).toBe('embassy');
    expect(senderBodyOf('Embajada del Perú en Suiza')).toBe('embassy');
    expect(senderBodyOf('Посольство Республики Казахстан в Швейцарской Конфедерации')).toBe('embassy');
    expect(senderBodyOf('سفارة جمهورية مصر العربية في برن')).toBe('embassy');
    expect(senderBodyOf('中华人民共和国驻瑞士联邦大使馆')).toBe('embassy');
    expect(senderBodyOf('中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团')).toBe(
      'permanent-mission',
    );
    expect(senderBodyOf('Délégation permanente du Sénégal auprès de l’UNESCO')).toBe('delegation');
    expect(senderBodyOf('الوفد الدائم للمملكة المغربية')).toBe('delegation');
    expect(senderBodyOf('Ministry of Foreign Affairs of Nepal')).toBe('ministry');
    expect(senderBodyOf('Министерство иностранных дел Республики Узбекистан')).toBe('ministry');
    expect(senderBodyOf('Misión Permanente del Perú')).toBe('permanent-mission');
    expect(senderBodyOf('Mission of Bangladesh')).toBe('permanent-mission');
  });

  const BODY_WORDS: Record<Lang, { embassy: string; mission: RegExp }> = {
    en: { embassy: 'The Embassy', mission: /Permanent Mission/ },
    fr: { embassy: 'L’Ambassade', mission: /Mission permanente/ },
    es: { embassy: 'La Embajada', mission: /Misión Permanente/ },
    ru: { embassy: 'Посольство', mission: /Постоянн/ },
    zh: { embassy: '本馆', mission: /本代表团/ },
    ar: { embassy: 'السفارة', mission: /البعثة الدائمة/ },
  };
  it.each(LANGS)(
    '%s: an Embassy’s note names the Embassy in its thanks, closing and contact line',
    (lang) => {
      const input = fixture(lang, 'note-verbale');
      const c = compose({ ...input, sender: { ...input.sender, body: 'embassy' } });
      const own = [...texts(c, 'paragraph').slice(-2), ...texts(c, 'closing')];
      for (const line of own) expect(line, line).not.toMatch(BODY_WORDS[lang].mission);
      expect(texts(c, 'closing')[0]).toContain(BODY_WORDS[lang].embassy);
    },
  );

  it('agrees the Arabic verbs with a Delegation (masculine) and a Mission (feminine)', () => {
    const input = fixture('ar', 'note-verbale');
    const delegation = compose({
      ...input,
      sender: { ...input.sender, institution: 'الوفد الدائم لجمهورية مصر العربية' },
    });
    expect(texts(delegation, 'paragraph')[0]).toMatch(/^يهدي .* أطيب تحياته .* ويتشرف بأن يحيل/);
    expect(texts(delegation, 'closing')[0]).toMatch(/^ويغتنم الوفد .* تقديره\.$/);
    expect(texts(compose(input), 'paragraph')[0]).toMatch(/^تهدي .* أطيب تحياتها .* وتتشرف بأن تحيل/);
  });

  it('dates a Mission’s note in Geneva, an Embassy’s or Ministry’s where it says it is', () => {
    const input = fixture('en', 'note-verbale');
    expect(texts(compose(input), 'date')).toEqual(['Geneva, 10 June 2026']);
    const ministry = { ...input.sender, institution: 'Ministry of Foreign Affairs of Bangladesh' };
    expect(texts(compose({ ...input, sender: ministry }), 'date')).toEqual(['10 June 2026']);
    expect(texts(compose({ ...input, sender: ministry, city: 'Dhaka' }), 'date')).toEqual([
      'Dhaka, 10 June 2026',
    ]);
    expect(texts(compose({ ...input, sender: ministry }), 'closing')[0]).toMatch(
      /^The Ministry avails itself/,
    );
  });

  it('validates a note verbale naming a project like a project letter', () => {
    const raw = rawFixture('en', 'note-verbale');
    const details = { ...(raw.details as object), project: 'Development Agenda project on IP and tourism' };
    const r = parseLetterInput({ ...raw, details });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field).sort()).toEqual(['details.justification', 'details.readiness']);
    const ok = parseLetterInput({
      ...raw,
      details: {
        ...details,
        justification: 'Tourism is a growth sector.',
        readiness: 'A focal point is named.',
      },
    });
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(texts(compose(ok.value)).join('\n')).toContain(
        'taking part in the WIPO project described below',
      );
  });
});

describe('per-language conventions', () => {
  it('writes one grammatical person in Arabic and Russian letters (the institution’s “we”)', () => {
    for (const type of ['new-assistance', 'project'] as const) {
      const ar = texts(compose(fixture('ar', type))).join('\n');
      expect(ar).not.toMatch(/يشرفني|سأكون|أتقدم|أعرب/);
      expect(ar).toMatch(/يشرفنا/);
      const ru = texts(compose(fixture('ru', type))).join('\n');
      expect(ru).not.toMatch(/Имею честь|Буду признател/);
      expect(ru).toMatch(/Имеем честь/);
    }
  });

  it('addresses the Director General as each language does', () => {
    expect(texts(compose(fixture('es', 'new-assistance')), 'addressee')[0]).toBe('Señor Director General');
    expect(texts(compose(fixture('zh', 'new-assistance')), 'addressee')).toEqual([
      '瑞士 日内瓦（CH-1211 Geneva 20）',
      '34, chemin des Colombettes',
      '世界知识产权组织（WIPO）',
      '总干事',
    ]);
  });

  it('names each unit in the cc line once, by its current name', () => {
    const cc = compose(fixture('en', 'new-assistance')).document.blocks.find((b) => b.kind === 'cc')!;
    expect(cc.lines.map(textOf)).toEqual([
      'Division for Africa',
      'Division for External Offices and LDCs, LLDCs and SIDS Coordination',
    ]);
  });

  it('nests quotation marks: „…“ inside «…» in Russian, “…” inside « … » in French', () => {
    expect(typesetLine([{ text: 'по направлению «Проект «ИС и брендинг»»' }], 'ru')).toEqual([
      { text: 'по направлению «Проект „ИС и брендинг“»' },
    ]);
    expect(typesetLine([{ text: '« Le projet « Patrimoine » »' }], 'fr')[0]!.text).toBe(
      '« Le projet “Patrimoine” »',
    );
    // The requester's own text is never changed, though it counts.
    const typed = { text: 'РГП «Институт»', user: true };
    expect(typesetLine([{ text: '«' }, typed, { text: '»' }], 'ru')).toEqual([
      { text: '«' },
      typed,
      { text: '»' },
    ]);
    const ru = texts(compose({ ...fixture('ru', 'project'), programId: 'ip-branding-local-products' })).join(
      '\n',
    );
    expect(ru).toContain('«Проект „ИС и брендинг местной продукции“»');
    expect(ru).not.toMatch(/«[^»]*«/);
  });

  it.each(LANGS)('%s: a program that is itself a project is not called a project twice', (lang) => {
    for (const [type, programId] of [
      ['project', 'ip-branding-local-products'],
      ['note-verbale', 'tigar'],
    ] as const) {
      const input = fixture(lang, type === 'note-verbale' ? 'note-verbale' : 'project');
      const c = compose({
        ...input,
        programId,
        details: {
          ...input.details,
          project: input.details.project ?? 'X',
          justification: 'J',
          readiness: 'R',
        },
      });
      const name = knowledge.programById.get(programId)!.name[lang];
      expect(namesAProject(name, lang)).toBe(true);
      const unquoted = (s: string) => s.replace(/[«»„“”"]/g, '');
      const first = unquoted(texts(c, 'paragraph')[0]!);
      expect(first).toContain(unquoted(name));
      // The template adds no project word of its own in the sentence that names the program.
      const after = first.indexOf(unquoted(name)) + unquoted(name).length;
      const end = first.slice(after).search(/[.。](\s|$)/u);
      const sentence = first.slice(0, end < 0 ? undefined : after + end + 1);
      const count = (s: string) => s.match(/project|projet|proyecto|проект|مشروع|项目/giu)?.length ?? 0;
      expect(count(sentence), sentence).toBe(count(name));
    }
  });
});
