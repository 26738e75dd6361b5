// The contract every channel renderer fulfils: one plain reply in, one Bot Framework activity out.
import type { Activity } from 'botbuilder';
import type { Reply } from '../../flow/types.js';
import type { Lang } from '../../knowledge/types.js';
import type { Translate } from '../../present/translate.js';
import type { ChannelCapabilities } from './capabilities.js';

export interface RenderContext {
  /** The conversation's language, for the renderer's own words (buttons, calendar link). */
  readonly lang: Lang;
  readonly t: Translate;
  /** Absolute origin for links (Teams and Web Chat open only absolute URLs). */
  readonly baseUrl: string;
  /** The channel's locale, echoed on each activity. */
  readonly locale?: string;
  readonly capabilities: ChannelCapabilities;
  /**
   * The letter is sent as a file in this conversation (Teams personal chat), so its card drops
   * the DOCX link; the file offer follows it.
   */
  readonly letterAsFile?: boolean;
}

export type OutgoingActivity = Partial<Activity>;

export interface ChannelRenderer {
  /** Names the renderer in tests and logs. */
  readonly id: string;
  render(reply: Reply, ctx: RenderContext): OutgoingActivity;
}
