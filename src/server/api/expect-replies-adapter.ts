// The adapter for anonymous `deliveryMode: "expectReplies"` turns (the Web Chat page, and
// /api/messages without MicrosoftAppId): the replies go back in the HTTP answer and nothing is
// ever sent to a Bot Connector.
//
// botbuilder's CloudAdapter would build a ConnectorClient and a UserTokenClient for every such
// turn (an Azure HTTP pipeline each, about a tenth of a turn's CPU) and never use them. This one
// keeps the rest of the channel layer as it is (TurnContext, middleware, BotAdapter.runMiddleware,
// onTurnError, the SDK's anonymous authentication) and answers exactly as CloudAdapter.process
// and CloudAdapterBase.processActivity do for these turns (botbuilder 4.23):
// - the turn runs through runMiddleware; a throwing logic goes to onTurnError, whose replies are
//   buffered like any other;
// - the answer is 200 `{ activities: context.bufferedReplyActivities }` — for an invoke too: with
//   expectReplies CloudAdapterBase.processTurnResults returns the buffer (the `invokeResponse`
//   activity is one of its entries) before it looks at the invoke response;
// - an error that escapes onTurnError is a 500 whose body is its message.
// Authenticated traffic, Teams, proactive sends and replies posted to a serviceUrl stay with
// CloudAdapter (messages-route.ts chooses).
//
// This module imports botbuilder: messages-route.ts imports it on first use, with the SDK.
import {
  BotAdapter,
  BotCallbackHandlerKey,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  StatusCodes,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../log.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Thrown by what needs a Bot Connector: editing, deleting or sending outside the turn's answer. */
export class NotSupportedHereError extends Error {
  constructor(what: string) {
    super(
      `${what} is not supported on this endpoint: its turns are answered in the HTTP response ` +
        '(deliveryMode "expectReplies") and it has no Bot Connector to call',
    );
    this.name = 'NotSupportedHereError';
  }
}

/**
 * botbuilder's validateAndFixActivity (not exported): CloudAdapter hands the logic an activity
 * whose timestamps are Dates, the strings kept as raw*.
 */
function fixTimestamps(activity: Activity): Activity {
  const a = activity as Activity & Record<string, unknown>;
  if (typeof a.timestamp === 'string') {
    a.rawTimestamp = a.timestamp;
    a.timestamp = new Date(a.timestamp);
  }
  if (typeof a.expiration === 'string') {
    a.rawExpiration = a.expiration;
    a.expiration = new Date(a.expiration);
  }
  if (typeof a.localTimestamp === 'string') {
    a.rawLocalTimestamp = a.localTimestamp;
    a.localTimestamp = new Date(a.localTimestamp);
  }
  return a;
}

export class ExpectRepliesAdapter extends BotAdapter {
  /**
   * The same authentication an anonymous CloudAdapter has (no app id: authentication disabled).
   * Asking it, rather than building its answer here, gives the turn the claims, audience and
   * callerId CloudAdapter gives it (the Emulator's skill case included); it costs no client.
   */
  private readonly auth = new ConfigurationBotFrameworkAuthentication({});

  /** `log`: where an error that escapes onTurnError goes (CloudAdapter writes it to the console). */
  constructor(private readonly log?: Logger) {
    super();
  }

  /**
   * Runs one turn and writes its answer. `req.body` is the activity, already checked
   * (messages-route.ts readActivity) and with `deliveryMode: "expectReplies"`.
   */
  async process(req: Request, res: Response, logic: TurnLogic): Promise<void> {
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    const activity = fixTimestamps(req.body as Activity);
    if (activity.deliveryMode !== DeliveryModes.ExpectReplies)
      // A caller's mistake: without expectReplies the replies would have to be posted.
      throw new TypeError(
        'ExpectRepliesAdapter.process: the activity must have deliveryMode "expectReplies"',
      );
    try {
      const authHeader = req.headers.authorization ?? '';
      const result = await this.auth.authenticateRequest(activity, authHeader);
      // Anonymous: null, which clears any callerId the client sent (as CloudAdapter does).
      activity.callerId = result.callerId as string;
      const context = new TurnContext(this, activity);
      context.turnState.set(this.BotIdentityKey, result.claimsIdentity);
      context.turnState.set(BotCallbackHandlerKey, logic);
      context.turnState.set(this.OAuthScopeKey, result.audience);
      await this.runMiddleware(context, logic);
      return end(StatusCodes.OK, { activities: context.bufferedReplyActivities });
    } catch (err) {
      const error = err as Error | undefined;
      if (this.log) this.log.error({ event: 'turn-error', err: { type: error?.name } }, error?.message);
      else console.error(err);
      return end(StatusCodes.INTERNAL_SERVER_ERROR, error?.message ?? err);
    }
  }

  // With expectReplies TurnContext buffers every reply and never calls the adapter to send one.
  async sendActivities(_context: TurnContext, _activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    throw new NotSupportedHereError('sending an activity outside the turn');
  }

  async updateActivity(
    _context: TurnContext,
    _activity: Partial<Activity>,
  ): Promise<ResourceResponse | void> {
    throw new NotSupportedHereError('updating an activity');
  }

  async deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    throw new NotSupportedHereError('deleting an activity');
  }

  async continueConversation(_reference: Partial<ConversationReference>, _logic: TurnLogic): Promise<void> {
    throw new NotSupportedHereError('continuing a conversation (a proactive message)');
  }

  override async continueConversationAsync(): Promise<void> {
    throw new NotSupportedHereError('continuing a conversation (a proactive message)');
  }

  override async createConversationAsync(): Promise<void> {
    throw new NotSupportedHereError('creating a conversation');
  }
}
