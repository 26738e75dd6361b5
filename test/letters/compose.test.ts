import { describe, expect, it } from 'vitest';
import { composeLetter, sectionOrder, type ComposedLetter } from '../../src/domain/letters/compose.js';
import { letterDate } from '../../src/domain/letters/dates.js';
import { textOf } from '../../src/domain/letters/document.js';
import { Details, type LetterInput } from '../../src/domain/letters/input.js';
import { bareReference } from '../../src/domain/letters/reference.js';
import { curlyApostrophes } from '../../src/domain/letters/typography.js';
import type { Lang } from '../../src/knowledge/types.js';
import { buildLetter } from '../../src/letters/build.js';
import { CASES, fixture, forLang, knowledge, TODAY, words } from './helpers.js';

function compose(input: LetterInput, today = TODAY): ComposedLetter {
  const r = composeLetter(knowledge, input, today, words(input.lang));
  if (!r.ok) throw new Error(`compose failed: ${JSON.stringify(r.error)}`);
  return r.value;
}
const userTexts = (c: ComposedLetter): string[] =>
  c.document.blocks.flatMap((b) => b.lines.flatMap((l) => l.filter((s) => s.user).map((s) => s.text)));
const plainText = (c: ComposedLetter): string =>
  c.document.blocks.map((b) => [b.label ?? '', ...b.lines.map(textOf)].join('\n')).join('\n\n');

describe('composeLetter', () => {
  it.each(CASES)('%s %s keeps every field the requester typed verbatim, marked as typed', (lang, type) => {
    const input = fixture(lang, type);
    const typed = userTexts(compose(input));
    const expected = [
      input.sender.institution,
      ...(type === 'note-verbale' ? [] : [input.sender.name, input.sender.title]),
      ...Object.values(input.details).flatMap((v) => (v ?? '').split(/\n+/)),
      ...(input.reference ? [bareReference(input.reference)] : []),
      ...(input.onBehalfOf ? [input.onBehalfOf] : []),
      ...(input.planReference?.title ? [input.planReference.title] : []),
    ].filter((v) => v !== '');
    for (const text of expected) expect(typed, text).toContain(text);
  });

  it('writes the salutation and closing formulas of DOMAIN.md §8 for each language', () => {
    const formulas: Record<Lang, readonly string[]> = {
      en: [
        'Dear Director General,',
        'Please accept, Director General, the assurances of my highest consideration.',
      ],
      fr: [
        'Monsieur le Directeur général,',
        'Veuillez agréer, Monsieur le Directeur général, l’assurance de ma très haute considération.',
      ],
      es: [
        'Señor Director General:',
        'Aprovecho la oportunidad para reiterarle las seguridades de mi más alta y distinguida consideración.',
      ],
      ru: ['Уважаемый господин Генеральный директор!', 'С глубоким уважением,'],
      zh: ['尊敬的总干事阁下：', '顺致崇高的敬意。'],
      ar: [
        'سعادة المدير العام للمنظمة العالمية للملكية الفكرية (الويبو) المحترم،',
        'تحية طيبة وبعد،',
        'وتفضلوا سعادتكم بقبول فائق الاحترام والتقدير.',
      ],
    };
    for (const [lang, lines] of Object.entries(formulas) as [Lang, string[]][]) {
      const doc = compose(fixture(lang, 'new-assistance')).document;
      const all = doc.blocks.flatMap((b) => b.lines.map(textOf));
      for (const line of lines) expect(all, `${lang}: ${line}`).toContain(line);
    }
  });

  it('dates letters as each language does (Latin digits in Arabic)', () => {
    expect(letterDate('2026-11-24', 'en')).toBe('24 November 2026');
    expect(letterDate('2026-11-24', 'fr')).toBe('24 novembre 2026');
    expect(letterDate('2026-11-01', 'fr')).toBe('1er novembre 2026');
    expect(letterDate('2026-11-24', 'es')).toBe('24 de noviembre de 2026');
    expect(letterDate('2026-11-24', 'ru')).toBe('24 ноября 2026 года');
    expect(letterDate('2026-11-24', 'zh')).toBe('2026年11月24日');
    expect(letterDate('2026-11-24', 'ar')).toBe('24 تشرين الثاني/نوفمبر 2026');
    expect(letterDate('2027-06-05', 'ar')).toBe('5 حزيران/يونيه 2027');
    expect(letterDate('2026-07-18', 'ar')).toBe('18 تموز/يوليه 2026');
    expect(letterDate('2026-01-18', 'ar')).toBe('18 كانون الثاني/يناير 2026');
    expect(letterDate('2026-05-18', 'ar')).toBe('18 أيار/مايو 2026');
  });

  it('puts the French date as "<city>, le <date>" and the Russian one top right with the city', () => {
    const fr = compose(fixture('fr', 'new-assistance')).document;
    const frDate = fr.blocks.find((b) => b.kind === 'date')!;
    expect(textOf(frDate.lines[0]!)).toBe('Dakar, le 10 juin 2026');
    const ru = compose(fixture('ru', 'new-assistance')).document;
    const ruDate = ru.blocks.findIndex((b) => b.kind === 'date');
    expect(textOf(ru.blocks[ruDate]!.lines[0]!)).toBe('Бишкек, 10 июня 2026 года');
    expect(ru.blocks[ruDate]!.align).toBe('end');
    expect(ruDate).toBeLessThan(ru.blocks.findIndex((b) => b.kind === 'salutation'));
  });

  it('copies the unit routing chose and the LDC Division where it applies', () => {
    expect(compose(fixture('en', 'new-assistance')).cc).toEqual(['rb-africa', 'ldc-division']); // Uganda, LDC
    expect(compose(fixture('en', 'project')).cc).toEqual(['ldc-division', 'rb-asia-pacific']); // Nepal, LDC program
    expect(compose(fixture('es', 'new-assistance')).cc).toEqual(['rb-lac']); // Bolivia
    expect(compose(fixture('ru', 'new-assistance')).cc).toEqual(['transition-developed']); // Kyrgyzstan
    // Mauritania: the Arab bureau, the LDC Division, and the Africa bureau the sources disagree about.
    const mr = compose(fixture('ar', 'project'));
    expect(mr.cc).toEqual(['rb-arab', 'ldc-division', 'rb-africa']);
    // Mauritania's bureau is unverified: both bureaus, and what is in doubt, go with the warning.
    expect(mr.warnings).toContainEqual({
      code: 'confirm-route',
      field: 'country',
      country: 'MR',
      unit: 'rb-arab',
      alsoUnit: 'rb-africa',
      doubts: ['routing', 'unit', 'program'],
    });
    const cc = mr.document.blocks.find((b) => b.kind === 'cc')!;
    expect(cc.label).toBe('نسخة إلى:');
    expect(cc.lines).toHaveLength(3);
  });

  it('names the program, the strategic goal and the expected result it serves, in the letter language', () => {
    const c = compose(fixture('fr', 'note-verbale')); // Morocco, SMEs
    const program = knowledge.programById.get('sme-ip')!;
    const goal = knowledge.goals.find((g) => g.id === 'III')!;
    const result = goal.expectedResults.find((r) => r.id === program.expectedResults[0])!;
    const text = plainText(c);
    // Knowledge text is set with typographic apostrophes.
    expect(text).toContain(curlyApostrophes(program.name.fr));
    expect(text).toContain('objectif stratégique III de l’OMPI');
    expect(text).toContain(curlyApostrophes(goal.name.fr));
    expect(text).toContain(curlyApostrophes(result.name.fr));
    expect(text).not.toMatch(/\p{L}'\p{L}/u);
    expect(c.goal).toEqual({ goalId: 'III', resultId: program.expectedResults[0] });
  });

  it('uses the expected result the requester chose, and refuses one the program does not serve', () => {
    const input = fixture('en', 'new-assistance'); // TISC serves IV.1 only
    const r = composeLetter(knowledge, { ...input, expectedResultId: 'III.2' }, TODAY, words('en'));
    expect(r).toEqual({ ok: false, error: { field: 'expectedResultId', code: 'not-for-program' } });
    const z = composeLetter(knowledge, { ...input, expectedResultId: 'IX.9' }, TODAY, words('en'));
    expect(z).toEqual({ ok: false, error: { field: 'expectedResultId', code: 'unknown-expected-result' } });
    const free = compose({ ...input, programId: undefined, expectedResultId: 'III.2' });
    expect(free.goal).toEqual({ goalId: 'III', resultId: 'III.2' });
  });

  it('mentions the plan, strategy or project only where the requester said so', () => {
    expect(plainText(compose(fixture('es', 'new-assistance')))).toContain(
      'La actividad forma parte del plan por país acordado con la OMPI.',
    );
    expect(plainText(compose(fixture('en', 'project')))).not.toMatch(
      /Country Plan|national intellectual property strategy/,
    );
    const titled = compose({
      ...fixture('en', 'project'),
      planReference: { kind: 'wipo-project', title: 'Appropriate Technology, phase III' },
    });
    expect(plainText(titled)).toContain(
      'The activity forms part of the WIPO project “Appropriate Technology, phase III”.',
    );
  });

  it('checks the intended start against the lead time but still renders the letter', () => {
    const tight = compose(fixture('fr', 'new-assistance')); // 16 Nov 2026, five months ahead
    expect(tight.warnings).toContainEqual(
      expect.objectContaining({
        code: 'lead-time-tight',
        field: 'date',
        start: '2026-11-16',
        monthsAvailable: 5,
      }),
    );
    const late = compose(fixture('ar', 'new-assistance')); // 1 Sept 2026
    expect(late.warnings).toContainEqual(
      expect.objectContaining({ code: 'lead-time-too-late', field: 'date', earliestStart: '2027-01-01' }),
    );
    expect(late.document.blocks.some((b) => b.kind === 'signature')).toBe(true);
    expect(compose(fixture('en', 'new-assistance')).warnings).toEqual([]);
    const past = composeLetter(
      knowledge,
      { ...fixture('en', 'new-assistance'), date: '2026-01-01' },
      TODAY,
      words('en'),
    );
    expect(past).toEqual({ ok: false, error: { field: 'date', code: 'start-in-past' } });
  });

  it('warns when a letter is not the way to ask (Academy courses, open resources, developed countries)', () => {
    const input = fixture('en', 'new-assistance');
    const academy = compose({ ...input, programId: 'academy-distance-learning', date: undefined });
    expect(academy.warnings.map((w) => w.code)).toContain('academy-application');
    const open = compose({ ...input, programId: 'patentscope', date: undefined });
    expect(open.warnings.map((w) => w.code)).toContain('open-access');
    const swiss = compose({ ...input, country: 'CH', date: undefined });
    expect(swiss.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['developed', 'program-not-for-country']),
    );
  });

  it('refuses a country or program the knowledge base does not know', () => {
    const input = fixture('en', 'new-assistance');
    expect(composeLetter(knowledge, { ...input, country: 'XX' }, TODAY, words('en'))).toEqual({
      ok: false,
      error: { field: 'country', code: 'unknown-country' },
    });
    expect(composeLetter(knowledge, { ...input, programId: 'no-such-program' }, TODAY, words('en'))).toEqual({
      ok: false,
      error: { field: 'programId', code: 'unknown-program' },
    });
  });

  it('writes the note verbale in the third person, with the notes’ closing and no signature', () => {
    const en = compose(fixture('en', 'note-verbale')).document;
    const paragraphs = en.blocks.filter((b) => b.kind === 'paragraph').map((b) => textOf(b.lines[0]!));
    expect(paragraphs[0]).toMatch(
      /^The Permanent Mission of the People's Republic of Bangladesh .* presents its compliments to the Director General of the World Intellectual Property Organization \(WIPO\) and has the honour to /,
    );
    expect(en.blocks.find((b) => b.kind === 'closing')!.lines.map(textOf)).toEqual([
      'The Permanent Mission avails itself of this opportunity to renew to the Director General of the World Intellectual Property Organization (WIPO) the assurances of its highest consideration.',
    ]);
    expect(en.blocks.some((b) => b.kind === 'signature' || b.kind === 'salutation')).toBe(false);
    expect(plainText(compose(fixture('en', 'note-verbale')))).not.toMatch(/\bI\b|\bmy\b/);
    // Place and date after the closing, Geneva unless the Mission says otherwise.
    const kinds = en.blocks.map((b) => b.kind);
    expect(kinds.indexOf('date')).toBeGreaterThan(kinds.indexOf('closing'));
    expect(textOf(en.blocks.find((b) => b.kind === 'date')!.lines[0]!)).toBe('Geneva, 10 June 2026');
    // French and Spanish notes get the article their grammar needs before the typed name.
    expect(
      textOf(
        compose(fixture('fr', 'note-verbale')).document.blocks.find((b) => b.kind === 'paragraph')!.lines[0]!,
      ),
    ).toMatch(/^La Mission permanente du Royaume du Maroc .* présente ses compliments au Directeur général/);
    expect(
      textOf(
        compose(fixture('es', 'note-verbale')).document.blocks.find((b) => b.kind === 'paragraph')!.lines[0]!,
      ),
    ).toMatch(/^La Misión Permanente del Perú .* saluda atentamente al Director General/);
  });

  it('never names a Director General personally', () => {
    for (const [lang, type] of CASES) {
      expect(plainText(compose(fixture(lang, type)))).not.toMatch(/Daren|Tang|Gurry|Idris|Bogsch/);
    }
  });

  it('writes the letter in its own language whatever the chat language, and the warnings in the chat’s', () => {
    const input = fixture('ar', 'new-assistance');
    const built = buildLetter(knowledge, forLang, input, { today: TODAY, uiLang: 'fr' });
    if (!built.ok) throw new Error('compose failed');
    expect(built.value.document.dir).toBe('rtl');
    expect(built.value.text).toContain('تحية طيبة وبعد،');
    const lateMsg = built.value.messages.find((m) => m.code === 'lead-time-too-late')!;
    expect(lateMsg.message).toMatch(
      /^La date de début envisagée, le 1er septembre 2026, est à moins de cinq mois/,
    );
  });

  it('keeps text typed in another language as it is, and says so', () => {
    const input = fixture('en', 'new-assistance');
    const french =
      'Créer un centre d’appui à la technologie et à l’innovation au sein de la bibliothèque de l’université.';
    const c = compose({ ...input, details: { ...input.details, purpose: french } });
    expect(userTexts(c)).toContain(french);
    expect(c.warnings).toEqual([
      {
        code: 'language-mismatch',
        field: 'details.purpose',
        fields: [{ field: 'details.purpose', detected: 'fr' }],
      },
    ]);
    // Tagged with its language, so a word processor spell-checks it as French.
    const purpose = c.document.blocks.flatMap((b) => b.lines.flat()).find((s) => s.text === french);
    expect(purpose?.lang).toBe('fr');
  });

  it('gives one warning for all the fields in other languages, naming each, the institution too', () => {
    const input = fixture('en', 'new-assistance');
    const spanish =
      'Crear un centro de apoyo a la tecnología y la innovación en la biblioteca de la universidad, para los investigadores.';
    const french =
      'Environ deux cents chercheurs et étudiants de troisième cycle en sciences, ingénierie et agriculture de l’université.';
    const built = buildLetter(
      knowledge,
      forLang,
      {
        ...input,
        sender: {
          ...input.sender,
          institution: 'Université Cheikh Anta Diop de Dakar, Faculté des sciences et techniques',
        },
        details: { ...input.details, purpose: spanish, beneficiaries: french },
      },
      { today: TODAY },
    );
    if (!built.ok) throw new Error('compose failed');
    const mismatches = built.value.messages.filter((m) => m.code === 'language-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message).toBe(
      'Some of your text seems to be written in another language than the letter (English): “Purpose” (Spanish), “Beneficiaries” (French), and “Institution” (French). Your text is kept exactly as you typed it and is never translated; you may want to write it in English.',
    );
  });

  it('checks the authority a note verbale speaks for, and the Mission’s name, for language', () => {
    const input = fixture('ar', 'note-verbale');
    const c = compose({
      ...input,
      sender: {
        ...input.sender,
        institution: 'Постоянное представительство Арабской Республики Египет при Отделении ООН в Женеве',
      },
      onBehalfOf: 'Академия научных исследований и технологий Арабской Республики Египет',
    });
    const w = c.warnings.find((x) => x.code === 'language-mismatch');
    expect(w && 'fields' in w ? w.fields.map((f) => f.field) : []).toEqual([
      'sender.institution',
      'onBehalfOf',
    ]);
  });
});

describe('section order', () => {
  it.each(['new-assistance', 'project'] as const)(
    'prints every field of the details schema once, the period last (%s)',
    (flavour) => {
      const order = sectionOrder(flavour);
      expect([...order].sort()).toEqual(Object.keys(Details.shape).sort());
      expect(order.at(-1)).toBe('period');
    },
  );
});
