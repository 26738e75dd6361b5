// The letter as a file in a Teams personal chat, over POST /api/messages: the letter's card comes
// without its DOCX link and is followed by a FileConsentCard; the `fileConsent/invoke` activities
// recorded from Microsoft's docs (test/fixtures/teams) accept it (the DOCX is PUT to the upload
// URL with Content-Range, through an injected uploader that records it, then a FileInfoCard is
// posted) or decline it (the download link instead). Group chats keep the link.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import type { UploadRequest } from '../../src/server/teams/file-upload.js';
import { postJson, startServer, type TestServer } from '../helpers/server.js';
import { toReview } from '../server/journey.js';
import { BotClient } from '../helpers/bot-client.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { validateAdaptiveCard } from '../helpers/adaptive-cards.js';
import { tr } from '../helpers/flow.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(projectPath('test', 'fixtures', 'teams', `${name}.json`), 'utf8'));
const accept = fixture('file-consent-accept');
const decline = fixture('file-consent-decline');

let s: TestServer;
let connector: FakeConnector;
const uploads: UploadRequest[] = [];
let uploadStatus = 201;

beforeAll(async () => {
  connector = await startFakeConnector();
  s = await startServer(
    // The bot may post replies to the fake connector (without an app id, only to listed URLs).
    { PUBLIC_URL: 'https://bot.example.org', ALLOWED_SERVICE_URLS: connector.url },
    {
      fileUpload: async (request) => {
        uploads.push(request);
        return { status: uploadStatus };
      },
    },
  );
});
afterAll(async () => {
  await Promise.all([s.close(), connector.close()]);
});

type Node = Record<string, any>;

function teamsChat(conversationId: string, conversationType: 'personal' | 'groupChat' = 'personal') {
  return new BotClient(s.url, 'msteams', conversationId, 'en-US', accept.from.id, {
    from: accept.from,
    recipient: accept.recipient,
    conversation: { ...accept.conversation, id: conversationId, conversationType },
    channelData: accept.channelData,
  });
}

/** Greeting to drafted letter in English, with buttons where there are buttons. */
async function draftLetter(c: BotClient): Promise<void> {
  await toReview(c, 'en', {
    senderName: 'Aminata Diallo',
    senderTitle: 'Rector',
    institution: 'Cheikh Anta Diop University',
    place: 'Dakar',
    reference: 'none',
    senderEmail: 'rectorat@ucad.edu.sn, +221 33 824 69 81',
    purpose: 'Set up a technology and innovation support centre',
    developmentGoals: 'Plan Sénégal Émergent',
    expectedResults: 'An active centre',
    beneficiaries: '40 researchers',
    period: 'From July 2027',
  });
  await c.tap('draft');
}

async function send(conversationId: string, activity: Node) {
  const before = connector.activities().length;
  const res = await postJson(`${s.url}/api/messages`, {
    ...activity,
    conversation: { ...activity.conversation, id: conversationId },
    serviceUrl: connector.url,
  });
  return { res, sent: connector.activities().slice(before) };
}

describe('the letter as a file in Teams', () => {
  let draftId = '';
  let consent: Node;

  beforeAll(async () => {
    const c = teamsChat('a:file-1');
    await draftLetter(c);
    const attachments = c.last.flatMap((a) => a.attachments ?? []);
    consent = attachments.find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    draftId = consent?.content?.acceptContext?.draftId;
    // The batch still ends with where the interview stands.
    expect(c.status()?.step).toBe('done');
    // The letter's card has no DOCX link (the file replaces it), only the preview.
    const letterCard = attachments.find((a) => a.content?.speak)!.content as Node;
    expect(validateAdaptiveCard(letterCard)).toEqual([]);
    expect(letterCard.actions.map((a: Node) => a.url)).toEqual([
      `https://bot.example.org/api/letters/${draftId}.html`,
    ]);
    // Screen readers get a sentence, not the URLs.
    expect(letterCard.speak).toBe(tr('en', 'channels:letter.speak', { language: 'English' }));
    expect(c.last.find((a) => a.attachments?.[0]?.content === letterCard)?.speak).toBe(letterCard.speak);
  }, 30_000);

  it('offers a FileConsentCard with name, size, description and the draft as context', async () => {
    expect(draftId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(consent.name).toBe(`wipo-new-assistance-en-${draftId}.docx`);
    expect(consent.content).toEqual({
      description: tr('en', 'channels:file.description', { language: 'English' }),
      sizeInBytes: expect.any(Number),
      acceptContext: { draftId },
      declineContext: { draftId },
    });
    const docx = await fetch(`${s.url}/api/letters/${draftId}.docx`);
    expect(Math.abs(consent.content.sizeInBytes - (await docx.arrayBuffer()).byteLength)).toBeLessThan(64);
  });

  it('on accept, PUTs the DOCX to the upload URL with Content-Range, then posts a FileInfoCard', async () => {
    uploads.length = 0;
    uploadStatus = 201;
    const { res, sent } = await send('a:file-1', {
      ...accept,
      value: { ...accept.value, context: { draftId } },
    });
    expect(res.status).toBe(200);
    expect(uploads).toHaveLength(1);
    const [put] = uploads;
    const size = put!.body.byteLength;
    expect(put!.url).toBe(accept.value.uploadInfo.uploadUrl);
    expect(put!.headers).toEqual({
      'Content-Length': String(size),
      'Content-Range': `bytes 0-${size - 1}/${size}`,
    });
    const xml = strFromU8(unzipSync(put!.body)['word/document.xml']!);
    expect(xml).toContain('Aminata Diallo');
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toBe(tr('en', 'channels:file.uploaded'));
    expect(sent[0].attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        contentUrl: accept.value.uploadInfo.contentUrl,
        name: accept.value.uploadInfo.name,
        content: { uniqueId: accept.value.uploadInfo.uniqueId, fileType: 'docx' },
      },
    ]);
  });

  it('on decline, says so politely and gives the download link; nothing is uploaded', async () => {
    uploads.length = 0;
    const { res, sent } = await send('a:file-1', {
      ...decline,
      value: { ...decline.value, context: { draftId } },
    });
    expect(res.status).toBe(200);
    expect(uploads).toHaveLength(0);
    expect(sent[0].text).toContain(tr('en', 'channels:file.declined'));
    expect(sent[0].text).toContain(`(https://bot.example.org/api/letters/${draftId}.docx)`);
  });

  it('when the upload fails, gives the download link instead', async () => {
    uploadStatus = 500;
    const { sent } = await send('a:file-1', { ...accept, value: { ...accept.value, context: { draftId } } });
    uploadStatus = 201;
    expect(sent[0].text).toContain(tr('en', 'channels:file.failed'));
    expect(sent[0].text).toContain(`/api/letters/${draftId}.docx`);
  });

  it('uploads nothing for someone else’s draft, an unknown draft, or a non-https upload URL', async () => {
    uploads.length = 0;
    // In a conversation of their own (another user's is refused before any invoke runs: 403).
    const other = await send('a:file-other', {
      ...accept,
      from: { id: '29:someone-else' },
      value: { ...accept.value, context: { draftId } },
    });
    expect(other.sent[0].text).toBe(tr('en', 'channels:file.not-found'));
    const unknown = await send('a:file-1', {
      ...accept,
      value: { ...accept.value, context: { draftId: 'A'.repeat(22) } },
    });
    expect(unknown.sent[0].text).toBe(tr('en', 'channels:file.not-found'));
    const plain = await send('a:file-1', {
      ...accept,
      value: {
        ...accept.value,
        context: { draftId },
        uploadInfo: { ...accept.value.uploadInfo, uploadUrl: 'http://127.0.0.1:9/steal' },
      },
    });
    expect(plain.res.status).toBe(400);
    expect(uploads).toHaveLength(0);
  });

  it('keeps the download link in a group chat, with no file offer', async () => {
    const c = teamsChat('19:group-chat@thread.v2', 'groupChat');
    await draftLetter(c);
    const types = c.last.flatMap((a) => (a.attachments ?? []).map((x) => x.contentType));
    expect(types).not.toContain('application/vnd.microsoft.teams.card.file.consent');
    expect(c.links().some((l) => l.endsWith('.docx'))).toBe(true);
  }, 30_000);
});
