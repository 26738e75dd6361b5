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
      if (!t) translators.set(lang, (t = memoized(instance, lang)));
      return t;
    },
  };
}

/** Options i18next reads from a call's variables: a call that sets any of them takes i18next's whole path. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'keyPrefix',
  'nsSeparator',
  'keySeparator',
  'defaultValue',
  'replace',
  'interpolation',
  'postProcess',
  'skipInterpolation',
]);

/**
 * The resources never change after start-up, so a turn's hundreds of lookups need not resolve a key
 * anew each time: a key asked without variables is kept with its text, one asked for its object
 * (`returnObjects`) with its object (callers only read it), and a key asked with plain variables
 * keeps its template, which i18next's own interpolator then fills — the text i18next would give
 * (test/i18n/translate-cache.test.ts compares every key of every language), without its option
 * merging and key resolution on every call. Plurals, contexts and nesting take i18next's whole path.
 */
function memoized(instance: I18nInstance, lang: Lang): Translate {
  const t = instance.getFixedT(lang) as unknown as Translate;
  const plain = new Map<string, string>();
  const objects = new Map<string, unknown>();
  const templates = new Map<string, string | null>();
  const interpolator = instance.services.interpolator;
  return ((key: string, vars?: Record<string, unknown>) => {
    if (vars === undefined) {
      let text = plain.get(key);
      if (text === undefined) {
        text = t(key);
        if (typeof text === 'string') plain.set(key, text);
      }
      return text;
    }
    const names = Object.keys(vars);
    if (names.length === 1 && vars.returnObjects === true) {
      if (!objects.has(key)) objects.set(key, t(key, vars));
      return objects.get(key);
    }
    if (!names.some((n) => I18NEXT_OPTIONS.has(n))) {
      let template = templates.get(key);
      if (template === undefined) templates.set(key, (template = templateOf(instance, lang, key)));
      if (template !== null) {
        const filled = fillParts(template, vars);
        return oneFullStop(filled ?? interpolator.interpolate(template, vars, lang, vars));
      }
    }
    const text = t(key, vars);
    return typeof text === 'string' ? oneFullStop(text) : text;
  }) as Translate;
}

/**
 * A template of plain `{{name}}` placeholders, split once: text, name, text, name, text. Most of
 * a turn's texts are such templates, and joining the parts costs a fraction of i18next's
 * interpolator (its regular expressions, format handling and path lookup per variable, ~2% of a
 * turn). Null when the template has anything else (a format, an unescaped `{{- x}}`, a path).
 */
const parts = new Map<string, readonly string[] | null>();

function partsOf(template: string): readonly string[] | null {
  let p = parts.get(template);
  if (p !== undefined) return p;
  const split = template.split(/\{\{(.*?)\}\}/);
  p = split.every((s, i) => i % 2 === 0 || /^\s*\w+\s*$/.test(s))
    ? split.map((s, i) => (i % 2 ? s.trim() : s))
    : null;
  if (p !== null && !p.some((s, i) => i % 2 === 0 && s.includes('{{'))) parts.set(template, p);
  else parts.set(template, (p = null));
  return p;
}

/** The template filled with string or number variables, or null to leave it to i18next. */
function fillParts(template: string, vars: Record<string, unknown>): string | null {
  const p = partsOf(template);
  if (p === null) return null;
  let out = p[0] as string;
  for (let i = 1; i < p.length; i += 2) {
    const v = vars[p[i] as string];
    if (typeof v === 'string') out += v;
    else if (typeof v === 'number') out += String(v);
    else return null;
    out += p[i + 1] as string;
  }
  return out;
}

/** The key's text as written in the locale, or null when i18next must resolve it (missing, not text, nesting). */
function templateOf(instance: I18nInstance, lang: Lang, key: string): string | null {
  const colon = key.indexOf(':');
  const ns = colon > 0 ? key.slice(0, colon) : 'common';
  const raw: unknown = instance.getResource(lang, ns, colon > 0 ? key.slice(colon + 1) : key);
  return typeof raw === 'string' && !raw.includes('$t(') ? raw : null;
}

/**
 * A value that ends with its own full stop ("май 2027 г.", "Prof. Y Jr.") put before the
 * template's: one full stop, as a reader expects ("Начало → май 2027 г."). An ellipsis stays.
 */
export function oneFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
