// The three renderers: plain text, HTML preview (escaping, direction) and DOCX (structure).
import { describe, expect, it } from 'vitest';
import type { LetterInput } from '../../src/domain/letters/input.js';
import { directionalRuns } from '../../src/letters/bidi.js';
import { buildLetter, type BuiltLetter } from '../../src/letters/build.js';
import { renderDocx } from '../../src/letters/render-docx.js';
import { renderText } from '../../src/letters/render-text.js';
import { fixture, forLang, knowledge, TODAY } from './helpers.js';
import { paragraphTexts, unzip } from './zip.js';

function build(input: LetterInput): BuiltLetter {
  const r = buildLetter(knowledge, forLang, input, { today: TODAY });
  if (!r.ok) throw new Error(`compose failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> \'quoted\'';

function hostile(input: LetterInput): LetterInput {
  return {
    ...input,
    sender: { ...input.sender, name: `Dr ${HOSTILE}`, institution: `${input.sender.institution} <b>` },
    details: { ...input.details, purpose: `${input.details.purpose}\n${HOSTILE}` },
  };
}

describe('directional runs', () => {
  it('isolates Latin runs in an Arabic letter, with the digits and brackets that belong to them', () => {
    expect(directionalRuns('34, chemin des Colombettes', 'rtl')).toEqual([
      { text: '34, chemin des Colombettes', isolate: true },
    ]);
    expect(directionalRuns('مراكز دعم التكنولوجيا والابتكار (TISC) في الجامعة', 'rtl')).toEqual([
      { text: 'مراكز دعم التكنولوجيا والابتكار ', isolate: false },
      { text: '(TISC)', isolate: true },
      { text: ' في الجامعة', isolate: false },
    ]);
    expect(directionalRuns('البريد الإلكتروني: vc@uofk.edu', 'rtl')).toEqual([
      { text: 'البريد الإلكتروني: ', isolate: false },
      { text: 'vc@uofk.edu', isolate: true },
    ]);
  });

  it('isolates runs of digits in an Arabic letter: phone numbers, references, dates', () => {
    expect(directionalRuns('الهاتف: +221 33 869 47 70', 'rtl')).toEqual([
      { text: 'الهاتف: ', isolate: false },
      { text: '+221 33 869 47 70', isolate: true },
    ]);
    expect(directionalRuns('الرقم: 2026 / 88', 'rtl')).toEqual([
      { text: 'الرقم: ', isolate: false },
      { text: '2026 / 88', isolate: true },
    ]);
    expect(directionalRuns('10 حزيران/يونيه 2026', 'rtl')).toEqual([
      { text: '10', isolate: true },
      { text: ' حزيران/يونيه ', isolate: false },
      { text: '2026', isolate: true },
    ]);
  });

  it('keeps the tatweel with its Arabic letter', () => {
    expect(directionalRuns('قبل انتهاء المهلة لـ25 يوماً', 'rtl')).toEqual([
      { text: 'قبل انتهاء المهلة لـ', isolate: false },
      { text: '25', isolate: true },
      { text: ' يوماً', isolate: false },
    ]);
  });

  it('leaves digits alone and isolates Arabic in a left-to-right letter', () => {
    expect(directionalRuns('Tel.: +221 33 869 47 70', 'ltr')).toEqual([
      { text: 'Tel.: +221 33 869 47 70', isolate: false },
    ]);
    expect(directionalRuns('Partner: جامعة الخرطوم, Sudan', 'ltr')).toEqual([
      { text: 'Partner: ', isolate: false },
      { text: 'جامعة الخرطوم', isolate: true },
      { text: ', Sudan', isolate: false },
    ]);
    expect(directionalRuns('Plain English 2026', 'ltr')).toEqual([
      { text: 'Plain English 2026', isolate: false },
    ]);
  });
});

describe('plain text', () => {
  it('isolates Latin runs of an Arabic letter with U+2068…U+2069', () => {
    const text = build(fixture('ar', 'new-assistance')).text;
    expect(text).toContain('\u206834, chemin des Colombettes\u2069');
    expect(text).toContain('\u2068CH-1211\u2069 جنيف');
  });

  it('leaves room for the signature and keeps the requester’s line breaks', () => {
    const input = fixture('en', 'new-assistance');
    const text = renderText(
      build({ ...input, details: { ...input.details, period: 'Line one\nLine two' } }).document,
    );
    expect(text).toContain('Line one\nLine two\n');
    expect(text).toMatch(/highest consideration\.\n\n\n\nProf\. Sarah Nakato\n/);
  });
});

describe('HTML preview', () => {
  it('escapes everything the requester typed', () => {
    for (const lang of ['en', 'ar'] as const) {
      const html = build(hostile(fixture(lang, 'new-assistance'))).html;
      expect(html).not.toMatch(/<script|<img|<b>/i);
      // In the Arabic letter the Latin text is also wrapped in <bdi>: compare without those tags.
      expect(html.replace(/<\/?bdi>/g, '')).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;',
      );
    }
  });

  it('declares the language and direction; Arabic is right-to-left with Latin runs in <bdi>', () => {
    const ar = build(fixture('ar', 'new-assistance')).html;
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar).toContain('<bdi>34, chemin des Colombettes</bdi>');
    expect(ar).toContain('<bdi>vc@uofk.edu</bdi>');
    expect(ar).toContain('سعادة المدير العام');
    const zh = build(fixture('zh', 'project')).html;
    expect(zh).toMatch(/<html lang="zh" dir="ltr">/);
    expect(zh).not.toContain('<bdi>');
  });
});

describe('DOCX', () => {
  async function docx(
    input: LetterInput,
  ): Promise<{ xml: string; styles: string; files: Map<string, Buffer> }> {
    const buffer = await renderDocx(build(input).document);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzip(buffer);
    const xml = files.get('word/document.xml')?.toString('utf8');
    const styles = files.get('word/styles.xml')?.toString('utf8');
    if (!xml || !styles) throw new Error('word/document.xml or word/styles.xml missing');
    return { xml, styles, files };
  }
  const paragraphsOf = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const styleXml = (styles: string, id: string) =>
    styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';

  it('marks every paragraph of an Arabic letter bidirectional and its Arabic runs right-to-left', async () => {
    const { xml, styles } = await docx(fixture('ar', 'note-verbale'));
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs.length).toBeGreaterThan(15);
    for (const p of paragraphs) expect(p).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(styleXml(styles, 'Normal')).toMatch(/<w:rFonts [^>]*w:cs="Noto Naskh Arabic"/);
    expect(styleXml(styles, 'Normal')).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
    // The Geneva address stays a left-to-right run, held together by direction marks.
    expect(xml).toContain('\u200E34, chemin des Colombettes\u200E');
  });

  it('keeps an Arabic letter’s phone number and reference in order: digit runs left to right', async () => {
    const input = fixture('ar', 'note-verbale');
    const { xml } = await docx(input);
    const run = (text: string) =>
      xml.match(
        new RegExp(
          `<w:r>(?:(?!</w:r>)[\\s\\S])*?<w:t[^>]*>\u200E${text.replace(/[+/]/g, '\\$&')}\u200E</w:t>`,
        ),
      )?.[0];
    for (const digits of [input.sender.phone!, input.reference!]) {
      const r = run(digits);
      expect(r, digits).toBeDefined();
      expect(r, digits).not.toContain('<w:rtl/>');
    }
    const built = build(input);
    expect(built.text).toContain(`\u2068${input.sender.phone}\u2069`);
    expect(built.html).toContain(`<bdi>${input.sender.phone}</bdi>`);
    expect(built.html).toContain(`<bdi>${input.reference}</bdi>`);
  });

  it('sets a Chinese letter in the CJK font throughout, with no right-to-left markup', async () => {
    const { xml, styles } = await docx(fixture('zh', 'new-assistance'));
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:rtl/>');
    const normal = styleXml(styles, 'Normal');
    expect(normal).toMatch(/<w:rFonts [^>]*w:ascii="Noto Serif CJK SC"/);
    expect(normal).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Serif CJK SC"/);
    // 首行缩进: two characters of 12 pt.
    expect(normal).toMatch(/<w:ind [^>]*w:firstLine="480"/);
    expect(normal).toContain('<w:jc w:val="both"/>');
  });

  it('leaves room for the letterhead on the first page only and numbers the pages from page 2', async () => {
    const { xml, files } = await docx(fixture('en', 'project'));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1418"/);
    expect(xml).toContain('<w:titlePg/>');
    const first = xml.match(/<w:headerReference w:type="first" r:id="(\w+)"/)?.[1];
    const other = xml.match(/<w:headerReference w:type="default" r:id="(\w+)"/)?.[1];
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const target = (id?: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? '';
    const firstHeader = files.get(`word/${target(first)}`)!.toString('utf8');
    const otherHeader = files.get(`word/${target(other)}`)!.toString('utf8');
    expect(firstHeader).toMatch(/<w:spacing [^>]*w:line="1843"[^>]*w:lineRule="exact"/);
    expect(firstHeader).not.toContain('PAGE');
    expect(otherHeader).toContain('PAGE');
  });

  it('styles the letter with paragraph styles, not formatting on every paragraph', async () => {
    const { xml, styles } = await docx(fixture('fr', 'new-assistance'));
    for (const id of ['Normal', 'Heading2', 'Addressee', 'Sender', 'Signature', 'Closing', 'CopyTo']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(styleXml(styles, 'Heading2')).toContain('<w:name w:val="heading 2"/>');
    // French letters set the address at the right: in the style, once.
    expect(styleXml(styles, 'Addressee')).toContain('<w:jc w:val="right"/>');
    for (const p of paragraphsOf(xml)) {
      expect(p).toMatch(/<w:pStyle w:val="\w+"\/>/);
      expect(p).not.toMatch(/<w:rFonts|<w:sz |<w:jc /);
    }
    // Only values Word and python-docx both read.
    for (const jc of `${xml}${styles}`.matchAll(/<w:jc w:val="(\w+)"/g)) {
      expect(['left', 'right', 'center', 'both']).toContain(jc[1]);
    }
    expect(xml).toContain('Monsieur le Directeur général');
  });

  it('keeps the closing with the last paragraph and the signature, and nothing else bound together', async () => {
    const { xml } = await docx(fixture('en', 'project'));
    const paragraphs = paragraphsOf(xml);
    const closing = paragraphs.findIndex((p) => p.includes('w:val="Closing"'));
    expect(paragraphs[closing - 1]).toContain('<w:keepNext/>');
    expect(paragraphs.filter((p) => p.includes('<w:keepNext/>'))).toHaveLength(1);
    expect(xml).not.toContain('<w:keepLines/>');
  });

  it('tags text in another language than the letter with its own, and names as no-proofing', async () => {
    const input = fixture('en', 'new-assistance');
    const french =
      'Créer un centre d’appui à la technologie et à l’innovation au sein de la bibliothèque de l’université.';
    const { xml } = await docx({ ...input, details: { ...input.details, purpose: french } });
    expect(xml).toMatch(new RegExp(`<w:lang w:val="fr"[^>]*/>(?:(?!</w:r>)[\\s\\S])*${french}`));
    expect(xml).toMatch(/<w:lang w:val="fr-CH"[^>]*\/>(?:(?!<\/w:r>)[\s\S])*34, chemin des Colombettes/);
    expect(xml).toMatch(/<w:noProof\/>(?:(?!<\/w:r>)[\s\S])*Prof\. Sarah Nakato/);
  });

  it('signs a Russian letter on one line: the title at the left, the name at the right margin', async () => {
    const input = fixture('ru', 'new-assistance');
    const { xml, styles } = await docx(input);
    const signature = paragraphsOf(xml).find((p) => p.includes('w:val="Signature"'))!;
    expect(signature).toMatch(
      new RegExp(`${input.sender.title}[\\s\\S]*<w:tab/>[\\s\\S]*${input.sender.name}`),
    );
    expect(styleXml(styles, 'Signature')).toMatch(/<w:tab w:val="right" w:pos="9070"\/>/);
  });

  it('carries the requester’s fields verbatim, XML-escaped', async () => {
    for (const lang of ['en', 'ar', 'zh'] as const) {
      const input = hostile(fixture(lang, 'project'));
      const { xml } = await docx(input);
      const texts = paragraphTexts(xml);
      expect(texts).toContain(`Dr ${HOSTILE}`);
      expect(texts).toContain(HOSTILE);
      for (const field of ['developmentGoals', 'beneficiaries', 'justification', 'readiness'] as const) {
        expect(texts, `${lang} ${field}`).toContain(input.details[field]);
      }
      expect(xml).not.toMatch(/<script|<img/);
      expect(xml).toContain('&lt;script&gt;');
    }
  });
});
