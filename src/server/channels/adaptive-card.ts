// Building blocks of the Adaptive Cards (1.5, the highest Teams renders for bots) that Teams and
// Web Chat get. Text is laid out so that every line break shows: Teams' TextBlock Markdown joins
// lines separated by a single "\n", so each line is a TextBlock of its own (paragraphs keep the
// default spacing, lines within a paragraph none).
import type { Reply } from '../../flow/types.js';
import type { Link } from './links.js';

export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

export type CardElement = Record<string, unknown>;

export function textBlocks(text: string, extra: CardElement = {}): CardElement[] {
  const blocks: CardElement[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
    lines.forEach((line, i) =>
      blocks.push({
        type: 'TextBlock',
        text: line,
        wrap: true,
        ...(i > 0 ? { spacing: 'None' } : {}),
        ...extra,
      }),
    );
  }
  return blocks;
}

export function titleBlock(title: string): CardElement {
  return { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true };
}

/** Facts are one line each: a line break in a value (a multi-line answer) becomes a space. */
export function factSet(facts: NonNullable<Reply['facts']>): CardElement {
  const line = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  return { type: 'FactSet', facts: facts.map((f) => ({ title: line(f.label), value: line(f.value) })) };
}

/** Title, text and facts of a reply. */
export function replyBody(reply: Reply): CardElement[] {
  return [
    ...(reply.title ? [titleBlock(reply.title)] : []),
    ...textBlocks(reply.text),
    ...(reply.facts?.length ? [factSet(reply.facts)] : []),
  ];
}

export const openUrl = (l: Link): CardElement => ({ type: 'Action.OpenUrl', title: l.label, url: l.url });

/** Links past the action budget, as Markdown links in the text (Teams and Web Chat render them). */
export function linkBlocks(links: readonly Link[]): CardElement[] {
  const escape = (s: string) => s.replace(/([\\[\]])/g, '\\$1');
  return links.map((l) => ({ type: 'TextBlock', text: `[${escape(l.label)}](${l.url})`, wrap: true }));
}

export function card(o: {
  body: readonly CardElement[];
  actions?: readonly CardElement[];
  rtl?: boolean;
  fallbackText?: string;
  speak?: string;
}): CardElement {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    ...(o.rtl ? { rtl: true } : {}),
    ...(o.fallbackText ? { fallbackText: o.fallbackText } : {}),
    ...(o.speak ? { speak: o.speak } : {}),
    body: [...o.body],
    ...(o.actions?.length ? { actions: [...o.actions] } : {}),
  };
}
