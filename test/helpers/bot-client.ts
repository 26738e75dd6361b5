// Talks to the running server over POST /api/messages with deliveryMode "expectReplies", as the
// Web Chat page and the checks do: no Azure service in between.
import { randomUUID } from 'node:crypto';
import { postJson } from './server.js';

export interface BotActivity {
  type: string;
  text?: string;
  locale?: string;
  attachments?: { contentType: string; content: any }[];
  speak?: string;
  suggestedActions?: {
    actions: { type: string; title: string; value?: { choice?: string; step?: string } }[];
  };
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
    /** Fields every activity carries on top (e.g. Teams' conversationType and tenant). */
    readonly envelope: Record<string, unknown> = {},
    /** Another endpoint (the page's /api/webchat/messages) and headers (its session token). */
    readonly via: { endpoint?: string; headers?: Record<string, string> } = {},
  ) {}

  /** A Web Chat page user: a session from POST /api/session, talking to /api/webchat/messages. */
  static async page(url: string, conversationId: string, locale: string): Promise<BotClient> {
    const session = await postJson(`${url}/api/session`, {});
    if (session.status !== 201) throw new Error(`POST /api/session: ${session.status}`);
    return new BotClient(
      url,
      'webchat',
      conversationId,
      locale,
      session.json.userId as string,
      {},
      {
        endpoint: '/api/webchat/messages',
        headers: { authorization: `Bearer ${session.json.token as string}` },
      },
    );
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
      ...this.envelope,
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

  /**
   * A button, sent as the channel sends it: a suggested action's value (Web Chat), an
   * Action.Submit's data (Teams' fallback for Action.Execute), or a choice list's submit with the
   * choice merged in (`choice` is the list's input id).
   */
  tap(choice: string) {
    const offered = this.offered();
    const hit = offered.find((o) => o.choice === choice);
    if (!hit) throw new Error(`"${choice}" not offered: ${offered.map((o) => o.choice).join(', ')}`);
    return this.post({ type: 'message', value: hit.value });
  }

  /**
   * Fills the form card on screen (input ids are step ids) and submits it as Teams and Web Chat do:
   * the submit action's data with the inputs' values merged in.
   */
  submit(fields: Readonly<Record<string, string>>) {
    const cards = this.last.flatMap((a) => (a.attachments ?? []).map((att) => att.content));
    const card = cards.find((c: any) => JSON.stringify(c?.body ?? []).includes('"Input.Text"'));
    if (!card) throw new Error('no form on screen');
    const inputs = new Set<string>();
    const walk = (x: any): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        if (x.type === 'Input.Text') inputs.add(x.id);
        Object.values(x).forEach(walk);
      }
    };
    walk(card.body);
    // Teams sends Action.Execute (its fallback is an Action.Submit with the same data).
    const submit = (card.actions ?? []).find(
      (a: any) => (a.type === 'Action.Submit' || a.type === 'Action.Execute') && a.data?.form,
    );
    if (!submit) throw new Error('the form has no submit');
    const values = Object.fromEntries(Object.entries(fields).filter(([id]) => inputs.has(id)));
    return this.post({ type: 'message', value: { ...submit.data, ...values } });
  }

  /** Every choice on screen with the value its button (or list) sends. */
  offered(): { choice: string; value: Record<string, unknown> }[] {
    const out: { choice: string; value: Record<string, unknown> }[] = [];
    const submitData = (x: any): Record<string, unknown> | undefined =>
      x?.type === 'Action.Submit' ? x.data : x?.type === 'Action.Execute' ? x.fallback?.data : undefined;
    for (const a of this.last) {
      for (const x of a.suggestedActions?.actions ?? [])
        if (x.value?.choice) out.push({ choice: x.value.choice, value: x.value });
      for (const att of a.attachments ?? []) {
        const body: any[] = att.content?.body ?? [];
        for (const x of att.content?.actions ?? []) {
          const data = submitData(x);
          if (typeof data?.choice === 'string') out.push({ choice: data.choice, value: data });
        }
        body.forEach((b, i) => {
          if (b.type !== 'Input.ChoiceSet' || b.id !== 'choice') return;
          const submit = body.slice(i + 1).find((n) => n.type === 'ActionSet')?.actions?.[0];
          for (const c of b.choices)
            out.push({ choice: c.value, value: { ...submitData(submit), choice: c.value } });
        });
      }
    }
    return out;
  }

  choices(): string[] {
    return this.offered().map((o) => o.choice);
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
      ...(a.attachments ?? []).flatMap((att) => [
        ...(att.content?.actions ?? [])
          .filter((x: any) => x.type === 'Action.OpenUrl')
          .map((x: any) => x.url as string),
        ...(att.content?.body ?? []).flatMap((b: any) =>
          typeof b.text === 'string' ? [...b.text.matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]!) : [],
        ),
      ]),
    ]);
  }
}
