// In a Teams personal chat the drafted letter comes as a file: after the letter's card (which then
// has no DOCX link), a FileConsentCard for its DOCX. Group chats and channels cannot take bot
// files, so they keep the link, as Web Chat does.
import type { Activity } from 'botbuilder';
import type { Reply } from '../../flow/types.js';
import type { Translate } from '../../present/translate.js';
import type { OutgoingActivity } from '../channels/renderer.js';
import type { AppDeps } from '../deps.js';
import { fileConsentAttachment } from './file-consent.js';
import { letterFile } from './letter-file.js';

export function sendsLetterAsFile(activity: Pick<Activity, 'channelId' | 'conversation'>): boolean {
  return activity.channelId === 'msteams' && activity.conversation?.conversationType === 'personal';
}

/**
 * The file offers to put after each letter's activity (same index as `replies`); a letter whose
 * file cannot be made gets none, and its reply must then be rendered with the link.
 */
export async function letterOffers(
  deps: Pick<AppDeps, 'storage' | 'knowledge' | 'i18n'>,
  replies: readonly Reply[],
  userId: string,
  t: Translate,
): Promise<(OutgoingActivity | undefined)[]> {
  return Promise.all(
    replies.map(async (r) => {
      if (!r.letter) return undefined;
      const file = await letterFile(deps, r.letter.draftId, userId);
      return file ? { type: 'message', attachments: [fileConsentAttachment(file, t)] } : undefined;
    }),
  );
}
