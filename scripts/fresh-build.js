// Builds dist/ only when it is stale: a TypeScript file of src/ or dialogs/ newer than its
// compiled .js (or without one), or a tsconfig newer than the build. `npm start` and `npm run
// bench` call this, so an already built tree starts at once; `npm install` (prepare) and
// `npm run build` always compile.
// Run: node scripts/fresh-build.js (exits non-zero if the build fails)
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'dialogs'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

function* tsFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
export function staleReason(root = ROOT) {
  let oldest = Infinity;
  for (const dir of SOURCES) {
    for (const src of tsFiles(path.join(root, dir))) {
      const rel = path.relative(root, src);
      const out = mtime(path.join(root, 'dist', rel.replace(/\.ts$/, '.js')));
      if (out === undefined) return `${rel} is not compiled`;
      if (mtime(src) > out) return `${rel} changed since the build`;
      oldest = Math.min(oldest, out);
    }
  }
  for (const c of CONFIGS)
    if ((mtime(path.join(root, c)) ?? 0) > oldest) return `${c} changed since the build`;
  return undefined;
}

/** Compiles with the project's tsc when dist/ is stale; returns whether it did. */
export function buildIfStale(root = ROOT, log = (m) => console.error(m)) {
  const reason = staleReason(root);
  if (!reason) return false;
  log(`building dist/ (${reason})`);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    buildIfStale();
  } catch {
    process.exit(1);
  }
}
