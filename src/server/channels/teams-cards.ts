// Microsoft Teams: every reply is an Adaptive Card 1.5, built as Teams shows it.
// - At most 6 actions per card (Teams folds the rest into "…"). A longer list of choices becomes
//   an Input.ChoiceSet with one button under it; the buttons that move the conversation rather
//   than answer ("Why?", "Skip", "Draft the letter") stay buttons. Links are actions too, and
//   those past the budget become Markdown links in the text.
// - Universal Actions: buttons are Action.Execute (an `adaptiveCard/action` invoke, answered with
//   the used card refreshed), with an Action.Submit fallback for clients without them. Both carry
//   the question's step, so a tap on an old card is recognised.
// - A form is one Input.Text per field and one submit.
import type { Choice, Form, Reply } from '../../flow/types.js';
import { CHOICE_INPUT_ID, choiceValue, formValue } from './action-data.js';
import {
  ADAPTIVE_CARD_TYPE,
  card,
  linkBlocks,
  openUrl,
  replyBody,
  textBlocks,
  type CardElement,
} from './adaptive-card.js';
import { formInputs } from './form-inputs.js';
import { replyLinks, type Link } from './links.js';
import { plainText } from './plain-text.js';
import type { ChannelRenderer, RenderContext } from './renderer.js';
import { ECHO_KEY, questionEcho, type CardEcho } from '../teams/used-card.js';

/** Teams shows this many actions on a card; more are folded away. */
export const MAX_CARD_ACTIONS = 6;

/** Verbs of our Action.Execute buttons (the invoke's `value.action.verb`). */
export const VERB = { choose: 'choose', form: 'form' } as const;

/**
 * Choices that move the conversation on rather than answer the question: on a long list they stay
 * buttons next to the list instead of becoming items of it.
 */
const MOVES: ReadonlySet<string> = new Set([
  'why',
  'skip',
  'draft',
  'browse',
  'new-search',
  'other-date',
  'retry',
  'menu',
]);

/** A list up to this long shows as radio buttons; longer, as a drop-down. */
const EXPANDED_MAX = 8;

function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  echo: CardEcho,
  noInputs: boolean,
): CardElement {
  const inputs = noInputs ? { associatedInputs: 'none' } : {};
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: { ...data, [ECHO_KEY]: echo },
    ...inputs,
    fallback: { type: 'Action.Submit', title, data, ...inputs },
  };
}

interface Layout {
  /** Choices shown as buttons. */
  readonly buttons: readonly Choice[];
  /** Choices shown as an Input.ChoiceSet with its own submit. */
  readonly listed: readonly Choice[];
  readonly linkActions: readonly Link[];
  readonly inlineLinks: readonly Link[];
}

/** Splits choices and links so that the card has at most MAX_CARD_ACTIONS actions. */
export function layoutActions(choices: readonly Choice[], links: readonly Link[], hasForm: boolean): Layout {
  let slots = MAX_CARD_ACTIONS - (hasForm ? 1 : 0);
  if (choices.length + links.length <= slots)
    return { buttons: choices, listed: [], linkActions: links, inlineLinks: [] };
  let buttons: Choice[];
  let listed: Choice[];
  if (hasForm) {
    // A form's inputs go with its submit, so a choice list cannot share the card: the form's few
    // other choices are buttons, and any past the budget are typed by number.
    buttons = choices.slice(0, slots);
    listed = [];
  } else {
    slots -= 1; // the list's own submit
    const moves = choices.filter((c) => MOVES.has(c.value));
    const answers = choices.filter((c) => !MOVES.has(c.value));
    buttons = answers.length >= 2 ? moves.slice(0, slots) : [];
    listed = choices.filter((c) => !buttons.includes(c));
  }
  slots -= buttons.length;
  return { buttons, listed, linkActions: links.slice(0, slots), inlineLinks: links.slice(slots) };
}

function choiceSet(listed: readonly Choice[], ctx: RenderContext): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id: CHOICE_INPUT_ID,
    label: ctx.t('channels:choice.label'),
    style: listed.length <= EXPANDED_MAX ? 'expanded' : 'compact',
    isRequired: true,
    errorMessage: ctx.t('channels:choice.required'),
    ...(listed.length > EXPANDED_MAX ? { placeholder: ctx.t('channels:choice.placeholder') } : {}),
    choices: listed.map((c) => ({ title: c.label, value: c.value })),
  };
}

/** Choices a form card could not show as buttons, with the number that picks each. */
function typedChoices(all: readonly Choice[], shown: readonly Choice[], ctx: RenderContext): CardElement[] {
  const rest = all.map((c, i) => ({ c, n: i + 1 })).filter(({ c }) => !shown.includes(c));
  if (!rest.length) return [];
  const list = rest.map(({ c, n }) => `(${n}) ${c.label}`).join(' ');
  return textBlocks(ctx.t('channels:choice.typed', { choices: list }), { isSubtle: true });
}

export function teamsCard(reply: Reply, ctx: RenderContext): CardElement {
  const rtl = reply.dir === 'rtl';
  const links = replyLinks(reply, ctx);
  const choices = reply.choices ?? [];
  const form: Form | undefined = reply.form;
  const layout = layoutActions(choices, links, form !== undefined);
  const q = questionEcho(reply.title, reply.text);
  const hasInputs = form !== undefined || layout.listed.length > 0;

  const body = replyBody(reply);
  const actions: CardElement[] = [];
  if (form) {
    body.push(...formInputs(form, ctx.t));
    const fields = Object.fromEntries(form.fields.map((f) => [f.id, f.label]));
    actions.push(
      execute(form.submitLabel, VERB.form, { ...formValue(reply, form) }, { q, rtl, fields }, false),
    );
    body.push(...typedChoices(choices, layout.buttons, ctx));
  }
  if (layout.listed.length) {
    const options = Object.fromEntries(layout.listed.map((c) => [c.value, c.label]));
    const data = reply.step ? { step: reply.step } : {};
    body.push(choiceSet(layout.listed, ctx), {
      type: 'ActionSet',
      actions: [execute(ctx.t('channels:choice.submit'), VERB.choose, data, { q, rtl, options }, false)],
    });
  }
  for (const c of layout.buttons)
    actions.push(
      execute(c.label, VERB.choose, { ...choiceValue(reply, c) }, { q, rtl, a: c.label }, hasInputs),
    );
  actions.push(...layout.linkActions.map(openUrl));
  body.push(...linkBlocks(layout.inlineLinks));
  return card({
    body,
    actions,
    rtl,
    fallbackText: plainText(reply, links, ctx.t),
    ...(reply.speak ? { speak: reply.speak } : {}),
  });
}

export const teamsCardsRenderer: ChannelRenderer = {
  id: 'teams-cards',
  render: (reply, ctx) => ({
    type: 'message',
    ...(ctx.locale ? { locale: ctx.locale } : {}),
    attachments: [{ contentType: ADAPTIVE_CARD_TYPE, content: teamsCard(reply, ctx) }],
    summary: reply.title ?? reply.text.slice(0, 100),
    ...(reply.speak ? { speak: reply.speak } : {}),
  }),
};
