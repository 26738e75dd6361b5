// DOCX for letterhead: A4, wide top margin for the printed letterhead, fonts named that cover the
// letter's script, and for Arabic every paragraph bidirectional with right-to-left runs (text of
// the other direction, such as the Geneva address, in runs of its own).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Lang } from '../knowledge/types.js';
import {
  isCompact,
  type Align,
  type Block,
  type LetterDocument,
  type Line,
} from '../domain/letters/document.js';
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
/**
 * Arabic in the complex-script slot, Chinese in the East Asian slot, Latin and Cyrillic in the
 * others: each named font covers its script. Word substitutes a font it lacks by script, and
 * LibreOffice finds these on Debian (fonts-noto-core, fonts-noto-cjk).
 */
export const FONTS: Record<Lang, FontSet> = {
  en: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
  fr: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
  es: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
  ru: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
  zh: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
  ar: { ascii: LATIN, hAnsi: LATIN, cs: NASKH, eastAsia: CJK },
};
/** Language tags Word uses for spelling and for choosing fonts. */
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
const SIZE_ARABIC = 28;
const AFTER_BLOCK = 240;
const AFTER_PARAGRAPH = 160;
const MM = 56.7;

const LRM = '\u200E';
const RLM = '\u200F';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  start: AlignmentType.START,
  end: AlignmentType.END,
  center: AlignmentType.CENTER,
};

function runs(line: Line, doc: LetterDocument, bold = false): TextRun[] {
  const rtlLetter = doc.dir === 'rtl';
  const font = FONTS[doc.lang];
  return line.flatMap((seg) =>
    directionalRuns(seg.text, doc.dir).map((r) => {
      // A run is right-to-left when it is Arabic text: the letter's own text in an Arabic letter,
      // or an isolated run in a left-to-right one.
      const rightToLeft = rtlLetter !== r.isolate;
      // DOCX has no isolates: strong marks around the run (LRM in an Arabic letter, RLM in the
      // others) keep its digits and brackets with it, so "34, chemin des Colombettes" stays in order.
      const mark = rtlLetter ? LRM : RLM;
      return new TextRun({
        text: r.isolate ? `${mark}${r.text}${mark}` : r.text,
        bold,
        boldComplexScript: bold,
        font,
        size: SIZE,
        sizeComplexScript: doc.lang === 'ar' ? SIZE_ARABIC : SIZE,
        ...(rightToLeft ? { rightToLeft: true } : {}),
        language: LANGUAGE[doc.lang],
      });
    }),
  );
}

function paragraphs(b: Block, doc: LetterDocument): Paragraph[] {
  const bidirectional = doc.dir === 'rtl';
  const compact = isCompact(b.kind);
  // Prose is set ragged: justified lines of long Russian, French or Spanish words open gaps a
  // reader notices even with hyphenation, and justified Arabic gets kashida from LibreOffice, whose
  // PDFs then extract as broken words. Chinese is justified: its spacing is spread over characters.
  const proseAlignment = doc.lang === 'zh' ? AlignmentType.JUSTIFIED : AlignmentType.START;
  const out: Paragraph[] = [];
  if (b.label !== undefined) {
    out.push(
      new Paragraph({
        children: runs([{ text: b.label }], doc, true),
        alignment: ALIGN[b.align],
        bidirectional,
        keepNext: true,
        spacing: { after: compact ? 0 : 60 },
      }),
    );
  }
  b.lines.forEach((line, i) => {
    const last = i === b.lines.length - 1;
    const prose = !compact;
    out.push(
      new Paragraph({
        children: runs(line, doc, b.kind === 'subject'),
        alignment: prose && b.kind !== 'subject' ? proseAlignment : ALIGN[b.align],
        bidirectional,
        keepLines: true,
        // Keep address-like blocks together, and the closing with the signature and what follows it.
        keepNext: (compact && !last) || b.kind === 'closing' || b.kind === 'signature',
        spacing: {
          // Space for the handwritten signature.
          before: b.kind === 'signature' && i === 0 ? 1100 : 0,
          after: last ? AFTER_BLOCK : prose ? AFTER_PARAGRAPH : 0,
        },
      }),
    );
  });
  return out;
}

export async function renderDocx(doc: LetterDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'TA Navigator',
    title: doc.title,
    description: 'Letter to the Director General of WIPO',
    // Word and LibreOffice hyphenate by each run's language, so ragged lines stay even.
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: {
          run: { font: FONTS[doc.lang], size: SIZE, language: LANGUAGE[doc.lang] },
          paragraph: { spacing: { line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            // 45 mm at the top leaves the printed letterhead free.
            margin: {
              top: Math.round(45 * MM),
              bottom: Math.round(25 * MM),
              left: Math.round(25 * MM),
              right: Math.round(25 * MM),
            },
          },
        },
        children: doc.blocks.flatMap((b) => paragraphs(b, doc)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
