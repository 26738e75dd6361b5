// A letter as structured data: blocks of lines of segments. Renderers (text, HTML, DOCX) only lay
// it out; every word of it was decided here. Segments typed by the requester are marked `user`
// so renderers can escape and isolate them, and so tests can find them verbatim.
import type { Lang } from '../../knowledge/types.js';
import type { LetterType } from './input.js';

/** Logical alignment: `start` is the right side in a right-to-left letter. */
export type Align = 'start' | 'end' | 'center';

export interface Segment {
  readonly text: string;
  /** Typed by the requester: kept verbatim, never translated. */
  readonly user?: boolean;
  /** The language of this text when it is not the letter's (BCP 47), for spelling and hyphenation. */
  readonly lang?: string;
  /** A person's name: neither spell-checked nor hyphenated ("Нурлано-ва" reads badly). */
  readonly properName?: boolean;
  /** Sends what follows to the end of the line ("Director ⇥ A. B. Surname"); its text is empty. */
  readonly tab?: boolean;
}

export type Line = readonly Segment[];

export type BlockKind =
  | 'sender'
  | 'reference'
  | 'date'
  | 'addressee'
  | 'subject'
  | 'salutation'
  | 'paragraph'
  | 'section'
  | 'closing'
  | 'signature'
  | 'cc';

export interface Block {
  readonly kind: BlockKind;
  readonly align: Align;
  /** A section's heading ("1. Purpose of the assistance") or the cc label ("cc:"). */
  readonly label?: string;
  /**
   * Lines in order. Address-like blocks (sender, addressee, signature, cc, date, reference,
   * salutation) are set line under line; in a paragraph or section each line is a paragraph.
   */
  readonly lines: readonly Line[];
}

export interface LetterDocument {
  readonly type: LetterType;
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  /** A short title for the window, the file name and the drafts list. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

export const textOf = (line: Line): string => line.map((s) => s.text).join('');

/** True for blocks set line under line rather than as paragraphs. */
export function isCompact(kind: BlockKind): boolean {
  return kind !== 'paragraph' && kind !== 'section' && kind !== 'subject' && kind !== 'closing';
}
