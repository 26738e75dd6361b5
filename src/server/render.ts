// The one place that knows channels: plain replies -> Bot Framework activities. Teams shows no
// suggested actions, so it gets Adaptive Cards (1.5) with Action.Submit; other channels get
// Markdown text with suggested actions. Every card carries a plain-text fallback.
import type { Activity, Attachment } from 'botbuilder';
import type { Reply, TurnStatus } from '../flow/types.js';

export const ADAPTIVE_CARD_VERSION = '1.5';

/** Markdown special characters in user-supplied text are escaped so they show as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function plainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  parts.push(reply.text);
  for (const f of reply.facts ?? []) parts.push(`${f.label}: ${f.value}`);
  for (const l of reply.links ?? []) parts.push(`${l.label}: ${l.url}`);
  return parts.filter(Boolean).join('\n\n');
}

function markdown(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`**${escapeMarkdown(reply.title)}**`);
  parts.push(escapeMarkdown(reply.text));
  if (reply.facts?.length)
    parts.push(
      reply.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`).join('\n'),
    );
  for (const l of reply.links ?? []) parts.push(`[${escapeMarkdown(l.label)}](${l.url})`);
  return parts.filter(Boolean).join('\n\n');
}

export function adaptiveCard(reply: Reply): Record<string, unknown> {
  const rtl = reply.dir === 'rtl';
  const body: Record<string, unknown>[] = [];
  if (reply.title)
    body.push({ type: 'TextBlock', text: reply.title, weight: 'Bolder', size: 'Medium', wrap: true });
  for (const para of reply.text.split('\n\n').filter(Boolean))
    body.push({ type: 'TextBlock', text: para, wrap: true });
  if (reply.facts?.length)
    body.push({ type: 'FactSet', facts: reply.facts.map((f) => ({ title: f.label, value: f.value })) });
  const actions: Record<string, unknown>[] = [
    ...(reply.links ?? []).map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
    ...(reply.choices ?? []).map((c) => ({
      type: 'Action.Submit',
      title: c.label,
      data: { choice: c.value, ...(reply.step ? { step: reply.step } : {}) },
    })),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    ...(rtl ? { rtl: true } : {}),
    fallbackText: plainText(reply),
    body,
    ...(actions.length ? { actions } : {}),
  };
}

export function toActivity(reply: Reply, channelId: string, locale: string | undefined): Partial<Activity> {
  const base: Partial<Activity> = { type: 'message', ...(locale ? { locale } : {}) };
  if (channelId === 'msteams') {
    const attachment: Attachment = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: adaptiveCard(reply),
    };
    return { ...base, attachments: [attachment], summary: reply.title ?? reply.text.slice(0, 100) };
  }
  return {
    ...base,
    text: markdown(reply),
    textFormat: 'markdown',
    ...(reply.choices?.length
      ? {
          suggestedActions: {
            to: [],
            actions: reply.choices.map((c) => ({
              type: 'messageBack',
              title: c.label,
              text: c.label,
              displayText: c.label,
              value: { choice: c.value, ...(reply.step ? { step: reply.step } : {}) },
            })),
          },
        }
      : {}),
  };
}

/** A reply batch; its last activity tells the client where the interview stands. */
export function toActivities(
  replies: readonly Reply[],
  status: TurnStatus,
  channelId: string,
  locale: string | undefined,
): Partial<Activity>[] {
  const activities = replies.map((r) => toActivity(r, channelId, locale));
  const last = activities.at(-1);
  if (last) last.channelData = { ...(last.channelData ?? {}), taNavigator: status };
  return activities;
}
