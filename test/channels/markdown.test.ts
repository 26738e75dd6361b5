// The Markdown renderer (Web Chat, Emulator, Direct Line): Markdown text, suggested actions that
// carry the choice and its step, a form as an Adaptive Card attachment where cards are shown.
import { describe, expect, it } from 'vitest';
import { markdownRenderer } from '../../src/server/channels/markdown.js';
import { rendererFor } from '../../src/server/channels/table.js';
import { capabilitiesOf } from '../../src/server/channels/capabilities.js';
import type { Form } from '../../src/flow/types.js';
import { renderContext, sampleReply } from '../helpers/render.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { tr } from '../helpers/flow.js';

const FORM: Form = {
  id: 'letter-details',
  submitLabel: 'Send these details',
  fields: [
    {
      id: 'senderName',
      label: 'Signatory',
      placeholder: 'e.g. Aminata Diallo',
      maxLength: 200,
      required: true,
      multiline: false,
    },
    {
      id: 'purpose',
      label: 'Purpose',
      maxLength: 2000,
      required: true,
      multiline: true,
      value: 'x',
      error: 'This is a bit short.',
    },
  ],
};

describe('markdown renderer', () => {
  it.each(['webchat', 'emulator', 'directline', 'telegram', 'some-new-channel'])('serves %s', (channel) => {
    expect(rendererFor(capabilitiesOf(channel)).id).toBe('markdown');
  });

  it('sends Markdown with suggested actions whose value is {choice, step}', () => {
    const a = markdownRenderer.render(
      sampleReply({ title: 'III(c) *criteria*', choices: [{ value: 'government', label: 'Government' }] }),
      renderContext('webchat'),
    );
    expect(a.text).toBe('**III(c) \\*criteria\\***\n\nWho is requesting?');
    expect(a.textFormat).toBe('markdown');
    expect(a.suggestedActions?.actions).toEqual([
      {
        type: 'messageBack',
        title: 'Government',
        text: 'Government',
        displayText: 'Government',
        value: { choice: 'government', step: 'requester' },
      },
    ]);
  });

  it('sends a form as an Adaptive Card under the question, with one submit {form, step}', () => {
    const a = markdownRenderer.render(
      sampleReply({ text: 'Who signs the letter?', step: 'senderName', form: FORM }),
      renderContext('webchat'),
    );
    expect(a.text).toBe('Who signs the letter?');
    const card = a.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateAdaptiveCard(card.content)).toEqual([]);
    const body = (card.content as { body: Record<string, unknown>[] }).body;
    expect(body.filter((b) => b.type === 'Input.Text').map((b) => b.id)).toEqual(['senderName', 'purpose']);
    expect(body[0]).toMatchObject({
      label: 'Signatory',
      placeholder: 'e.g. Aminata Diallo',
      maxLength: 200,
      isRequired: true,
      isMultiline: false,
    });
    expect(body[1]).toMatchObject({
      id: 'purpose',
      value: 'x',
      errorMessage: 'This is a bit short.',
      isMultiline: true,
    });
    expect(body[2]).toMatchObject({ type: 'TextBlock', text: 'This is a bit short.', color: 'Attention' });
    expect((card.content as { actions: unknown[] }).actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Send these details',
        data: { form: 'letter-details', step: 'senderName' },
      },
    ]);
  });

  it('leaves the form out where the channel shows no cards (the question is asked one by one)', () => {
    const a = markdownRenderer.render(sampleReply({ form: FORM }), renderContext('telegram'));
    expect(a.attachments).toBeUndefined();
  });

  it('links the calendar file and carries speak', () => {
    const a = markdownRenderer.render(
      sampleReply({ reminder: { submitBy: '2027-06-01', start: '2027-12-01' }, speak: 'Ready.' }),
      renderContext('webchat', 'fr'),
    );
    expect(a.text).toContain(
      `[${tr('fr', 'channels:reminder.link')}](https://bot.example.org/api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&lang=fr)`,
    );
    expect(a.speak).toBe('Ready.');
  });
});
