// Sends a due deadline reminder into its Teams conversation, proactively (the user said nothing):
// the Bot Connector is reached through the adapter with the stored conversation reference.
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Reply } from '../../flow/types.js';
import { textDirection } from '../../knowledge/schema.js';
import type { Knowledge } from '../../knowledge/types.js';
import { formatDate } from '../../present/format.js';
import type { Translate } from '../../present/translate.js';
import { toActivities } from '../channels/table.js';
import type { AppDeps } from '../deps.js';
import type { StoredReminder } from './reminder-store.js';
import type { ReminderSender } from './scheduler.js';

/** The reminder as a reply: the deadline, the program, and the calendar file again. */
export function reminderReply(k: Knowledge, t: Translate, r: StoredReminder): Reply {
  const date = formatDate(r.submitBy, r.lang);
  const program = r.programId ? k.programById.get(r.programId)?.name[r.lang] : undefined;
  return {
    text: program
      ? t('channels:reminder.proactive-program', { program, date })
      : t('channels:reminder.proactive', { date }),
    reminder: { submitBy: r.submitBy, start: r.start, ...(r.programId ? { programId: r.programId } : {}) },
    dir: textDirection(r.lang),
  };
}

export function teamsReminderSender(
  adapter: CloudAdapter,
  appId: string,
  deps: Pick<AppDeps, 'knowledge' | 'i18n'>,
): ReminderSender {
  return async (r) => {
    const t = deps.i18n.forLang(r.lang);
    const [activity] = toActivities(
      [reminderReply(deps.knowledge, t, r)],
      { step: 'reminder', progress: { answered: 0, total: 0 } },
      'msteams',
      { lang: r.lang, t, baseUrl: r.baseUrl },
    );
    await adapter.continueConversationAsync(
      appId,
      r.reference as Partial<ConversationReference>,
      async (ctx) => {
        await ctx.sendActivity(activity!);
      },
    );
  };
}
