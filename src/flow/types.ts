// The plain data the interview engine works on: state in, input in, state and replies out.
import type { Knowledge, Lang } from '../knowledge/types.js';
import type { FinderIndex } from '../domain/finder/finder.js';
import type { Translate } from '../present/translate.js';

import type { Goal } from '../../dialogs/steps.js';
export type { Goal };

/** A stored answer; `basis` records what it was given against (see StepDef.dependsOn). */
export interface StoredAnswer {
  readonly value: unknown;
  readonly basis?: string;
  /** What the user added to a short answer ("yes — we have a room and 3 librarians"). */
  readonly note?: string;
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
  /** The route (country|program) whose full block was shown, so it is not repeated. */
  readonly routeShown?: string;
  /** Programs the user turned down for a need; for that need the next matches are offered instead. */
  readonly rejectedPrograms?: { readonly need: string; readonly ids: readonly string[] };
  /** Button values of the last question, in order: "2" or "the second" picks the same on every channel. */
  readonly offered?: readonly string[];
  /** How many questions the task had when the last one was asked, to say when that changes. */
  readonly progressTotal?: number;
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

/** One field of a form (an Adaptive Card `Input.Text`); its id is the step it answers. */
export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly placeholder?: string;
  readonly maxLength: number;
  readonly required: boolean;
  readonly multiline: boolean;
  /** What the user gave already, so a form shown again keeps it. */
  readonly value?: string;
  /** Why the last submitted value was refused, shown next to the field. */
  readonly error?: string;
}

/** Several questions at once, for channels that can show a form; others ask them one by one. */
export interface Form {
  readonly id: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
}

export interface Reply {
  readonly text: string;
  /** The step this reply asks; its buttons carry it back, so a tap on an older card is recognised. */
  readonly step?: string;
  /** The same question, and the ones after it, as one form where the channel can show it. */
  readonly form?: Form;
  /** A deadline worth a calendar reminder ("send the request by …"), ISO dates. */
  readonly reminder?: { readonly submitBy: string; readonly start: string; readonly programId?: string };
  /** The drafted letter this reply presents (for channels that send the file itself). */
  readonly letter?: { readonly draftId: string; readonly lang: Lang };
  /** What a screen reader should say instead of the text (e.g. without URLs). */
  readonly speak?: string;
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

/**
 * Where the interview stands after a turn, for clients (progress bars) and tests (no prose
 * parsing): the pending step's id, or "menu", "review", "done"; answered of the steps the task
 * needs as things stand.
 */
export interface TurnStatus {
  readonly step: string;
  readonly progress: { readonly answered: number; readonly total: number };
}

export interface TurnResult {
  readonly state: ConversationState;
  readonly replies: readonly Reply[];
  readonly effects: readonly Effect[];
  readonly status: TurnStatus;
}

/** Everything a turn may consult; all plain data and pure functions. */
export interface FlowContext {
  readonly knowledge: Knowledge;
  readonly finder: FinderIndex;
  /** Translators for each language (i18next fixed T, injected by the edge). */
  readonly t: (lang: Lang) => Translate;
  readonly today: string;
}
