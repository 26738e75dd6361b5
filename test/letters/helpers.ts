// Shared set-up for the letter tests: the real knowledge base and locales, the fixtures, a pinned date.
import { readFileSync } from 'node:fs';
import { LetterInput, LETTER_TYPES, type LetterType } from '../../src/domain/letters/input.js';
import { createI18n } from '../../src/i18n/index.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Lang } from '../../src/knowledge/types.js';
import { projectPath } from '../../src/paths.js';
import { countryName } from '../../src/present/format.js';
import type { LetterWords } from '../../src/domain/letters/compose.js';

/** The date every golden letter is composed on. */
export const TODAY = '2026-06-10';

export const knowledge = loadKnowledge();
export const i18n = createI18n();
export const forLang = (lang: Lang) => i18n.forLang(lang);
/** What composeLetter takes: the wording of `lang` and the product's country names. */
export const words = (lang: Lang): LetterWords => ({ t: forLang(lang), countryName });

export const CASES: readonly (readonly [Lang, LetterType])[] = LANGS.flatMap((lang) =>
  LETTER_TYPES.map((type) => [lang, type] as const),
);

export const fixturePath = (lang: Lang, type: LetterType): string =>
  projectPath('test', 'fixtures', 'letters', `${lang}-${type}.json`);
export const goldenPath = (lang: Lang, type: LetterType): string =>
  projectPath('test', 'transcripts', 'letters', `${lang}-${type}.txt`);

/** The fixture as a client would send it (raw JSON). */
export function rawFixture(lang: Lang, type: LetterType): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(lang, type), 'utf8')) as Record<string, unknown>;
}

export function fixture(lang: Lang, type: LetterType): LetterInput {
  return LetterInput.parse(rawFixture(lang, type));
}
