// The translators keep templates and fill them with i18next's interpolator (src/i18n/index.ts):
// for every key of every language they must give exactly what i18next's own t() gives.
import { describe, expect, it, vi } from 'vitest';
import { createI18n, LANGS, oneFullStop } from '../../src/i18n/index.js';

/** Every string resource as `namespace:dotted.key`, with the variable names it uses. */
function stringKeys(tree: unknown, prefix: string, out: Array<[string, string]>): void {
  if (typeof tree === 'string') out.push([prefix, tree]);
  else if (tree && typeof tree === 'object' && !Array.isArray(tree))
    for (const [k, v] of Object.entries(tree))
      stringKeys(v, prefix.endsWith(':') ? prefix + k : `${prefix}.${k}`, out);
}

function keyWithVariable(i18n: ReturnType<typeof createI18n>, lang: 'fr'): { key: string; name: string } {
  const keys: Array<[string, string]> = [];
  stringKeys(i18n.instance.getResourceBundle(lang, 'flow'), 'flow:', keys);
  const [key, text] = keys.find(([, t]) => /\{\{\s*\w+\s*\}\}/.test(t)) as [string, string];
  return { key, name: /\{\{\s*(\w+)/.exec(text)![1] as string };
}

describe('kept translations', () => {
  const i18n = createI18n(undefined, { strict: false });
  for (const lang of LANGS) {
    it(`give what i18next gives for every ${lang} key, with and without variables`, () => {
      const fast = i18n.forLang(lang);
      const slow = i18n.instance.getFixedT(lang);
      const keys: Array<[string, string]> = [];
      for (const ns of i18n.namespaces) stringKeys(i18n.instance.getResourceBundle(lang, ns), `${ns}:`, keys);
      expect(keys.length).toBeGreaterThan(500);
      let withVars = 0;
      for (const [key, text] of keys) {
        const names = [...text.matchAll(/\{\{\s*([^},\s]+)/g)].map((m) => m[1] as string);
        // A value ending with its own full stop, and one that looks like a template itself.
        const vars = Object.fromEntries(names.map((n, i) => [n, i % 2 ? `v.${n}.` : `{{${n}}} ${n}`]));
        if (names.length) withVars += 1;
        expect(fast(key), key).toBe(slow(key));
        expect(fast(key), `${key} (kept)`).toBe(slow(key));
        const expected = slow(key, vars);
        expect(fast(key, vars), key).toBe(oneFullStop(expected));
        expect(fast(key, vars), `${key} (kept)`).toBe(oneFullStop(expected));
        expect(fast(key, { ...vars, extra: 1 }), key).toBe(oneFullStop(slow(key, { ...vars, extra: 1 })));
      }
      expect(withVars).toBeGreaterThan(100);
    });
  }

  it('fills a kept template without asking i18next to resolve the key again', () => {
    const fr = i18n.forLang('fr');
    const key = keyWithVariable(i18n, 'fr');
    const first = fr(key.key, { [key.name]: 'Sénégal' });
    const spy = vi.spyOn(i18n.instance, 't');
    try {
      expect(fr(key.key, { [key.name]: 'Sénégal' })).toBe(first);
      expect(fr(key.key, { [key.name]: 'Mali' })).toContain('Mali');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('leaves plurals, contexts and objects to i18next', () => {
    const ru = i18n.forLang('ru');
    expect(ru('leadtime:months', { count: 3 })).toBe(
      i18n.instance.getFixedT('ru')('leadtime:months', { count: 3 }),
    );
    expect(ru('leadtime:months', { count: 5 })).not.toBe(ru('leadtime:months', { count: 3 }));
    const steps = ru('questions:steps', { returnObjects: true }) as unknown;
    expect(steps).toEqual(i18n.instance.getFixedT('ru')('questions:steps', { returnObjects: true }));
    expect(typeof steps).toBe('object');
  });
});
