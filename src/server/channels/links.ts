// The links a reply shows on any channel: its own, less the DOCX when the letter goes as a file,
// plus the calendar file of a deadline.
import type { Reply } from '../../flow/types.js';
import { reminderUrl } from '../reminders/reminder-url.js';
import type { RenderContext } from './renderer.js';

export interface Link {
  readonly label: string;
  readonly url: string;
}

/** The letter's download URL ends with its draft id and `.docx` (see the letter routes). */
const isLetterDocx = (url: string, draftId: string) => url.endsWith(`/api/letters/${draftId}.docx`);

export function replyLinks(reply: Reply, ctx: RenderContext): Link[] {
  const letter = ctx.letterAsFile ? reply.letter : undefined;
  const links = (reply.links ?? []).filter((l) => !letter || !isLetterDocx(l.url, letter.draftId));
  if (reply.reminder)
    links.push({
      label: ctx.t('channels:reminder.link'),
      url: reminderUrl(ctx.baseUrl, reply.reminder, ctx.lang),
    });
  return links;
}
