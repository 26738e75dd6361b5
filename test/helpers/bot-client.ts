// Talks to the running server over POST /api/messages with deliveryMode "expectReplies", as the
// Web Chat page and the checks do: no Azure service in between.
import { randomUUID } from 'node:crypto';
import { postJson } from './server.js';

export interface BotActivity {
  type: string;
  text?: string;
  locale?: string;
  attachments?: { contentType: string; content: any }[];
  suggestedActions?: { actions: { type: string; title: string; value?: { choice?: string } }[] };
  channelData?: { taNavigator?: { step: string; progress: { answered: number; total: number } } };
}

export class BotClient {
  last: BotActivity[] = [];
  private n = 0;
  constructor(
    readonly url: string,
    readonly channelId: string,
    readonly conversationId: string,
    readonly locale: string,
    readonly userId = 'user-1',
    /** Another endpoint (the page's /api/webchat/messages) and headers (its session token). */
    readonly via: { endpoint?: string; headers?: Record<string, string> } = {},
  ) {}

  /** A Web Chat page user: a session from POST /api/session, talking to /api/webchat/messages. */
  static async page(url: string, conversationId: string, locale: string): Promise<BotClient> {
    const session = await postJson(`${url}/api/session`, {});
    if (session.status !== 201) throw new Error(`POST /api/session: ${session.status}`);
    return new BotClient(url, 'webchat', conversationId, locale, session.json.userId as string, {
      endpoint: '/api/webchat/messages',
      headers: { authorization: `Bearer ${session.json.token as string}` },
    });
  }

  /** The HTTP answer of the last post (status and body), for tests of refusals. */
  lastStatus = 0;

  async raw(activity: Record<string, unknown>) {
    const res = await postJson(
      `${this.url}${this.via.endpoint ?? '/api/messages'}`,
      this.activity(activity),
      this.via.headers,
    );
    this.lastStatus = res.status;
    return res;
  }

  private activity(activity: Record<string, unknown>): Record<string, unknown> {
    return {
      channelId: this.channelId,
      conversation: { id: this.conversationId },
      from: { id: this.userId, name: 'Requester' },
      recipient: { id: 'ta-navigator', name: 'TA Navigator' },
      locale: this.locale,
      deliveryMode: 'expectReplies',
      // Unique per activity: a repeated id is a redelivery, which gets the stored replies.
      id: `a${++this.n}-${randomUUID()}`,
      timestamp: new Date().toISOString(),
      serviceUrl: 'http://localhost',
      ...activity,
    };
  }

  private async post(activity: Record<string, unknown>): Promise<BotActivity[]> {
    const res = await this.raw(activity);
    if (res.status !== 200)
      throw new Error(`POST ${this.via.endpoint ?? '/api/messages'}: ${res.status} ${res.text}`);
    this.last = (res.json?.activities ?? []) as BotActivity[];
    return this.last;
  }

  start() {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId }] });
  }

  say(text: string) {
    return this.post({ type: 'message', text });
  }

  /** A button: a suggested action (Web Chat) or an Action.Submit (Teams), sent as the channel does. */
  tap(choice: string) {
    const offered = this.choices();
    if (!offered.includes(choice)) throw new Error(`"${choice}" not offered: ${offered.join(', ')}`);
    return this.post({ type: 'message', value: { choice } });
  }

  choices(): string[] {
    return this.last.flatMap((a) => [
      ...(a.suggestedActions?.actions ?? []).map((x) => x.value?.choice ?? ''),
      ...(a.attachments ?? []).flatMap((att) =>
        (att.content?.actions ?? [])
          .filter((x: any) => x.type === 'Action.Submit')
          .map((x: any) => x.data.choice as string),
      ),
    ]);
  }

  /** Where the interview stands, from the last activity's channelData. */
  status() {
    return this.last.at(-1)?.channelData?.taNavigator;
  }

  /** Everything the user can read: text, or the cards' text blocks and facts. */
  text(): string {
    return this.last
      .map((a) =>
        [
          a.text ?? '',
          ...(a.attachments ?? []).map((att) =>
            (att.content?.body ?? [])
              .map((b: any) =>
                b.type === 'FactSet'
                  ? b.facts.map((f: any) => `${f.title}: ${f.value}`).join('\n')
                  : (b.text ?? ''),
              )
              .join('\n'),
          ),
        ].join('\n'),
      )
      .join('\n');
  }

  links(): string[] {
    return this.last.flatMap((a) => [
      ...[...(a.text ?? '').matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]!),
      ...(a.attachments ?? []).flatMap((att) =>
        (att.content?.actions ?? [])
          .filter((x: any) => x.type === 'Action.OpenUrl')
          .map((x: any) => x.url as string),
      ),
    ]);
  }
}
