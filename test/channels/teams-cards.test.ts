// The Teams renderer: Adaptive Cards 1.5 that Teams shows as designed (at most 6 actions, every
// line break rendered), Universal Actions with an Action.Submit fallback, forms, files.
import { describe, expect, it } from 'vitest';
import {
  layoutActions,
  MAX_CARD_ACTIONS,
  teamsCard,
  teamsCardsRenderer,
} from '../../src/server/channels/teams-cards.js';
import { rendererFor } from '../../src/server/channels/table.js';
import { capabilitiesOf } from '../../src/server/channels/capabilities.js';
import type { Choice, Reply } from '../../src/flow/types.js';
import { renderContext, sampleReply } from '../helpers/render.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { teamsCardProblems } from '../helpers/teams-card-rules.js';
import { tr } from '../helpers/flow.js';

type Node = Record<string, any>;
const ctx = renderContext('msteams');
const choices = (n: number, prefix = 'c'): Choice[] =>
  Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i + 1}`, label: `Choice ${i + 1}` }));
const why: Choice = { value: 'why', label: 'Why?' };

function render(reply: Reply, c = ctx): Node {
  const card = teamsCard(reply, c) as Node;
  expect(validateAdaptiveCard(card)).toEqual([]);
  expect(teamsCardProblems(card)).toEqual([]);
  return card;
}
const allActions = (card: Node): Node[] => [
  ...(card.body as Node[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions as Node[]),
  ...((card.actions as Node[] | undefined) ?? []),
];

describe('Teams renderer', () => {
  it('serves msteams only', () => {
    expect(rendererFor(capabilitiesOf('msteams')).id).toBe('teams-cards');
    expect(rendererFor(capabilitiesOf('webchat')).id).not.toBe('teams-cards');
  });

  it('makes each choice an Action.Execute with the choice and step, and an Action.Submit fallback', () => {
    const card = render(
      sampleReply({
        text: 'Part of a plan?',
        step: 'partOfPlan',
        choices: [{ value: 'yes', label: 'Yes' }, why],
      }),
    );
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Yes',
        verb: 'choose',
        data: { choice: 'yes', step: 'partOfPlan', shown: { q: 'Part of a plan?', rtl: false, a: 'Yes' } },
        fallback: { type: 'Action.Submit', title: 'Yes', data: { choice: 'yes', step: 'partOfPlan' } },
      },
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Why?',
        data: expect.objectContaining({ choice: 'why' }),
      }),
    ]);
  });

  it('keeps 6 actions as buttons and turns 7 into a list with a submit, "Why?" staying a button', () => {
    expect(allActions(render(sampleReply({ choices: choices(6) })))).toHaveLength(6);
    const card = render(sampleReply({ choices: [...choices(6), why] }));
    const list = (card.body as Node[]).find((b) => b.type === 'Input.ChoiceSet')!;
    expect(list).toMatchObject({
      id: 'choice',
      style: 'expanded',
      isRequired: true,
      label: tr('en', 'channels:choice.label'),
    });
    expect(list.choices.map((c: Node) => c.value)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    const submit = (card.body as Node[]).find((b) => b.type === 'ActionSet')!.actions[0];
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      title: tr('en', 'channels:choice.submit'),
      verb: 'choose',
    });
    expect(submit.data).toMatchObject({ step: 'requester' });
    expect(submit.data.choice).toBeUndefined(); // the list's value arrives as `choice`
    expect(submit.fallback.data).toEqual({ step: 'requester' });
    // "Why?" must not be blocked by the list's required check: it takes no inputs.
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Why?', associatedInputs: 'none' })]);
  });

  it('shows a long list (the 17 areas) as a drop-down', () => {
    const card = render(sampleReply({ step: 'area', choices: [...choices(17, 'area-'), why] }));
    const list = (card.body as Node[]).find((b) => b.type === 'Input.ChoiceSet')!;
    expect(list.style).toBe('compact');
    expect(list.choices).toHaveLength(17);
    expect(allActions(card)).toHaveLength(2);
  });

  it('shows the review as "Draft" plus a list of the lines to change', () => {
    const edits = Array.from({ length: 18 }, (_, i) => ({ value: `edit:f${i}`, label: `Change field ${i}` }));
    const card = render(
      sampleReply({ step: 'review', choices: [{ value: 'draft', label: 'Draft the letter' }, ...edits] }),
    );
    expect(card.actions.map((a: Node) => a.title)).toEqual(['Draft the letter']);
    const list = (card.body as Node[]).find((b) => b.type === 'Input.ChoiceSet')!;
    expect(list.choices.map((c: Node) => c.value)).toEqual(edits.map((e) => e.value));
  });

  it('counts links in the 6; links past the budget become Markdown links in the text', () => {
    const links = Array.from({ length: 5 }, (_, i) => ({
      label: `${i + 1}. DOCX`,
      url: `https://bot.example.org/api/letters/${i}.docx`,
    }));
    const card = render(sampleReply({ links, choices: choices(5, 'open-draft:') }));
    const actions = allActions(card);
    expect(actions).toHaveLength(MAX_CARD_ACTIONS);
    expect(actions.filter((a) => a.type === 'Action.OpenUrl')).toHaveLength(5);
    const many = render(sampleReply({ links: [...links, ...links], choices: [why] }));
    expect(allActions(many)).toHaveLength(6);
    expect((many.body as Node[]).filter((b) => /^\[\d\. DOCX\]\(https:/.test(b.text ?? ''))).toHaveLength(5);
  });

  it.each([
    [3, 1, false],
    [6, 0, false],
    [7, 0, false],
    [2, 5, false],
    [20, 9, false],
    [3, 2, true],
    [9, 0, true],
  ])('layoutActions(%i choices, %i links, form %s) stays within 6', (nc, nl, form) => {
    const links = Array.from({ length: nl }, (_, i) => ({ label: `L${i}`, url: `https://x.org/${i}` }));
    const l = layoutActions([...choices(nc), why], links, form);
    expect(
      l.buttons.length + (l.listed.length ? 1 : 0) + l.linkActions.length + (form ? 1 : 0),
    ).toBeLessThanOrEqual(6);
    expect(l.linkActions.length + l.inlineLinks.length).toBe(nl);
    if (!form) expect(l.buttons.length + l.listed.length).toBe(nc + 1);
  });

  it('renders every line break: one TextBlock per line, paragraphs spaced', () => {
    const card = render(
      sampleReply({
        title: 'Letter',
        text: 'The Director General\nWorld Intellectual Property Organization\n\nDear Sir,',
      }),
    );
    const texts = (card.body as Node[]).filter((b) => b.type === 'TextBlock');
    expect(texts.map((b) => [b.text, b.spacing])).toEqual([
      ['Letter', undefined],
      ['The Director General', undefined],
      ['World Intellectual Property Organization', 'None'],
      ['Dear Sir,', undefined],
    ]);
    expect(card.fallbackText).toContain('The Director General\nWorld Intellectual Property Organization');
  });

  it('renders a form: Input.Text per field, errors shown, one submit {form, step}', () => {
    const card = render(
      sampleReply({
        text: 'The letter’s details',
        step: 'senderName',
        choices: [why],
        form: {
          id: 'letter-details',
          submitLabel: 'Send',
          fields: [
            {
              id: 'senderName',
              label: 'Signatory',
              maxLength: 200,
              required: true,
              multiline: false,
              value: 'Aminata Diallo',
            },
            {
              id: 'purpose',
              label: 'Purpose',
              placeholder: 'What for?',
              maxLength: 2000,
              required: true,
              multiline: true,
              error: 'Too short.',
            },
            { id: 'reference', label: 'Reference', maxLength: 50, required: false, multiline: false },
          ],
        },
      }),
    );
    const inputs = (card.body as Node[]).filter((b) => b.type === 'Input.Text');
    expect(inputs.map((i) => i.id)).toEqual(['senderName', 'purpose', 'reference']);
    expect(inputs[0]).toMatchObject({
      label: 'Signatory',
      value: 'Aminata Diallo',
      isRequired: true,
      maxLength: 200,
    });
    expect(inputs[1]).toMatchObject({
      placeholder: 'What for?',
      isMultiline: true,
      errorMessage: 'Too short.',
    });
    expect(inputs[2]).toMatchObject({
      isRequired: false,
      errorMessage: tr('en', 'channels:form.required', { field: 'Reference' }),
    });
    expect(
      (card.body as Node[]).some(
        (b) => b.type === 'TextBlock' && b.text === 'Too short.' && b.color === 'Attention',
      ),
    ).toBe(true);
    const [submit, whyButton] = card.actions as Node[];
    expect(submit).toMatchObject({ type: 'Action.Execute', verb: 'form', title: 'Send' });
    expect(submit!.fallback.data).toEqual({ form: 'letter-details', step: 'senderName' });
    expect(submit!.data.shown.fields).toEqual({
      senderName: 'Signatory',
      purpose: 'Purpose',
      reference: 'Reference',
    });
    expect(whyButton).toMatchObject({ title: 'Why?', associatedInputs: 'none' });
  });

  it('drops the DOCX link when the letter goes as a file, keeps it otherwise', () => {
    const reply = sampleReply({
      text: 'Letter',
      letter: { draftId: 'abcdefghijklmnopqrstuv', lang: 'en' },
      links: [
        { label: 'Download (DOCX)', url: 'https://bot.example.org/api/letters/abcdefghijklmnopqrstuv.docx' },
        { label: 'Preview', url: 'https://bot.example.org/api/letters/abcdefghijklmnopqrstuv.html' },
      ],
    });
    expect(allActions(render(reply)).map((a) => a.title)).toEqual(['Download (DOCX)', 'Preview']);
    expect(allActions(render(reply, { ...ctx, letterAsFile: true })).map((a) => a.title)).toEqual([
      'Preview',
    ]);
  });

  it('carries speak, rtl, a summary and the calendar link', () => {
    const a = teamsCardsRenderer.render(
      sampleReply({
        text: 'جاهزة',
        dir: 'rtl',
        speak: 'رسالتكم جاهزة',
        reminder: { submitBy: '2027-06-01', start: '2027-12-01' },
      }),
      renderContext('msteams', 'ar'),
    );
    expect(a.speak).toBe('رسالتكم جاهزة');
    expect(a.summary).toBe('جاهزة');
    const card = a.attachments![0]!.content as Node;
    expect(card).toMatchObject({ rtl: true, speak: 'رسالتكم جاهزة', version: '1.5' });
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: tr('ar', 'channels:reminder.link'),
        url: 'https://bot.example.org/api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&lang=ar',
      },
    ]);
  });
});

describe('the Teams rules check', () => {
  it('catches 7 actions, a single line break and an Execute without fallback', () => {
    const actions = Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Submit', title: `${i}`, data: {} }));
    expect(teamsCardProblems({ type: 'AdaptiveCard', body: [], actions })).toEqual([
      '7 actions (Teams shows 6)',
    ]);
    expect(teamsCardProblems({ body: [{ type: 'TextBlock', text: 'a\nb' }] })[0]).toMatch(
      /single line break/,
    );
    expect(teamsCardProblems({ body: [{ type: 'TextBlock', text: 'a\n\nb' }] })).toEqual([]);
    expect(
      teamsCardProblems({ actions: [{ type: 'Action.Execute', title: 'x', verb: 'v', data: {} }] })[0],
    ).toMatch(/fallback/);
  });
});
