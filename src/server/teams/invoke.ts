// Teams invokes: `adaptiveCard/action` (a tap on an Action.Execute: the same turn a submit gives,
// its replies sent as messages, the invoke answered with the used card refreshed) and
// `fileConsent/invoke` (the user accepted or declined the letter as a file). Anything else, or a
// malformed value, gets an error answer rather than an exception.
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { DEFAULT_LANG, langFromLocale } from '../../i18n/index.js';
import type { BotTurns } from '../bot.js';
import { userIdOf } from '../user-id.js';
import { conversationKey, loadState } from '../conversation-store.js';
import type { AppDeps } from '../deps.js';
import {
  ADAPTIVE_CARD_ACTION_INVOKE,
  AdaptiveCardActionValue,
  cardResponse,
  turnValueOf,
} from './action-execute.js';
import { FILE_CONSENT_INVOKE, FileConsentValue, handleFileConsent } from './file-consent.js';
import { fetchUploader } from './file-upload.js';
import { letterFile } from './letter-file.js';
import { usedCard } from './used-card.js';

async function answer(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity({
    type: 'invokeResponse',
    value: { status, ...(body !== undefined ? { body } : {}) },
  });
}

/** Universal Actions' error body (`application/vnd.microsoft.error`). */
const errorBody = (error: z.ZodError) => ({
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: { code: 'BadRequest', message: z.prettifyError(error).slice(0, 500) },
});

export async function handleInvoke(
  context: TurnContext,
  deps: AppDeps,
  turns: BotTurns,
  baseUrl: string,
): Promise<void> {
  const a = context.activity;
  switch (a.name) {
    case ADAPTIVE_CARD_ACTION_INVOKE: {
      const parsed = AdaptiveCardActionValue.safeParse(a.value);
      if (!parsed.success) return answer(context, 200, errorBody(parsed.error));
      const data = parsed.data.action.data;
      const outcome = await turns.run(
        context,
        { value: turnValueOf(data), ...(a.locale ? { locale: a.locale } : {}) },
        baseUrl,
      );
      await turns.send(context, outcome, baseUrl);
      return answer(context, 200, cardResponse(usedCard(data, deps.i18n.forLang(outcome.lang))));
    }
    case FILE_CONSENT_INVOKE: {
      const parsed = FileConsentValue.safeParse(a.value);
      if (!parsed.success) return answer(context, 400);
      const { state } = await loadState(deps.storage, conversationKey(a.channelId, a.conversation.id));
      const t = deps.i18n.forLang(state.lang ?? langFromLocale(a.locale) ?? DEFAULT_LANG);
      const userId = userIdOf(a);
      const base = baseUrl.replace(/\/$/, '');
      const outcome = await handleFileConsent(parsed.data, {
        upload: deps.fileUpload ?? fetchUploader,
        file: (draftId) => letterFile(deps, draftId, userId),
        t,
        downloadUrl: (draftId) => `${base}/api/letters/${draftId}.docx`,
        downloadLabel: t('flow:letter.download'),
      });
      if (outcome.activities.length) await context.sendActivities(outcome.activities);
      return answer(context, 200);
    }
    default:
      return answer(context, 501);
  }
}
