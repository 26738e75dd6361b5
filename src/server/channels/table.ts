// The one place that picks how a channel is spoken to: the first renderer whose condition the
// channel's capabilities meet. Adding a kind of client is a file and a row here; adding a channel
// is a row in capabilities.ts.
import type { Reply, TurnStatus } from '../../flow/types.js';
import { capabilitiesOf, type ChannelCapabilities } from './capabilities.js';
import { markdownRenderer } from './markdown.js';
import { plainTextRenderer } from './plain-text.js';
import type { ChannelRenderer, OutgoingActivity, RenderContext } from './renderer.js';
import { teamsCardsRenderer } from './teams-cards.js';

export const RENDERERS: readonly {
  readonly when: (c: ChannelCapabilities) => boolean;
  readonly renderer: ChannelRenderer;
}[] = [
  { when: (c) => c.universalActions && c.adaptiveCards, renderer: teamsCardsRenderer },
  { when: (c) => c.suggestedActions, renderer: markdownRenderer },
  { when: () => true, renderer: plainTextRenderer },
];

export function rendererFor(capabilities: ChannelCapabilities): ChannelRenderer {
  return RENDERERS.find((r) => r.when(capabilities))!.renderer;
}

export type ChannelRenderContext = Omit<RenderContext, 'capabilities'>;

/** A reply batch for a channel; its last activity tells the client where the interview stands. */
export function toActivities(
  replies: readonly Reply[],
  status: TurnStatus,
  channelId: string,
  ctx: ChannelRenderContext,
): OutgoingActivity[] {
  const capabilities = capabilitiesOf(channelId);
  const renderer = rendererFor(capabilities);
  const activities = replies.map((r) => renderer.render(r, { ...ctx, capabilities }));
  const last = activities.at(-1);
  if (last) last.channelData = { ...(last.channelData ?? {}), taNavigator: status };
  return activities;
}
