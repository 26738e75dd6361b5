// DOCX for letterhead: A4, room for the printed letterhead on the first page only, page numbers from
// page 2, fonts named that cover the letter's script, and for Arabic every paragraph bidirectional
// with right-to-left runs (text of the other direction, such as the Geneva address, in runs of its
// own). The look lives in paragraph styles — Normal, Heading 2 for the numbered sections, and one
// style per part of the letter (Addressee, Sender, Signature…) — so a Mission restyles the letter
// to its own letterhead in one place; paragraphs carry only their style and direction.
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphStyleOptions,
} from 'docx';
import type { Lang } from '../knowledge/types.js';
import type { Align, Block, BlockKind, LetterDocument, Line } from '../domain/letters/document.js';
import { directionalRuns } from './bidi.js';

interface FontSet {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly cs: string;
  readonly eastAsia: string;
}
const LATIN = 'Times New Roman';
const NASKH = 'Noto Naskh Arabic';
const CJK = 'Noto Serif CJK SC';
const WESTERN: FontSet = { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK };
/**
 * Arabic in the complex-script slot, Chinese in the East Asian slot, Latin and Cyrillic in the
 * others: each named font covers its script. Word substitutes a font it lacks by script, and
 * LibreOffice finds these on Debian (fonts-noto-core, fonts-noto-cjk). A Chinese letter is set in
 * the CJK font throughout, so that quotation marks, which Unicode shares with Latin text, are
 * the full-width ones of the Chinese font.
 */
export const FONTS: Record<Lang, FontSet> = {
  en: WESTERN,
  fr: WESTERN,
  es: WESTERN,
  ru: WESTERN,
  zh: { ascii: CJK, hAnsi: CJK, cs: NASKH, eastAsia: CJK },
  ar: WESTERN,
};
/** Language tags Word uses for spelling and hyphenation (Latin/Cyrillic, East Asian, right-to-left text). */
const LANGUAGE: Record<Lang, { value: string; eastAsia: string; bidirectional: string }> = {
  en: { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
  fr: { value: 'fr-FR', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
  es: { value: 'es-ES', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
  ru: { value: 'ru-RU', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
  zh: { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
  ar: { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
};

// Sizes in half-points; spacing in twentieths of a point; page in twips (A4 = 11906 × 16838).
const SIZE = 24;
const SIZE_ARABIC = 26;
const AFTER_BLOCK = 200;
const AFTER_PARAGRAPH = 120;
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: Math.round(25 * MM), bottom: Math.round(20 * MM), side: Math.round(25 * MM) } as const;
const HEADER_DISTANCE = Math.round(12.5 * MM);
/** The printed letterhead takes the top 45 mm of the first page; later pages start at the margin. */
const LETTERHEAD = Math.round(45 * MM) - HEADER_DISTANCE;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
/**
 * Line spacing in 240ths of a line, from each font's own metrics. Arabic gets an exact pitch
 * instead: 20 pt for 13 pt Naskh leaves its vowel marks room so lines never touch, whatever font
 * Word substitutes, without the very loose lines Noto Naskh's own tall metrics give.
 */
const LINE: Record<Lang, { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] }> = {
  en: { line: 264, lineRule: LineRuleType.AUTO },
  fr: { line: 264, lineRule: LineRuleType.AUTO },
  es: { line: 264, lineRule: LineRuleType.AUTO },
  ru: { line: 264, lineRule: LineRuleType.AUTO },
  zh: { line: 276, lineRule: LineRuleType.AUTO },
  ar: { line: 400, lineRule: LineRuleType.EXACT },
};

const LRM = '\u200E';
const RLM = '\u200F';

/**
 * `left`/`right`/`both`: the transitional values Word writes and python-docx reads. In a
 * bidirectional paragraph Word and LibreOffice take `left` as the leading edge, so `start` is
 * `left` in every letter and lands on the right in Arabic.
 */
const JC: Record<Align | 'justified', (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  start: AlignmentType.LEFT,
  end: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justified: AlignmentType.BOTH,
};

/** One paragraph style per part of the letter. */
const STYLE_OF: Record<BlockKind, string> = {
  sender: 'Sender',
  reference: 'Reference',
  date: 'LetterDate',
  addressee: 'Addressee',
  subject: 'Subject',
  salutation: 'Salutation',
  paragraph: 'Normal',
  section: 'Normal',
  closing: 'Closing',
  signature: 'Signature',
  cc: 'CopyTo',
};
const HEADING = 'Heading2';

function runs(line: Line, doc: LetterDocument): TextRun[] {
  const rtlLetter = doc.dir === 'rtl';
  const base = LANGUAGE[doc.lang];
  return line.flatMap((seg) => {
    if (seg.tab) return [new TextRun({ children: [new Tab()] })];
    // Text in another language than the letter's is tagged with its own, for spelling.
    const language = seg.lang ? { ...base, value: seg.lang, bidirectional: seg.lang } : undefined;
    return directionalRuns(seg.text, doc.dir).map((r) => {
      // A run is right-to-left when it is Arabic text: the letter's own text in an Arabic letter,
      // or an isolated run in a left-to-right one.
      const rightToLeft = rtlLetter !== r.isolate;
      // DOCX has no isolates: strong marks around the run (LRM in an Arabic letter, RLM in the
      // others) keep its digits and brackets with it, so "34, chemin des Colombettes" stays in order.
      const mark = rtlLetter ? LRM : RLM;
      return new TextRun({
        text: r.isolate ? `${mark}${r.text}${mark}` : r.text,
        ...(rightToLeft ? { rightToLeft: true } : {}),
        ...(language ? { language } : {}),
        // Word and LibreOffice neither spell-check nor (LibreOffice) hyphenate text marked so.
        ...(seg.properName ? { noProof: true } : {}),
      });
    });
  });
}

/** Compact blocks (addresses, signature, cc) are one paragraph with line breaks, kept together. */
function lineBroken(lines: readonly Line[], doc: LetterDocument): TextRun[] {
  return lines.flatMap((line, i) =>
    i === 0 ? runs(line, doc) : [new TextRun({ break: 1 }), ...runs(line, doc)],
  );
}

function paragraphs(b: Block, doc: LetterDocument, keepWithNext: boolean): Paragraph[] {
  // Direction is the paragraph's own property, not a look: written only in an Arabic letter.
  const bidirectional = doc.dir === 'rtl' ? { bidirectional: true } : {};
  const style = STYLE_OF[b.kind];
  const out: Paragraph[] = [];
  if (b.kind === 'section' && b.label !== undefined) {
    out.push(new Paragraph({ style: HEADING, ...bidirectional, children: runs([{ text: b.label }], doc) }));
  }
  // The salutation's lines ("سعادة المدير العام …" / "تحية طيبة وبعد،") are paragraphs of their own.
  if (
    b.kind === 'paragraph' ||
    b.kind === 'section' ||
    b.kind === 'subject' ||
    b.kind === 'closing' ||
    b.kind === 'salutation'
  ) {
    b.lines.forEach((line, i) => {
      const last = i === b.lines.length - 1;
      out.push(
        new Paragraph({
          style,
          ...bidirectional,
          // The last paragraph before the closing goes with it, so the closing never stands alone.
          ...(last && keepWithNext ? { keepNext: true } : {}),
          children: runs(line, doc),
        }),
      );
    });
    return out;
  }
  const lines = b.label !== undefined ? [[{ text: b.label }], ...b.lines] : b.lines;
  out.push(new Paragraph({ style, ...bidirectional, children: lineBroken(lines, doc) }));
  return out;
}

/** The styles of one letter; where a part sits (start, end, centre) is the composer's choice for the language. */
function styles(doc: LetterDocument): IParagraphStyleOptions[] {
  const alignOf = (kind: BlockKind): Align => doc.blocks.find((b) => b.kind === kind)?.align ?? 'start';
  // Prose is set ragged: justified lines of long Russian, French or Spanish words open gaps a
  // reader notices even with hyphenation, and justified Arabic gets kashida from LibreOffice, whose
  // PDFs then extract as broken words. Chinese is justified, with the two-character first-line
  // indent of Chinese letters: its spacing is spread over the characters.
  const chinese = doc.lang === 'zh';
  const prose = {
    alignment: chinese ? JC.justified : JC.start,
    ...(chinese ? { indent: { firstLine: 2 * SIZE * 10 } } : {}),
  };
  const compact = (
    id: string,
    name: string,
    kind: BlockKind,
    extra: IParagraphStyleOptions['paragraph'] = {},
  ) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: {
      alignment: JC[alignOf(kind)],
      indent: { firstLine: 0 },
      keepLines: true,
      spacing: { after: AFTER_BLOCK },
      ...extra,
    },
  });
  return [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: {
        font: FONTS[doc.lang],
        size: SIZE,
        sizeComplexScript: doc.lang === 'ar' ? SIZE_ARABIC : SIZE,
        language: LANGUAGE[doc.lang],
      },
      paragraph: {
        ...prose,
        spacing: { after: AFTER_PARAGRAPH, ...LINE[doc.lang] },
      },
    },
    {
      id: HEADING,
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: {
        bold: true,
        boldComplexScript: true,
        size: SIZE,
        sizeComplexScript: doc.lang === 'ar' ? SIZE_ARABIC : SIZE,
        color: '000000',
      },
      paragraph: {
        alignment: JC.start,
        indent: { firstLine: 0 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 1,
        spacing: { before: 80, after: 40 },
      },
    },
    compact('Sender', 'Sender', 'sender'),
    compact('Reference', 'Reference', 'reference'),
    compact('LetterDate', 'Letter Date', 'date', { keepNext: doc.type === 'note-verbale' }),
    compact('Addressee', 'Addressee', 'addressee'),
    {
      id: 'Subject',
      name: 'Subject',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, boldComplexScript: true },
      paragraph: {
        alignment: JC.start,
        indent: { firstLine: 0 },
        keepNext: true,
        spacing: { after: AFTER_BLOCK },
      },
    },
    // No space between the salutation's own lines, the block's space after the last.
    compact('Salutation', 'Salutation', 'salutation', { keepNext: true, contextualSpacing: true }),
    {
      id: 'Closing',
      name: 'Closing',
      basedOn: 'Normal',
      next: 'Signature',
      quickFormat: true,
      // The closing goes with the signature (in a note verbale, with the place and date).
      paragraph: { keepNext: true, keepLines: true, spacing: { after: AFTER_BLOCK } },
    },
    compact('Signature', 'Signature', 'signature', {
      // Room for the handwritten signature.
      spacing: { before: 800, after: AFTER_BLOCK },
      // Russian letters sign on one line: the name at the right margin.
      rightTabStop: TEXT_WIDTH,
    }),
    // A long list of copies may run on to the next page; widow control keeps the label with a unit.
    compact('CopyTo', 'Copy To', 'cc', { keepLines: false, spacing: { before: 120, after: 0 } }),
  ];
}

function header(doc: LetterDocument, first: boolean): Header {
  if (first) {
    // Space for the printed letterhead: an empty line of exactly that height, on the first page only.
    return new Header({
      children: [
        new Paragraph({
          spacing: { line: LETTERHEAD, lineRule: LineRuleType.EXACT, after: 0 },
          children: [],
        }),
      ],
    });
  }
  return new Header({
    children: [
      new Paragraph({
        alignment: JC.center,
        ...(doc.dir === 'rtl' ? { bidirectional: true } : {}),
        spacing: { after: 0 },
        children: [new TextRun({ children: ['– ', PageNumber.CURRENT, ' –'] })],
      }),
    ],
  });
}

export async function renderDocx(doc: LetterDocument): Promise<Buffer> {
  const closingAt = doc.blocks.findIndex((b) => b.kind === 'closing');
  const document = new Document({
    creator: 'TA Navigator',
    title: doc.title,
    description: 'Letter to the Director General of WIPO',
    // Word and LibreOffice hyphenate by each run's language, so ragged lines stay even.
    hyphenation: { autoHyphenation: true },
    styles: { paragraphStyles: styles(doc) },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE,
            margin: {
              top: MARGIN.top,
              bottom: MARGIN.bottom,
              left: MARGIN.side,
              right: MARGIN.side,
              header: HEADER_DISTANCE,
              footer: HEADER_DISTANCE,
            },
          },
        },
        headers: { first: header(doc, true), default: header(doc, false) },
        children: doc.blocks.flatMap((b, i) => paragraphs(b, doc, i === closingAt - 1)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
