// `npm run package:teams`: fills the placeholders in appPackage/manifest.json and zips the Teams
// app package (manifest, icons, localization files, all at the zip root as Teams requires).
//   MicrosoftAppId=<bot app id> PUBLIC_URL=https://bot.example.org npm run package:teams [-- --out file.zip]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = join(ROOT, 'appPackage');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** Obviously not a real registration: Teams accepts the package, no bot answers. */
export const FAKE_APP_ID = '00000000-0000-4000-8000-000000000000';
const FAKE_PUBLIC_URL = 'https://ta-navigator.invalid';
// Fixed timestamp so the same inputs give the same zip bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

/** Replaces every {{NAME}} in the template; an unknown or missing placeholder is an error. */
export function renderManifest(template, values) {
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`manifest.json: no value for {{${name}}}`);
    return values[name];
  });
  return JSON.parse(text);
}

/** Reads the settings from the environment; returns the values and the warnings to show. */
export function settingsFromEnv(env) {
  const warnings = [];
  let appId = (env.MicrosoftAppId ?? '').trim();
  if (!appId) {
    appId = FAKE_APP_ID;
    warnings.push(
      `MicrosoftAppId is not set: using the fake id ${FAKE_APP_ID}; Teams will not reach any bot.`,
    );
  } else if (!GUID.test(appId)) {
    throw new Error(`MicrosoftAppId must be the bot's app id (a GUID), got "${appId}"`);
  }
  let publicUrl = (env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (!publicUrl) {
    publicUrl = FAKE_PUBLIC_URL;
    warnings.push(`PUBLIC_URL is not set: the developer links point to ${FAKE_PUBLIC_URL}.`);
  } else if (!/^https?:\/\/[^/\s]+/i.test(publicUrl)) {
    throw new Error(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return { values: { MICROSOFT_APP_ID: appId, PUBLIC_URL: publicUrl, APP_VERSION: version }, warnings };
}

/** Builds the zip in memory: the rendered manifest plus every file it names. */
export function buildPackage(values, appDir = APP_DIR) {
  const manifest = renderManifest(readFileSync(join(appDir, 'manifest.json'), 'utf8'), values);
  const files = [
    manifest.icons.color,
    manifest.icons.outline,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  const entries = { 'manifest.json': [strToU8(JSON.stringify(manifest, null, 2) + '\n'), { mtime: MTIME }] };
  for (const file of files) entries[file] = [readFileSync(join(appDir, file)), { mtime: MTIME }];
  return { manifest, zip: zipSync(entries, { level: 9 }) };
}

function main(argv) {
  const i = argv.indexOf('--out');
  const out = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : join(ROOT, 'dist', 'ta-navigator-teams.zip'));
  const { values, warnings } = settingsFromEnv(process.env);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const { zip } = buildPackage(values);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(`Teams app package written to ${out} (bot id ${values.MICROSOFT_APP_ID})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`package:teams failed: ${e.message}\n`);
    process.exit(1);
  }
}
