// What the server imports before it listens: the static import graph of src/server/main.ts must
// not reach the packages the first requests do not need (they are imported on first use or in
// the warm-up after listen; ~0.4 s of the cold start).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/server/lazy-module.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Value imports only: `import type …` and imports whose every name is `type X` are erased by tsc. */
function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(
    /^\s*(import|export)\s+([^'";]*?)\s*from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
  )) {
    if (m[4]) {
      specs.push(m[4]);
      continue;
    }
    const clause = m[2]!;
    if (/^type\s/.test(clause)) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    if (names !== undefined && names.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    specs.push(m[3]!);
  }
  return specs;
}

/** Every package reached from `entry`, with the chain of project files that leads to it. */
function reachedPackages(entry: string): Map<string, string[]> {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const packages = new Map<string, string[]>();
  const chain = (f: string) => {
    const c: string[] = [];
    for (let x: string | null | undefined = f; x; x = parent.get(x)) c.unshift(relative(ROOT, x));
    return c;
  };
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
        if (!parent.has(target)) {
          parent.set(target, file);
          queue.push(target);
        }
      } else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, chain(file));
      }
    }
  }
  return packages;
}

describe('start-up imports', () => {
  const reached = reachedPackages(resolve(ROOT, 'src/server/main.ts'));

  it('reach the server packages (the walk follows the graph)', () => {
    for (const pkg of ['restify', 'zod', 'pino', 'i18next', 'lowdb'])
      expect(reached.has(pkg), pkg).toBe(true);
  });

  it.each([
    'tinyld',
    'stopword',
    'snowball-stemmers',
    'minisearch',
    'docx',
    'pg',
    'ical-generator',
    'botbuilder',
    'chrono-node',
  ])('do not reach %s', (pkg) => {
    expect(
      reached.get(pkg),
      `${pkg} is imported at start-up through ${reached.get(pkg)?.join(' → ')}`,
    ).toBeUndefined();
  });
});

describe('lazyModule', () => {
  it('imports once, on first load, and keeps the module', async () => {
    let imports = 0;
    const m = lazyModule(async () => ({ n: ++imports }));
    expect(imports).toBe(0);
    expect(m.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toBe(b);
    expect(imports).toBe(1);
    expect(m.loaded()).toBe(a);
  });
});
