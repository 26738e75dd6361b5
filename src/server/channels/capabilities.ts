// What each channel can show, by its Bot Framework channel id. The renderer is chosen from these
// capabilities (see table.ts), so a new channel is one row here, and a new kind of client one
// renderer file.
import { Channels } from 'botbuilder';

export interface ChannelCapabilities {
  /** Shows Adaptive Cards (1.5) sent as attachments. */
  readonly adaptiveCards: boolean;
  /** Runs Universal Actions (`Action.Execute` → `adaptiveCard/action` invoke) and folds cards past 6 actions. */
  readonly universalActions: boolean;
  /** Shows suggested actions (buttons under the message) and sends their value back. */
  readonly suggestedActions: boolean;
  /** Renders Markdown in message text. */
  readonly markdown: boolean;
}

const TEAMS: ChannelCapabilities = {
  adaptiveCards: true,
  universalActions: true,
  suggestedActions: false,
  markdown: true,
};
const WEB_CHAT: ChannelCapabilities = {
  adaptiveCards: true,
  universalActions: false,
  suggestedActions: true,
  markdown: true,
};
/** Buttons and Markdown, no cards we rely on. */
const BUTTONS: ChannelCapabilities = {
  adaptiveCards: false,
  universalActions: false,
  suggestedActions: true,
  markdown: true,
};
/** Text only: choices are numbered and answered by typing the number. */
export const PLAIN_TEXT: ChannelCapabilities = {
  adaptiveCards: false,
  universalActions: false,
  suggestedActions: false,
  markdown: false,
};

/** The terminal chat (`ta-navigator chat`) is a channel of its own. */
export const TERMINAL_CHANNEL = 'terminal';

const BY_CHANNEL: Readonly<Record<string, ChannelCapabilities>> = {
  [Channels.Msteams]: TEAMS,
  [Channels.Webchat]: WEB_CHAT,
  [Channels.Emulator]: WEB_CHAT,
  [Channels.Directline]: WEB_CHAT,
  [Channels.DirectlineSpeech]: WEB_CHAT,
  [Channels.Telegram]: BUTTONS,
  [Channels.Facebook]: BUTTONS,
  [Channels.Slack]: BUTTONS,
  [Channels.Line]: BUTTONS,
  [Channels.Sms]: PLAIN_TEXT,
  [Channels.Twilio]: PLAIN_TEXT,
  [Channels.Telephony]: PLAIN_TEXT,
  [Channels.Email]: PLAIN_TEXT,
  [Channels.Console]: PLAIN_TEXT,
  whatsapp: PLAIN_TEXT,
  acs_sms: PLAIN_TEXT,
  [TERMINAL_CHANNEL]: PLAIN_TEXT,
};

/**
 * An unknown channel gets Markdown with suggested actions, as the Bot Framework connector turns
 * suggested actions into whatever that channel has (and drops them where it has none, leaving
 * the text, which still works because typed answers are understood).
 */
export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return (channelId && BY_CHANNEL[channelId.toLowerCase()]) || BUTTONS;
}
