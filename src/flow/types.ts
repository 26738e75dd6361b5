// The plain data the interview engine works on: state in, input in, state and replies out.
import type { Knowledge, Lang } from '../knowledge/types.js';
import type { FinderIndex } from '../domain/finder/finder.js';
import type { Translate } from '../present/translate.js';

export type Goal = 'find' | 'check' | 'letter' | 'contact';

/** A stored answer; `basis` records what it was given against (see StepDef.dependsOn). */
export interface StoredAnswer {
  readonly value: unknown;
  readonly basis?: string;
}

export interface ConversationState {
  readonly v: 1;
  readonly lang?: Lang;
  readonly goal?: Goal;
  /** The task that ended last, so "back" after its verdict reopens it. */
  readonly lastGoal?: Goal;
  readonly answers: Readonly<Record<string, StoredAnswer>>;
  /** Step ids in the order they were answered, for "back". */
  readonly history: readonly string[];
  /** The question last asked and how many times in a row the answer was not understood. */
  readonly pending?: { readonly stepId: string; readonly failures: number };
  /** A step the user chose to change from the review screen. */
  readonly editing?: string;
  /** Sub-state of an input kind, e.g. a country waiting for "yes, that one". */
  readonly scratch?: Readonly<Record<string, unknown>>;
  readonly greeted?: boolean;
  /** The stored draft this conversation's letter updates (set when a draft is re-opened). */
  readonly draftId?: string;
}

export const initialState = (): ConversationState => ({ v: 1, answers: {}, history: [] });

export interface TurnInput {
  /** What the user typed (absent for a card submission). */
  readonly text?: string;
  /** A card or button submission (`{choice: …}`) or anything a channel sends as value. */
  readonly value?: unknown;
  /** The channel's locale, e.g. "fr-FR". */
  readonly locale?: string;
  /** A conversation started (members added): greet. */
  readonly start?: boolean;
  /** Set only by the server, never from an activity: a re-opened draft's answers to review. */
  readonly restore?: { readonly draftId: string; readonly answers: Readonly<Record<string, string>> };
}

export interface Choice {
  readonly label: string;
  readonly value: string;
}

export interface Reply {
  readonly text: string;
  readonly title?: string;
  readonly facts?: readonly { readonly label: string; readonly value: string }[];
  readonly links?: readonly { readonly label: string; readonly url: string }[];
  readonly choices?: readonly Choice[];
  /** Text direction of this reply, so renderers need no language tables. */
  readonly dir?: 'rtl' | 'ltr';
}

/** Work the pure engine asks the edge to do (it needs storage or files). */
export type Effect =
  | { readonly kind: 'draft-letter'; readonly input: Record<string, unknown>; readonly draftId?: string }
  | { readonly kind: 'list-drafts' }
  | { readonly kind: 'open-draft'; readonly id: string }
  /** The user confirmed "delete my data": their conversations and drafts go. */
  | { readonly kind: 'delete-data' };

export interface TurnResult {
  readonly state: ConversationState;
  readonly replies: readonly Reply[];
  readonly effects: readonly Effect[];
}

/** Everything a turn may consult; all plain data and pure functions. */
export interface FlowContext {
  readonly knowledge: Knowledge;
  readonly finder: FinderIndex;
  /** Translators for each language (i18next fixed T, injected by the edge). */
  readonly t: (lang: Lang) => Translate;
  readonly today: string;
}
