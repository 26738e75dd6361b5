// Web Chat, the Emulator, Direct Line and other button channels: Markdown text with suggested
// actions (messageBack, so the tap shows as the user's message and sends its value). Where the
// channel shows Adaptive Cards, a form comes as a card attachment under the question.
import type { Form, Reply } from '../../flow/types.js';
import { choiceValue, formValue } from './action-data.js';
import { ADAPTIVE_CARD_TYPE, card } from './adaptive-card.js';
import { formInputs } from './form-inputs.js';
import { replyLinks } from './links.js';
import type { ChannelRenderer, OutgoingActivity, RenderContext } from './renderer.js';

const SPECIAL = /[\\`*_[\]<>]/;
const URL = /\bhttps?:\/\/[^\s<>()]*[^\s<>().,;:!?'"»”)]/gu;

/**
 * Markdown special characters in user-supplied text are escaped so they show as typed; a URL is
 * left as it is, or the channel would print its backslashes ("rp\\_catalog") or break the link.
 */
export function escapeMarkdown(text: string): string {
  // Most texts have nothing to escape: then the URLs need not be looked for either.
  if (!SPECIAL.test(text)) return text;
  const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL)) {
    out += escape(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + escape(text.slice(at));
}

export function markdownText(reply: Reply, ctx: RenderContext): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`**${escapeMarkdown(reply.title)}**`);
  parts.push(escapeMarkdown(reply.text));
  if (reply.facts?.length)
    parts.push(
      reply.facts
        .map(
          (f) =>
            `- **${escapeMarkdown(ctx.t('channels:fact-label', { label: f.label }))}** ${escapeMarkdown(f.value)}`,
        )
        .join('\n'),
    );
  for (const l of replyLinks(reply, ctx)) parts.push(`[${escapeMarkdown(l.label)}](${l.url})`);
  return parts.filter(Boolean).join('\n\n');
}

/** The form alone (the question is the message text above it), submitted with Action.Submit. */
export function formCard(reply: Reply, form: Form, ctx: RenderContext): Record<string, unknown> {
  return card({
    body: formInputs(form, ctx.t),
    actions: [{ type: 'Action.Submit', title: form.submitLabel, data: formValue(reply, form) }],
    rtl: reply.dir === 'rtl',
  });
}

export const markdownRenderer: ChannelRenderer = {
  id: 'markdown',
  render: (reply, ctx): OutgoingActivity => ({
    type: 'message',
    ...(ctx.locale ? { locale: ctx.locale } : {}),
    text: markdownText(reply, ctx),
    textFormat: 'markdown',
    ...(reply.speak ? { speak: reply.speak } : {}),
    ...(reply.form && ctx.capabilities.adaptiveCards
      ? { attachments: [{ contentType: ADAPTIVE_CARD_TYPE, content: formCard(reply, reply.form, ctx) }] }
      : {}),
    ...(reply.choices?.length
      ? {
          suggestedActions: {
            to: [],
            actions: reply.choices.map((c) => ({
              type: 'messageBack',
              title: c.label,
              text: c.label,
              displayText: c.label,
              value: choiceValue(reply, c),
            })),
          },
        }
      : {}),
  }),
};
