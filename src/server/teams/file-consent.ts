// The letter as a file in a Teams personal chat: a FileConsentCard asks to put the DOCX in the
// user's OneDrive; on `fileConsent/invoke` "accept" the bytes are PUT to the upload URL Teams
// gives and a FileInfoCard is posted; on "decline" (or a failed upload) the download link is
// offered instead. Shapes as in Microsoft's "Send and receive files using bot" (Teams bot APIs).
import type { Attachment } from 'botbuilder';
import { z } from 'zod';
import { nativeLanguageName } from '../../flow/choices.js';
import type { Translate } from '../../present/translate.js';
import type { OutgoingActivity } from '../channels/renderer.js';
import { uploadRequest, type FileUploader } from './file-upload.js';
import type { LetterFile } from './letter-file.js';

export const FILE_CONSENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_TYPE = 'application/vnd.microsoft.teams.card.file.info';
export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';

/** What the card carries back to us: only the draft's id (its owner is checked again on accept). */
const ConsentContext = z.object({ draftId: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });

export function fileConsentAttachment(file: LetterFile, t: Translate): Attachment {
  const context = { draftId: file.draft.id };
  return {
    contentType: FILE_CONSENT_TYPE,
    name: file.name,
    content: {
      description: t('channels:file.description', { language: nativeLanguageName(file.draft.lang) }),
      sizeInBytes: file.bytes.byteLength,
      acceptContext: context,
      declineContext: context,
    },
  };
}

export const FileConsentValue = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: ConsentContext,
  uploadInfo: z
    .object({
      contentUrl: z.url({ protocol: /^https$/ }),
      name: z.string().min(1).max(300),
      // Only https: the server PUTs the letter there, so it must not be a plain or local URL.
      uploadUrl: z.url({ protocol: /^https$/ }),
      uniqueId: z.string().min(1).max(300),
      fileType: z.string().min(1).max(20),
    })
    .optional(),
});
export type FileConsentValue = z.infer<typeof FileConsentValue>;

export interface ConsentOutcome {
  readonly activities: OutgoingActivity[];
  /** What was PUT, for the log; undefined when nothing was uploaded. */
  readonly uploaded?: { readonly name: string; readonly bytes: number };
}

export interface ConsentDeps {
  readonly upload: FileUploader;
  /** The letter file, when the draft exists and belongs to this user. */
  readonly file: (draftId: string) => Promise<LetterFile | undefined>;
  readonly t: Translate;
  /** Absolute URL of a draft's DOCX download. */
  readonly downloadUrl: (draftId: string) => string;
  readonly downloadLabel: string;
}

function linkMessage(text: string, deps: ConsentDeps, draftId: string): OutgoingActivity {
  const url = deps.downloadUrl(draftId);
  return { type: 'message', text: `${text}\n\n[${deps.downloadLabel}](${url})`, textFormat: 'markdown' };
}

export async function handleFileConsent(value: FileConsentValue, deps: ConsentDeps): Promise<ConsentOutcome> {
  const { draftId } = value.context;
  const file = await deps.file(draftId);
  if (!file) return { activities: [{ type: 'message', text: deps.t('channels:file.not-found') }] };
  if (value.action === 'decline' || !value.uploadInfo)
    return { activities: [linkMessage(deps.t('channels:file.declined'), deps, draftId)] };
  const info = value.uploadInfo;
  let status = 0;
  try {
    status = (await deps.upload(uploadRequest(info.uploadUrl, file.bytes))).status;
  } catch (e) {
    console.warn(`teams: letter upload failed: ${(e as Error).message}`);
  }
  if (status < 200 || status >= 300)
    return { activities: [linkMessage(deps.t('channels:file.failed'), deps, draftId)] };
  return {
    uploaded: { name: info.name, bytes: file.bytes.byteLength },
    activities: [
      {
        type: 'message',
        text: deps.t('channels:file.uploaded'),
        attachments: [
          {
            contentType: FILE_INFO_TYPE,
            contentUrl: info.contentUrl,
            name: info.name,
            content: { uniqueId: info.uniqueId, fileType: info.fileType },
          },
        ],
      },
    ],
  };
}
