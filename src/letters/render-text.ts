// Plain text: one block after another, a blank line between; section headings on their own line.
// Text of the other direction is wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
// ISOLATE, so that an Arabic letter pasted into a mail keeps names and the address in order.
import { isCompact, type Block, type LetterDocument, type Line } from '../domain/letters/document.js';
import { directionalRuns } from './bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';

function lineText(line: Line, dir: LetterDocument['dir']): string {
  return line
    .map((seg) =>
      // Plain text has no tab stops a mail client keeps: a wide space stands for one.
      seg.tab
        ? '      '
        : directionalRuns(seg.text, dir)
            .map((r) => (r.isolate ? `${FSI}${r.text}${PDI}` : r.text))
            .join(''),
    )
    .join('');
}

function blockText(b: Block, dir: LetterDocument['dir']): string {
  const lines = b.lines.map((l) => lineText(l, dir));
  const head = b.label === undefined ? [] : [lineText([{ text: b.label }], dir)];
  // cc: label and units on one line each; sections: heading, then each paragraph.
  const body = isCompact(b.kind) || b.kind === 'section' ? [...head, ...lines] : lines;
  // Room for the handwritten signature.
  return (b.kind === 'signature' ? '\n\n' : '') + body.join('\n');
}

export function renderText(doc: LetterDocument): string {
  return doc.blocks.map((b) => blockText(b, doc.dir)).join('\n\n') + '\n';
}
