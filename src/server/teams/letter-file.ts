// A stored draft as the DOCX the download route serves, for sending it as a file in Teams.
import { buildLetter } from '../../letters/build.js';
import { renderDocx } from '../../letters/render-docx.js';
import { loadDraft, type LetterDraft } from '../../letters/store.js';
import type { AppDeps } from '../deps.js';

export interface LetterFile {
  readonly draft: LetterDraft;
  /** The same name as the download's Content-Disposition. */
  readonly name: string;
  readonly bytes: Buffer;
}

/** Undefined when the draft is unknown, not this user's, or no longer composes. */
export async function letterFile(
  deps: Pick<AppDeps, 'storage' | 'knowledge' | 'i18n'>,
  draftId: string,
  userId: string,
): Promise<LetterFile | undefined> {
  const draft = await loadDraft(deps.storage, draftId);
  if (!draft || draft.userId !== userId) return undefined;
  const built = buildLetter(deps.knowledge, (l) => deps.i18n.forLang(l), draft.input, { today: draft.today });
  if (!built.ok) return undefined;
  const bytes = await renderDocx(built.value.document);
  return { draft, name: `wipo-${draft.input.type}-${draft.lang}-${draft.id}.docx`, bytes };
}
