// `ta-navigator chat`: the same interview in a terminal. Choices are numbered; typing works too.
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
} from '../flow/types.js';
import { createStorage } from '../storage/index.js';
import { createEffectRunner } from '../server/effects.js';
import { plainText } from '../server/render.js';
import { readArgs } from './args.js';

export function renderForTerminal(reply: Reply): string {
  const choices = (reply.choices ?? []).map((c, i) => `  ${i + 1}. ${c.label}`);
  return [plainText(reply), ...choices].join('\n');
}

export async function runChat(args: string[]): Promise<number> {
  const { values } = readArgs(args, { lang: { type: 'string' } });
  const config = loadConfig();
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
    storage: createStorage({ kind: config.STORAGE, dataDir: resolve(config.DATA_DIR) }),
    today: () => ctx.today,
  });
  const baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let state: ConversationState | undefined;
  let lastChoices: Reply['choices'] = [];

  // One conversation, held in memory for the session.
  const io = {
    load: async () => ({ state: state ?? initialState() }),
    save: async (_loaded: unknown, next: ConversationState) => {
      state = next;
      return true;
    },
  };
  const step = async (input: TurnInput) => {
    const replies = await converse(ctx, io, input, runEffect, { userId: 'terminal', baseUrl });
    for (const r of replies) console.log(`\n${renderForTerminal(r)}`);
    lastChoices = replies.at(-1)?.choices ?? [];
  };

  await step({ start: true, ...(values.lang ? { locale: values.lang } : {}) });
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') break;
      // A number picks the numbered choice, like tapping the button.
      const n = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      const choice = lastChoices?.[n - 1];
      await step(choice ? { value: { choice: choice.value } } : { text });
      process.stdout.write('\n> ');
    }
  } finally {
    rl.close();
  }
  return 0;
}
