// Renders engine replies for a channel as the server does, without a server.
import type { Reply } from '../../src/flow/types.js';
import type { Lang } from '../../src/knowledge/types.js';
import { capabilitiesOf } from '../../src/server/channels/capabilities.js';
import type { RenderContext } from '../../src/server/channels/renderer.js';
import { createI18n } from '../../src/i18n/index.js';

const i18n = createI18n();
export const BASE_URL = 'https://bot.example.org';

export function renderContext(
  channelId: string,
  lang: Lang = 'en',
  extra: Partial<RenderContext> = {},
): RenderContext {
  return {
    lang,
    t: i18n.forLang(lang),
    baseUrl: BASE_URL,
    capabilities: capabilitiesOf(channelId),
    ...extra,
  };
}

/** A reply with every optional part, for renderer tests. */
export function sampleReply(extra: Partial<Reply> = {}): Reply {
  return { text: 'Who is requesting?', step: 'requester', dir: 'ltr', ...extra };
}
