// An input kind is how one kind of question is answered: what it understands, the buttons it
// offers, and how its answer reads back. The engine only dispatches to them (see index.ts).
import type { StepDef } from '../../../dialogs/steps.js';
import type { Lang } from '../../knowledge/types.js';
import type { Choice, ConversationState, FlowContext, Reply } from '../types.js';
import type { Values } from '../values.js';

export interface InputContext {
  readonly ctx: FlowContext;
  readonly state: ConversationState;
  readonly step: StepDef;
  readonly lang: Lang;
  readonly values: Values;
}

/** What the user sent: the typed text (trimmed) and/or a button value. */
export interface Answer {
  readonly text: string;
  readonly value?: string;
}

export type Parsed =
  /** An answer; `patch` sets other answers with it; `note` is what the user added ("yes, we have a room…"). */
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly patch?: Record<string, unknown>;
      readonly note?: string;
      readonly replies?: Reply[];
      /**
       * Typed text that also answers the next question ("Senegal — is that right?" answered with the
       * requester). `orElse`: when the next question cannot take it either, this is asked instead
       * and the answer is not taken.
       */
      readonly then?: {
        readonly text: string;
        readonly orElse?: { readonly replies: Reply[]; readonly scratch?: Record<string, unknown> };
      };
    }
  | { readonly ok: false; readonly hint: string; readonly vars?: Record<string, string> }
  /** Not an answer yet: a sub-question (e.g. "Senegal — is that right?"); no failure counted. */
  | { readonly ok: 'ask'; readonly replies: Reply[]; readonly scratch?: Record<string, unknown> }
  /** From the review screen: change that answer. */
  | { readonly ok: 'edit'; readonly stepId: string }
  /** At the program pick, a new description (search again with it), or a new search asked for. */
  | { readonly ok: 'research'; readonly need?: string };

export interface InputDef {
  /** Understands a button value or typed text as an answer to the step. */
  parse(ic: InputContext, answer: Answer): Parsed;
  /** The buttons offered with the question (typing always works too). */
  choices(ic: InputContext): Choice[];
  /** The answer as the review screen shows it. */
  display(ic: InputContext, value: unknown): string;
  /** Whether a stored answer is still one of the valid ones (choice lists change upstream). */
  accepts?(ic: InputContext, value: unknown): boolean;
  /** Text under the question (the program list). */
  details?(ic: InputContext): string | undefined;
  /**
   * Whether "2" typed here is the answer itself (a count, a free text, a country code) rather than
   * the second button offered; absent: it picks the button.
   */
  numberIsAnswer?(state: ConversationState): boolean;
}
