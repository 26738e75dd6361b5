// `ta-navigator chat`: the same interview in a terminal, rendered by the plain-text channel
// renderer (choices numbered "(1) Yes (2) No"); a number picks that choice, typing works too.
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { buildFinderIndex } from '../domain/finder/finder.js';
import { createI18n } from '../i18n/index.js';
import { formatIsoDate, todayUtc } from '../domain/calendar.js';
import { converse } from '../server/converse.js';
import {
  initialState,
  type ConversationState,
  type FlowContext,
  type Reply,
  type TurnInput,
  type TurnStatus,
} from '../flow/types.js';
import { createStorage } from '../storage/index.js';
import { createEffectRunner } from '../server/effects.js';
import { toActivities, type ChannelRenderContext } from '../server/channels/table.js';
import { TERMINAL_CHANNEL } from '../server/channels/capabilities.js';
import { DEFAULT_LANG } from '../i18n/index.js';
import { readArgs } from './args.js';

/** What the terminal shows of a turn's replies: the plain-text channel's messages. */
export function renderForTerminal(
  replies: readonly Reply[],
  status: TurnStatus,
  ctx: ChannelRenderContext,
): string[] {
  return toActivities(replies, status, TERMINAL_CHANNEL, ctx).map((a) => a.text ?? '');
}

export interface ChatIo {
  readonly input: NodeJS.ReadableStream;
  write(text: string): void;
  readonly env?: NodeJS.ProcessEnv;
}

const terminal: ChatIo = { input: process.stdin, write: (t) => process.stdout.write(t) };

export async function runChat(args: string[], io: ChatIo = terminal): Promise<number> {
  const { values } = readArgs(args, { lang: { type: 'string' } });
  const config = loadConfig(io.env);
  const knowledge = loadKnowledge();
  const i18n = createI18n();
  const ctx: FlowContext = {
    knowledge,
    finder: buildFinderIndex(knowledge),
    t: (l) => i18n.forLang(l),
    today: config.TODAY ?? formatIsoDate(todayUtc()),
  };
  // The same storage as `npm start`, so a letter drafted here downloads from the running server.
  const runEffect = createEffectRunner({
    knowledge,
    i18n,
    storage: createStorage({
      kind: config.STORAGE,
      dataDir: resolve(config.DATA_DIR),
      databaseUrl: config.DATABASE_URL,
    }),
    today: () => ctx.today,
  });
  const baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const rl = createInterface({ input: io.input, terminal: false });
  let state: ConversationState | undefined;
  let lastChoices: Reply['choices'] = [];
  let lastStep: string | undefined;

  // One conversation, held in memory for the session.
  const memory = {
    load: async () => ({ state: state ?? initialState() }),
    save: async (_loaded: unknown, next: ConversationState) => {
      state = next;
      return true;
    },
  };
  const step = async (input: TurnInput) => {
    const { replies, status } = await converse(ctx, memory, input, runEffect, {
      userId: 'terminal',
      baseUrl,
    });
    const lang = state?.lang ?? DEFAULT_LANG;
    for (const text of renderForTerminal(replies, status, { lang, t: i18n.forLang(lang), baseUrl }))
      io.write(`\n${text}\n`);
    lastChoices = replies.at(-1)?.choices ?? [];
    lastStep = replies.at(-1)?.step;
  };

  await step({ start: true, ...(values.lang ? { locale: values.lang } : {}) });
  io.write('\n> ');
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') break;
      // A number picks the numbered choice, like tapping the button (with the question's step).
      const n = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      const choice = lastChoices?.[n - 1];
      await step(
        choice ? { value: { choice: choice.value, ...(lastStep ? { step: lastStep } : {}) } } : { text },
      );
      io.write('\n> ');
    }
  } finally {
    rl.close();
  }
  return 0;
}
