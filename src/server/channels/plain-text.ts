// Plain text for channels that show neither buttons nor Markdown (SMS, WhatsApp-like, e-mail, the
// terminal): choices are numbered "(1) Yes (2) No" in exactly the order of `reply.choices`, so
// that typing a number picks the same choice the engine offered. A form is not shown: the
// question is, and it is answered one field at a time.
import type { Choice, Reply } from '../../flow/types.js';
import { replyLinks, type Link } from './links.js';
import type { ChannelRenderer, RenderContext } from './renderer.js';

/** Past this many characters the choices go one per line, so a long list stays readable. */
const ONE_LINE_MAX = 80;

export function numberedChoices(choices: readonly Choice[]): string {
  const items = choices.map((c, i) => `(${i + 1}) ${c.label}`);
  const line = items.join(' ');
  return line.length <= ONE_LINE_MAX ? line : items.join('\n');
}

/** Title, text, facts and links as plain paragraphs (also the fallback text of cards). */
export function plainText(
  reply: Reply,
  links: readonly Link[] = reply.links ?? [],
  t?: RenderContext['t'],
): string {
  // "Label:" as the language writes it ("Contact :", "联系人：").
  const label = (l: string) => (t ? t('channels:fact-label', { label: l }) : `${l}:`);
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  parts.push(reply.text);
  if (reply.facts?.length) parts.push(reply.facts.map((f) => `${label(f.label)} ${f.value}`).join('\n'));
  for (const l of links) parts.push(`${label(l.label)} ${l.url}`);
  return parts.filter(Boolean).join('\n\n');
}

export function plainTextMessage(reply: Reply, ctx: RenderContext): string {
  const choices = reply.choices?.length ? [numberedChoices(reply.choices)] : [];
  return [plainText(reply, replyLinks(reply, ctx), ctx.t), ...choices].join('\n\n');
}

export const plainTextRenderer: ChannelRenderer = {
  id: 'plain-text',
  render: (reply, ctx) => ({
    type: 'message',
    ...(ctx.locale ? { locale: ctx.locale } : {}),
    text: plainTextMessage(reply, ctx),
    textFormat: 'plain',
    ...(reply.speak ? { speak: reply.speak } : {}),
  }),
};
