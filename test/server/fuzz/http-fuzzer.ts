// Fuzzing over HTTP: many conversations through the page's endpoint (/api/webchat/messages, each
// with a session of its own), each turn's answer generated for the kind of step the bot is at
// (channelData.taNavigator.step): mostly valid, sometimes invalid, sometimes hostile. After every
// turn the HTTP answer and the stored state are checked against their schemas. A seed makes a run
// repeatable: the same seed sends the same answers in the same order.
import { z } from 'zod';
import { STEP_BY_ID } from '../../../dialogs/steps.js';
import { ConversationStateSchema, conversationKey } from '../../../src/server/conversation-store.js';
import type { ListableStorage } from '../../../src/storage/index.js';

/** mulberry32: a small, fast, seedable PRNG; enough to make runs repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const Action = z.object({
  type: z.string(),
  title: z.string(),
  value: z.looseObject({ choice: z.string() }).optional(),
});
const ReplyActivity = z.looseObject({
  type: z.literal('message'),
  text: z.string().optional(),
  suggestedActions: z.object({ actions: z.array(Action) }).optional(),
  channelData: z.looseObject({}).optional(),
});
const Status = z.object({
  step: z.string().min(1),
  progress: z.object({ answered: z.number().int().min(0), total: z.number().int().min(0) }),
});
const Answer = z.object({ activities: z.array(ReplyActivity).min(1) });

const LETTER_LINK = /\/api\/letters\/[\w-]{22}\.docx/;

export interface FuzzOptions {
  readonly url: string;
  readonly storage: ListableStorage;
  readonly seed: number;
  readonly turns: number;
  /** Conversations run side by side (their turns interleave on the server). */
  readonly parallel?: number;
  /** Turns after which a conversation that has not drafted a letter is given up. */
  readonly maxTurnsPerConversation?: number;
  /** The text of the localised apology for a failed turn (a failure if it ever shows). */
  readonly turnFailedTexts: readonly string[];
}

export interface FuzzReport {
  readonly seed: number;
  readonly turns: number;
  readonly conversations: number;
  readonly letters: number;
  readonly errors: readonly string[];
  readonly steps: Readonly<Record<string, number>>;
}

const COUNTRIES = [
  'SN',
  'NP',
  'KE',
  'BD',
  'HT',
  'KZ',
  'EG',
  'PE',
  'Senegal',
  'Népal',
  'Кения',
  'السنغال',
  '尼泊尔',
  'Bolivia',
];
const NEEDS = [
  'TISC',
  'patent databases for our researchers',
  'copyright law reform',
  'brevets et centres d’appui à la technologie',
  'IP office automation',
  'marcas y denominaciones de origen',
  'управление правами интеллектуальной собственности',
  '专利信息检索培训',
  'الملكية الفكرية للجامعات',
];
const DATES = ['2027-07-01', '2027-09-15', 'July 2027', 'mars 2028', '2028-01-10', '1 June 2027'];
const TEXTS = [
  'Aminata Diallo',
  'Director General',
  'Office of Industrial Property',
  'Build a technology and innovation support centre network.',
  'National Development Plan 2030, pillar 3',
  'Ten trained staff and a working centre',
  'Researchers and SMEs in three regions',
  'From July 2027 to June 2028',
  'رئيسة الجامعة',
  '国家知识产权局',
  'Université Cheikh Anta Diop',
];
const COMMANDS = ['help', 'why', 'back', 'menu', 'aide', 'ayuda', '帮助', 'my drafts', 'français', 'English'];
const HOSTILE_TEXT = [
  'x'.repeat(5000),
  '\u0000\u0001\u0002',
  '<script>alert(1)</script>',
  '"; DROP TABLE ta_store; --',
  '\u202e\u2066evil\u2069',
  '\ud800 lone',
  '{{t}} ${x} %s %n',
  '../../../../etc/passwd',
  '🙂'.repeat(300),
  ' ',
];
const HOSTILE_VALUES: unknown[] = [
  { choice: 123 },
  { choice: { nested: true } },
  { choice: 'open-draft:AAAAAAAAAAAAAAAAAAAAAA' },
  { choice: 'goal:__proto__' },
  { choice: 'lang:xx' },
  { choice: 'edit:__proto__' },
  { __proto__: { polluted: true }, choice: 'menu' },
  [1, 2, 3],
  'plain string value',
  { step: 'review', choice: 'draft' },
  { form: 'letter-details', fields: { senderName: 42 } },
];

type Send = { text?: string; value?: unknown };

class Conversation {
  status: z.infer<typeof Status> = { step: 'menu', progress: { answered: 0, total: 0 } };
  actions: z.infer<typeof Action>[] = [];
  turns = 0;
  letter = false;
  private n = 0;
  constructor(
    readonly id: string,
    readonly userId: string,
    readonly token: string,
    readonly locale: string,
  ) {}
  nextId(): string {
    return `${this.id}|${++this.n}`;
  }
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const random = prng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number) => random() < p;
  const parallel = o.parallel ?? 4;
  const maxTurns = o.maxTurnsPerConversation ?? 80;
  const errors: string[] = [];
  const steps: Record<string, number> = {};
  let turns = 0;
  let letters = 0;
  let conversations = 0;

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${o.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text };
  }

  async function open(index: number): Promise<Conversation> {
    const r = await post('/api/session', {});
    const session = JSON.parse(r.text) as { userId: string; token: string };
    const locale = pick(['en-US', 'fr-FR', 'es-ES', 'ru-RU', 'ar-EG', 'zh-CN']);
    return new Conversation(`fuzz-${o.seed}-${index}`, session.userId, session.token, locale);
  }

  /** The answer to send for where the conversation stands. */
  function answer(c: Conversation): Send {
    const offered = c.actions.flatMap((a) => (a.value ? [a.value] : []));
    const tap = (): Send => (offered.length ? { value: pick(offered) } : { text: pick(TEXTS) });
    const roll = random();
    // Hostile 4 %, invalid 8 %, commands 3 %, otherwise valid for the step's kind.
    if (roll < 0.04) return chance(0.5) ? { text: pick(HOSTILE_TEXT) } : { value: pick(HOSTILE_VALUES) };
    if (roll < 0.12)
      return chance(0.5)
        ? { text: pick(['zzz', 'maybe later', '42', 'Atlantis', '31/31/31']) }
        : { value: { choice: 'not-offered' } };
    if (roll < 0.15) return { text: pick(COMMANDS) };
    const step = c.status.step;
    if (step === 'menu') {
      const letter = offered.find((v) => v.choice === 'goal:letter');
      if (letter && chance(0.8)) return { value: letter };
      return tap();
    }
    if (step === 'done')
      return { value: offered.find((v) => v.choice === 'goal:letter') ?? { choice: 'goal:letter' } };
    if (step === 'review') {
      const draft = offered.find((v) => v.choice === 'draft');
      return draft && chance(0.85) ? { value: draft } : tap();
    }
    const kind = STEP_BY_ID.get(step)?.input;
    switch (kind) {
      case 'country':
        return { text: pick(COUNTRIES) };
      case 'need':
        return offered.length && chance(0.3) ? tap() : { text: pick(NEEDS) };
      case 'date':
        return offered.length && chance(0.6) ? tap() : { text: pick(DATES) };
      case 'text':
        return { text: `${pick(TEXTS)} ${Math.floor(random() * 1000)}` };
      default:
        // choice, program, yes-no-unknown, a sub-question (country confirmation): the buttons.
        return tap();
    }
  }

  function check(c: Conversation, sent: Send, status: number, text: string): void {
    const where = `seed ${o.seed}, ${c.id}, turn ${c.turns} at ${c.status.step}, sent ${JSON.stringify(sent).slice(0, 120)}`;
    if (status !== 200) return void errors.push(`${where}: HTTP ${status} ${text.slice(0, 200)}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return void errors.push(`${where}: not JSON`);
    }
    const parsed = Answer.safeParse(body);
    if (!parsed.success) return void errors.push(`${where}: answer ${parsed.error.message.slice(0, 300)}`);
    const activities = parsed.data.activities;
    if (o.turnFailedTexts.some((t) => text.includes(t))) errors.push(`${where}: the turn failed`);
    const last = activities.at(-1)!;
    const st = Status.safeParse((last.channelData as { taNavigator?: unknown } | undefined)?.taNavigator);
    if (!st.success) return void errors.push(`${where}: no channelData.taNavigator on the last activity`);
    c.status = st.data;
    c.actions = activities.flatMap((a) => a.suggestedActions?.actions ?? []);
    steps[c.status.step] = (steps[c.status.step] ?? 0) + 1;
    if (!c.letter && LETTER_LINK.test(text)) {
      c.letter = true;
      letters += 1;
    }
  }

  async function checkState(c: Conversation): Promise<void> {
    const key = conversationKey('webchat', c.id);
    const item = (await o.storage.read([key]))[key] as { state?: unknown; owner?: unknown } | undefined;
    const where = `seed ${o.seed}, ${c.id}, turn ${c.turns}`;
    if (!item) return void errors.push(`${where}: no stored state`);
    const parsed = ConversationStateSchema.safeParse(item.state);
    if (!parsed.success) return void errors.push(`${where}: state ${parsed.error.message.slice(0, 300)}`);
    const state = parsed.data;
    for (const id of [
      ...Object.keys(state.answers),
      ...state.history,
      ...(state.pending ? [state.pending.stepId] : []),
    ])
      if (!STEP_BY_ID.has(id)) errors.push(`${where}: unknown step "${id}" in the state`);
    if (item.owner !== `webchat:${c.userId}`) errors.push(`${where}: owner is ${String(item.owner)}`);
  }

  async function turn(c: Conversation, sent: Send, type = 'message'): Promise<void> {
    const activity = {
      type,
      id: c.nextId(),
      channelId: 'webchat',
      conversation: { id: c.id },
      from: { id: c.userId },
      locale: c.locale,
      ...(type === 'conversationUpdate' ? { membersAdded: [{ id: c.userId }] } : {}),
      ...(sent.text !== undefined ? { text: sent.text } : {}),
      ...(sent.value !== undefined ? { value: sent.value } : {}),
    };
    const r = await post('/api/webchat/messages', activity, { authorization: `Bearer ${c.token}` });
    c.turns += 1;
    turns += 1;
    check(c, sent, r.status, r.text);
    await checkState(c);
  }

  let next = 0;
  async function lane(): Promise<void> {
    while (turns < o.turns) {
      const c = await open(next++);
      conversations += 1;
      await turn(c, {}, 'conversationUpdate');
      while (turns < o.turns && c.turns < maxTurns && !c.letter) await turn(c, answer(c));
      // Now and then a conversation goes on after its letter: "my drafts", another task.
      if (c.letter && chance(0.2)) for (let i = 0; i < 3 && turns < o.turns; i++) await turn(c, answer(c));
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane));
  return { seed: o.seed, turns, conversations, letters, errors, steps };
}
