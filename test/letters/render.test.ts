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

  it('leaves digits alone and isolates Arabic in a left-to-right letter', () => {
    expect(directionalRuns('10 حزيران/يونيو 2026', 'rtl')).toEqual([
      { text: '10 حزيران/يونيو 2026', isolate: false },
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
    expect(text).toContain('\u2068CH-1211 Geneva 20\u2069');
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
  async function documentXml(input: LetterInput): Promise<{ xml: string; files: Map<string, Buffer> }> {
    const buffer = await renderDocx(build(input).document);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzip(buffer);
    const xml = files.get('word/document.xml')?.toString('utf8');
    if (!xml) throw new Error('word/document.xml missing');
    return { xml, files };
  }

  it('marks every paragraph of an Arabic letter bidirectional and its Arabic runs right-to-left', async () => {
    const { xml } = await documentXml(fixture('ar', 'note-verbale'));
    const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) expect(p).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toMatch(/<w:rFonts [^>]*w:cs="Noto Naskh Arabic"/);
    expect(xml).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
    // The Geneva address stays a left-to-right run, held together by direction marks.
    expect(xml).toContain('\u200E34, chemin des Colombettes\u200E');
  });

  it('has no right-to-left markup in a Chinese letter, and names a CJK font', async () => {
    const { xml } = await documentXml(fixture('zh', 'new-assistance'));
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:rtl/>');
    expect(xml).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Serif CJK SC"/);
  });

  it('is A4 with a wide top margin for the letterhead', async () => {
    const { xml } = await documentXml(fixture('en', 'project'));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2552"/);
  });

  it('carries the requester’s fields verbatim, XML-escaped', async () => {
    for (const lang of ['en', 'ar', 'zh'] as const) {
      const input = hostile(fixture(lang, 'project'));
      const { xml } = await documentXml(input);
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
