// Carries out what the pure engine asks for and cannot do itself (it has no storage): drafting
// and storing the letter, listing and re-opening the user's drafts. Returns what the bot says
// about it, and for a re-opened draft the input to give the engine next.
import { STEPS } from '../../dialogs/steps.js';
import type { Effect, Reply, TurnInput } from '../flow/types.js';
import type { I18n } from '../i18n/index.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { textDirection as dirOf } from '../knowledge/schema.js';
import { parseLetterInput, type LetterInput } from '../domain/letters/input.js';
import { buildLetter } from '../letters/build.js';
import { listDrafts, loadDraft, saveDraft, updateDraft, type LetterDraft } from '../letters/store.js';
import { countryName, formatDate } from '../present/format.js';
import { nativeLanguageName } from '../flow/choices.js';
import { answersFromLetterInput } from '../flow/letter-input.js';
import type { ListableStorage } from '../storage/index.js';
import { deleteUserData } from './data-protection.js';

export interface EffectDeps {
  readonly knowledge: Knowledge;
  readonly i18n: I18n;
  readonly storage: ListableStorage;
  readonly today: () => string;
}

export interface EffectOutcome {
  readonly replies: readonly Reply[];
  /** A turn the engine must take next (a re-opened draft to review). */
  readonly followUp?: TurnInput;
  /** The user's data was deleted, this conversation's too: do not store its state again. */
  readonly forget?: boolean;
}

/**
 * `baseUrl`: absolute origin for links in replies (Teams and Web Chat open only absolute URLs).
 * `newDraftId`: the id a newly drafted letter gets (the same when a turn is re-run).
 */
export type EffectRunner = (
  effect: Effect,
  ctx: { userId: string; lang: Lang; baseUrl: string; newDraftId?: string },
) => Promise<EffectOutcome>;

const DRAFTS_SHOWN = 5;

export function createEffectRunner(deps: EffectDeps): EffectRunner {
  return async (effect, { userId, lang, baseUrl, newDraftId }) => {
    const t = deps.i18n.forLang(lang);
    const base = baseUrl.replace(/\/$/, '');
    // A letter field as the review screen names it ("Signatory"), not its path ("sender.name").
    const fieldLabel = (path: string) => {
      const step = STEPS.find((st) => st.letter === path);
      return step ? t(`flow:label.${step.id}`) : path;
    };
    const say = (text: string): EffectOutcome => ({ replies: [{ text, dir: dirOf(lang) }] });

    switch (effect.kind) {
      case 'list-drafts': {
        const drafts = (await listDrafts(deps.storage, userId)).slice(0, DRAFTS_SHOWN);
        if (drafts.length === 0) return say(t('common:drafts.none'));
        const label = (d: (typeof drafts)[number]) =>
          t('common:drafts.item', {
            date: formatDate(d.updated.slice(0, 10), lang),
            program:
              (d.programId && deps.knowledge.programById.get(d.programId)?.name[lang]) ||
              countryName(d.country, lang),
            language: nativeLanguageName(d.lang),
          });
        return {
          replies: [
            {
              title: t('common:drafts.title'),
              text: drafts.map((d, i) => `${i + 1}. ${label(d)}`).join('\n'),
              links: drafts.map((d, i) => ({
                label: `${i + 1}. DOCX`,
                url: `${base}/api/letters/${d.id}.docx`,
              })),
              choices: drafts.map((d, i) => ({
                value: `open-draft:${d.id}`,
                label: t('common:drafts.open', { n: i + 1 }),
              })),
              dir: dirOf(lang),
            },
          ],
        };
      }
      case 'open-draft': {
        const draft = await loadDraft(deps.storage, effect.id);
        // Only the user who drafted it may re-open it in the chat.
        if (!draft || draft.userId !== userId) return say(t('common:drafts.not-found'));
        return {
          replies: [],
          followUp: { restore: { draftId: draft.id, answers: answersFromLetterInput(draft.input) } },
        };
      }
      case 'draft-letter': {
        const parsed = parseLetterInput(effect.input);
        // The interview validates every field, so this means a field it does not ask; say which.
        if (!parsed.ok)
          return say(t('flow:letter.invalid', { field: fieldLabel(parsed.errors[0]?.field ?? '') }));
        const today = deps.today();
        const built = buildLetter(deps.knowledge, (l) => deps.i18n.forLang(l), parsed.value, {
          today,
          uiLang: lang,
        });
        if (!built.ok) return say(t('flow:letter.invalid', { field: fieldLabel(built.error.field) }));
        const draft = await store(deps, parsed.value, {
          today,
          userId,
          draftId: effect.draftId,
          newDraftId,
        });
        return {
          replies: [
            {
              // A note verbale is initialled and stamped, not signed.
              title: t(
                parsed.value.type === 'note-verbale' ? 'flow:letter.ready-note-verbale' : 'flow:letter.ready',
                {
                  language: nativeLanguageName(parsed.value.lang),
                },
              ),
              text: built.value.text,
              links: [
                { label: t('flow:letter.download'), url: `${base}/api/letters/${draft.id}.docx` },
                { label: t('flow:letter.preview'), url: `${base}/api/letters/${draft.id}.html` },
              ],
              // Teams personal chat sends the file itself; screen readers say this, not the URLs.
              letter: { draftId: draft.id, lang: parsed.value.lang },
              speak: t('channels:letter.speak', { language: nativeLanguageName(parsed.value.lang) }),
              dir: dirOf(parsed.value.lang),
            },
            ...built.value.messages.map((m) => ({ text: `⚠️ ${m.message}`, dir: dirOf(lang) })),
          ],
        };
      }
      case 'delete-data': {
        await deleteUserData(deps.storage, userId);
        return { replies: [{ text: t('common:delete-data.done'), dir: dirOf(lang) }], forget: true };
      }
    }
  };
}

/** A re-opened draft of this user is updated in place; anything else is a new draft. */
async function store(
  deps: EffectDeps,
  input: LetterInput,
  o: { today: string; userId: string; draftId: string | undefined; newDraftId: string | undefined },
): Promise<LetterDraft> {
  const existing = o.draftId ? await loadDraft(deps.storage, o.draftId) : undefined;
  if (existing && existing.userId === o.userId)
    return updateDraft(deps.storage, existing, input, { today: o.today });
  return saveDraft(deps.storage, input, {
    today: o.today,
    userId: o.userId,
    ...(o.newDraftId ? { id: o.newDraftId } : {}),
  });
}
