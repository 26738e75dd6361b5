// The plain-text renderer (SMS, WhatsApp-like channels, the terminal): choices numbered in the
// order the engine offered them, links as text, no form.
import { describe, expect, it } from 'vitest';
import { numberedChoices, plainTextRenderer } from '../../src/server/channels/plain-text.js';
import { rendererFor } from '../../src/server/channels/table.js';
import { capabilitiesOf } from '../../src/server/channels/capabilities.js';
import { renderContext, sampleReply } from '../helpers/render.js';
import { tr } from '../helpers/flow.js';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

describe('plain-text renderer', () => {
  it.each(['sms', 'twilio-sms', 'whatsapp', 'email', 'terminal', 'SMS'])('serves %s', (channel) => {
    expect(rendererFor(capabilitiesOf(channel)).id).toBe('plain-text');
  });

  it('numbers choices "(1) Yes (2) No" in the order of reply.choices', () => {
    const a = plainTextRenderer.render(
      sampleReply({ text: 'Is it part of a plan?', choices: yesNo }),
      renderContext('sms'),
    );
    expect(a.text).toBe('Is it part of a plan?\n\n(1) Yes (2) No');
    expect(a.textFormat).toBe('plain');
    expect(a.suggestedActions).toBeUndefined();
    expect(a.attachments).toBeUndefined();
    const reversed = plainTextRenderer.render(
      sampleReply({ choices: [...yesNo].reverse() }),
      renderContext('sms'),
    );
    expect(reversed.text).toContain('(1) No (2) Yes');
  });

  it('puts a long list one choice per line, still numbered in order', () => {
    const choices = Array.from({ length: 17 }, (_, i) => ({ value: `a${i}`, label: `Area number ${i + 1}` }));
    const text = numberedChoices(choices);
    const lines = text.split('\n');
    expect(lines).toHaveLength(17);
    lines.forEach((line, i) => expect(line).toBe(`(${i + 1}) Area number ${i + 1}`));
  });

  it('writes title, facts and links as text, adds the calendar link, ignores the form', () => {
    const a = plainTextRenderer.render(
      sampleReply({
        title: 'Lead time',
        text: 'Send the request by 1 June 2027.',
        facts: [{ label: 'Start', value: 'December 2027' }],
        links: [{ label: 'Website', url: 'https://www.wipo.int/tisc/en/' }],
        reminder: { submitBy: '2027-06-01', start: '2027-12-01', programId: 'tisc' },
        form: {
          id: 'letter-details',
          submitLabel: 'Send',
          fields: [
            { id: 'senderName', label: 'Signatory', maxLength: 200, required: true, multiline: false },
          ],
        },
        speak: 'Send the request by the first of June.',
      }),
      renderContext('sms', 'en'),
    );
    expect(a.text).toContain('Lead time\n\nSend the request by 1 June 2027.\n\nStart: December 2027');
    expect(a.text).toContain('Website: https://www.wipo.int/tisc/en/');
    expect(a.text).toContain(
      `${tr('en', 'channels:reminder.link')}: https://bot.example.org/api/reminder.ics?submitBy=2027-06-01&start=2027-12-01&program=tisc&lang=en`,
    );
    expect(a.text).not.toContain('Signatory');
    expect(a.speak).toBe('Send the request by the first of June.');
  });
});
