// i18next over locales/{lang}/{namespace}.json, loaded synchronously at start-up.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { LANGS, isLang, langFromLocale, type Lang } from '../knowledge/schema.js';
import { projectPath } from '../paths.js';

export { LANGS, isLang, langFromLocale, type Lang };
export const DEFAULT_LANG: Lang = 'en';

export type { Translate } from '../present/translate.js';
import type { Translate } from '../present/translate.js';

export interface I18n {
  readonly instance: I18nInstance;
  readonly namespaces: readonly string[];
  /** A translator fixed to one language; keys are `namespace:key`. */
  forLang(lang: Lang): Translate;
}

export function readLocales(dir: string = projectPath('locales')): Record<Lang, Record<string, unknown>> {
  const resources = {} as Record<Lang, Record<string, unknown>>;
  for (const lang of LANGS) {
    resources[lang] = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      resources[lang][file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    }
  }
  return resources;
}

/**
 * With `strict` (and whenever I18N_STRICT=1, as the test suite sets it) a missing key throws
 * instead of showing the key itself, so a gap in a locale cannot pass a test unseen.
 */
export function createI18n(dir?: string, { strict = process.env.I18N_STRICT === '1' } = {}): I18n {
  const resources = readLocales(dir);
  const namespaces = Object.keys(resources.en);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: DEFAULT_LANG,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    ...(strict
      ? {
          saveMissing: true,
          missingKeyHandler: (lngs: readonly string[], ns: string, key: string) => {
            throw new Error(`missing locale key ${ns}:${key} (${lngs.join(', ')})`);
          },
        }
      : {}),
  } as Parameters<I18nInstance['init']>[0]);
  const translators = new Map<Lang, Translate>();
  return {
    instance,
    namespaces,
    forLang: (lang) => {
      let t = translators.get(lang);
      if (!t) translators.set(lang, (t = memoized(instance.getFixedT(lang) as unknown as Translate)));
      return t;
    },
  };
}

/**
 * The resources never change after start-up, so a key asked without variables always gives the
 * same text: it is kept after the first time (a turn asks hundreds; i18next resolves each anew).
 */
function memoized(t: Translate): Translate {
  const plain = new Map<string, string>();
  return (key, vars) => {
    if (vars !== undefined) {
      const text = t(key, vars);
      return typeof text === 'string' ? oneFullStop(text) : text;
    }
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key);
      if (typeof text === 'string') plain.set(key, text);
    }
    return text;
  };
}

/**
 * A value that ends with its own full stop ("май 2027 г.", "Prof. Y Jr.") put before the
 * template's: one full stop, as a reader expects ("Начало → май 2027 г."). An ellipsis stays.
 */
export function oneFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
