// HTML preview: a standalone page, `<html lang dir>`, everything escaped (the requester's text
// included: it is data, never markup), and text of the other direction isolated in <bdi>.
import { isCompact, type Block, type LetterDocument, type Line } from '../domain/letters/document.js';
import { directionalRuns } from './bidi.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

function lineHtml(line: Line, dir: LetterDocument['dir']): string {
  return line
    .map((seg) => {
      if (seg.tab) return '<span class="tab"></span>';
      const html = directionalRuns(seg.text, dir)
        .map((r) => (r.isolate ? `<bdi>${escapeHtml(r.text)}</bdi>` : escapeHtml(r.text)))
        .join('');
      const lang = seg.lang ? ` lang="${escapeHtml(seg.lang)}"` : '';
      const cls = seg.user ? ` class="typed${seg.properName ? ' name' : ''}"` : '';
      return cls || lang ? `<span${cls}${lang}>${html}</span>` : html;
    })
    .join('');
}

function blockHtml(b: Block, dir: LetterDocument['dir']): string {
  const cls = `block ${b.kind} align-${b.align}${isCompact(b.kind) ? ' compact' : ''}`;
  const label = b.label === undefined ? '' : `<p class="label">${lineHtml([{ text: b.label }], dir)}</p>`;
  const lines = b.lines
    .map((l) => `<p${l.some((seg) => seg.tab) ? ' class="tabbed"' : ''}>${lineHtml(l, dir)}</p>`)
    .join('');
  return `<div class="${cls}">${label}${lines}</div>`;
}

const STYLE = `
body{margin:0;background:#eceff1;color:#111}
.letter{box-sizing:border-box;max-width:210mm;margin:1.5rem auto;padding:25mm;background:#fff;
  font:12pt/1.45 "Times New Roman","Noto Serif",serif;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.letter:lang(ar){font-family:"Noto Naskh Arabic",Arial,serif;font-size:14pt;line-height:1.7}
.letter:lang(zh){font-family:"Noto Serif CJK SC",SimSun,serif}
.block{margin:0 0 1em}.block p{margin:0 0 .6em}.compact p{margin:0}
.align-end{text-align:end}.align-center{text-align:center}
.letter{hyphens:auto}.letter:lang(zh) .paragraph p,.letter:lang(zh) .section p{text-align:justify;text-indent:2em}
.tabbed{display:flex;justify-content:space-between;gap:1em}.name{hyphens:manual}
.subject,.label{font-weight:bold}.section .label{margin-bottom:.2em}
.signature{margin-top:3.5em}
`;

export function renderHtml(doc: LetterDocument): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}" dir="${doc.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>`,
    `<body><article class="letter" lang="${doc.lang}" dir="${doc.dir}">`,
    ...doc.blocks.map((b) => blockHtml(b, doc.dir)),
    '</article></body></html>',
    '',
  ].join('\n');
}
