// Whose drafts a chat turn touches: per channel, since the same id on two channels is not known
// to be the same person.
import type { Activity } from 'botbuilder';

export const userIdOf = (a: Pick<Activity, 'channelId' | 'from' | 'conversation'>): string =>
  `${a.channelId}:${a.from?.id ?? a.conversation.id}`;
