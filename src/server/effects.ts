// Carries out what the pure engine asks for and cannot do itself (it has no storage): drafting
// and storing the letter, listing the user's drafts. Returns what the bot says about it.
import type { Effect, Reply } from '../flow/types.js';
import type { I18n } from '../i18n/index.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { parseLetterInput } from '../domain/letters/input.js';
import { buildLetter } from '../letters/build.js';
import { listDrafts, saveDraft } from '../letters/store.js';
import { countryName, formatDate } from '../present/format.js';
import { nativeLanguageName } from '../flow/choices.js';
import type { ListableStorage } from '../storage/index.js';

export interface EffectDeps {
  readonly knowledge: Knowledge;
  readonly i18n: I18n;
  readonly storage: ListableStorage;
  readonly today: () => string;
}

/** `baseUrl`: absolute origin for links in replies (Teams and Web Chat open only absolute URLs). */
export type EffectRunner = (
  effect: Effect,
  ctx: { userId: string; lang: Lang; baseUrl: string },
) => Promise<Reply[]>;

export function createEffectRunner(deps: EffectDeps): EffectRunner {
  const dir = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr') as Reply['dir'];

  return async (effect, { userId, lang, baseUrl }) => {
    const t = deps.i18n.forLang(lang);
    const base = baseUrl.replace(/\/$/, '');
    if (effect.kind === 'list-drafts') {
      const drafts = await listDrafts(deps.storage, userId);
      if (drafts.length === 0) return [{ text: t('common:drafts.none'), dir: dir(lang) }];
      return [
        {
          title: t('common:drafts.title'),
          text: drafts
            .map(
              (d, i) =>
                `${i + 1}. ${t('common:drafts.item', {
                  date: formatDate(d.updated.slice(0, 10), lang),
                  program:
                    (d.programId && deps.knowledge.programById.get(d.programId)?.name[lang]) ||
                    countryName(d.country, lang),
                  language: nativeLanguageName(d.lang),
                })}`,
            )
            .join('\n'),
          links: drafts
            .slice(0, 5)
            .map((d, i) => ({ label: `${i + 1}. DOCX`, url: `${base}/api/letters/${d.id}.docx` })),
          dir: dir(lang),
        },
      ];
    }
    const parsed = parseLetterInput(effect.input);
    if (!parsed.ok) {
      // The interview validates every field, so this means a field it does not ask; say which.
      return [{ text: t('flow:letter.invalid', { field: parsed.errors[0]?.field ?? '' }), dir: dir(lang) }];
    }
    const today = deps.today();
    const built = buildLetter(deps.knowledge, (l) => deps.i18n.forLang(l), parsed.value, {
      today,
      uiLang: lang,
    });
    if (!built.ok) return [{ text: t('flow:letter.invalid', { field: built.error.field }), dir: dir(lang) }];
    const draft = await saveDraft(deps.storage, parsed.value, { today, userId });
    return [
      {
        title: t('flow:letter.ready', { language: nativeLanguageName(parsed.value.lang) }),
        text: built.value.text,
        links: [
          { label: t('flow:letter.download'), url: `${base}/api/letters/${draft.id}.docx` },
          { label: t('flow:letter.preview'), url: `${base}/api/letters/${draft.id}.html` },
        ],
        dir: dir(parsed.value.lang),
      },
      ...built.value.messages.map((m) => ({ text: `⚠️ ${m.message}`, dir: dir(lang) })),
    ];
  };
}
