// Every card the engine (with its effects: the letter, the drafts list) can produce, as Teams gets
// it: seeded walks through the whole interview in the six languages, each reply rendered for
// msteams and checked against the Adaptive Cards 1.5 schema AND Teams' rules (at most 6 actions,
// every line break shown, Action.Execute with an Action.Submit fallback). A form, where the
// engine emits one, is also checked as Web Chat's card. Bounded: a fixed number of walks and turns.
import { describe, expect, it } from 'vitest';
import type { ConversationState, Reply, TurnInput } from '../../src/flow/types.js';
import { initialState } from '../../src/flow/types.js';
import { STEP_BY_ID } from '../../dialogs/steps.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { converse } from '../../src/server/converse.js';
import { createEffectRunner } from '../../src/server/effects.js';
import { teamsCard } from '../../src/server/channels/teams-cards.js';
import { formCard } from '../../src/server/channels/markdown.js';
import { MemoryEtagStorage } from '../../src/storage/index.js';
import { createI18n } from '../../src/i18n/index.js';
import { flowContext, TODAY } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';
import { renderContext } from '../helpers/render.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { teamsCardProblems } from '../helpers/teams-card-rules.js';

const WALKS = 6;
const TURNS = 40;
const ctx = flowContext();
const runEffect = createEffectRunner({
  knowledge: knowledge(),
  i18n: createI18n(),
  storage: new MemoryEtagStorage(),
  today: () => TODAY,
});

/** A small deterministic generator, so a failure is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** What a requester would type at a question that needs typing. */
function typed(state: ConversationState | undefined): string | undefined {
  const step = state?.pending ? STEP_BY_ID.get(state.pending.stepId) : undefined;
  if (!step) return undefined;
  if (step.input === 'country') return state?.scratch?.candidates ? undefined : 'SN';
  if (step.input === 'need') return 'TISC';
  if (step.input === 'text') return 'Aminata Diallo, Université Cheikh Anta Diop';
  return undefined;
}

interface Seen {
  cards: number;
  review: boolean;
  letter: boolean;
  list: boolean;
  problems: string[];
}

async function walk(lang: Lang, seed: number, seen: Seen): Promise<void> {
  const random = rng(seed);
  let state: ConversationState | undefined;
  const io = {
    load: async () => ({ state: state ?? initialState() }),
    save: async (_l: unknown, next: ConversationState) => ((state = next), true),
  };
  const check = (r: Reply) => {
    const card = teamsCard(r, renderContext('msteams', lang));
    seen.cards++;
    const where = `${lang} seed ${seed} step ${r.step ?? '-'}`;
    seen.problems.push(
      ...[...validateAdaptiveCard(card), ...teamsCardProblems(card)].map((p) => `${where}: ${p}`),
    );
    if (r.form)
      seen.problems.push(
        ...validateAdaptiveCard(formCard(r, r.form, renderContext('webchat', lang))).map(
          (p) => `${where} (form): ${p}`,
        ),
      );
    seen.review ||= r.step === 'review';
    seen.letter ||= !!r.letter;
    seen.list ||= JSON.stringify(card).includes('"Input.ChoiceSet"');
  };
  let input: TurnInput = { start: true, locale: lang };
  for (let i = 0; i < TURNS; i++) {
    const { replies } = await converse(ctx, io, input, runEffect, {
      userId: `walk-${seed}`,
      baseUrl: 'https://bot.example.org',
    });
    replies.forEach(check);
    const offered = replies.flatMap((r) => (r.choices ?? []).map((c) => ({ choice: c.value, step: r.step })));
    const text = typed(state);
    // Mostly forward: type where typing is needed, prefer the letter, rarely go back or to the menu.
    const forward = offered.filter(
      (o) => !['menu', 'back', 'language', 'drafts', 'retry'].includes(o.choice) || random() < 0.05,
    );
    const letter = forward.find((o) => o.choice === 'goal:letter' || o.choice === 'draft');
    if (text && random() < 0.85) input = { text };
    else if (letter && seed % 2 === 0 && random() < 0.8) input = { value: letter };
    else if (forward.length) input = { value: forward[Math.floor(random() * forward.length)] };
    else input = { text: text ?? 'help' };
  }
}

describe('every Teams card the engine produces', () => {
  it.each(LANGS)(
    'in %s: valid Adaptive Cards 1.5 that Teams shows as designed',
    async (lang) => {
      const seen: Seen = { cards: 0, review: false, letter: false, list: false, problems: [] };
      for (let seed = 1; seed <= WALKS; seed++) await walk(lang, seed * 7919 + lang.charCodeAt(0), seen);
      expect(seen.problems.slice(0, 10)).toEqual([]);
      // The walks reached the long lists, the review and the drafted letter.
      expect(seen).toMatchObject({ review: true, letter: true, list: true });
      expect(seen.cards).toBeGreaterThan(WALKS * TURNS);
    },
    60_000,
  );
});
