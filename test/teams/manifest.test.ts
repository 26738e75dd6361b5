import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { compileSchema, loadSchema } from '../helpers/json-schema.js';

const validateManifest = compileSchema(loadSchema('teams-v1.30/MicrosoftTeams.schema.json'));
const validateLocalization = compileSchema(loadSchema('teams-v1.30/MicrosoftTeams.Localization.schema.json'));
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ta-teams-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real `npm run package:teams` entry point with only the given variables set. */
function runPackager(env: Record<string, string>, out: string) {
  return spawnSync(process.execPath, [projectPath('scripts', 'package-teams.js'), '--out', out], {
    cwd: projectPath(),
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

interface Png {
  width: number;
  height: number;
  colourType: number;
  rgba: Buffer;
}

/** Decodes the PNGs scripts/make-icons.js writes (8-bit RGBA, filter 0); anything else fails. */
function decodePng(bytes: Uint8Array): Png {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const colourType = buf[25]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    if (buf.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0);
    raw.copy(rgba, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, colourType, rgba };
}

/** The same folding for both sides: case, accents and spacing do not matter. */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Menu labels and the command and intent words of one language. */
function botVocabulary(lang: string): string[] {
  const read = (file: string) => JSON.parse(readFileSync(projectPath('locales', lang, file), 'utf8'));
  const common = read('common.json') as { menu: Record<string, string> };
  const words = read('commands.json') as Record<string, Record<string, string[]> | string>;
  const lists = [words.command, words.intent].flatMap((group) =>
    typeof group === 'object' ? Object.values(group) : [],
  );
  return [...Object.values(common.menu), ...lists.flat()];
}

interface Manifest {
  id: string;
  manifestVersion: string;
  version: string;
  developer: Record<string, string>;
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    commandLists: { commands: { title: string }[] }[];
  }[];
  localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
  icons: { color: string; outline: string };
}

describe('Teams app package', () => {
  let run: ReturnType<typeof runPackager>;
  let files: Record<string, Uint8Array> = {};
  let manifestText = '';
  let manifest: Manifest;

  beforeAll(() => {
    const out = path.join(tmp, 'teams.zip');
    run = runPackager({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://bot.example.org/' }, out);
    files = run.status === 0 ? unzipSync(readFileSync(out)) : {};
    manifestText = files['manifest.json'] ? strFromU8(files['manifest.json']) : '{}';
    manifest = JSON.parse(manifestText) as Manifest;
  });

  it('npm run package:teams writes a zip with the manifest, both icons and the localization files', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', 'color.png', 'outline.png', ...LANGUAGES.map((l) => `${l}.json`)].sort(),
    );
  });

  it('substitutes the bot id, the public URL and the version', () => {
    expect(manifestText).not.toMatch(/\{\{|\}\}/);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.developer.websiteUrl).toBe('https://bot.example.org/');
    expect(manifest.developer.privacyUrl).toBe('https://bot.example.org/static/about.html#privacy');
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(pkg.version);
  });

  it('the rendered manifest validates against the bundled Teams schema v1.30', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    // The letter is sent as a file (FileConsentCard) in personal chat.
    expect(manifest.bots[0]!.supportsFiles).toBe(true);
  });

  it('the schema check is real: a broken manifest is rejected', () => {
    const broken = structuredClone(manifest);
    broken.bots[0]!.botId = 'not-a-guid';
    broken.bots[0]!.scopes.push('everywhere');
    const errors = validateManifest(broken);
    expect(errors.some((e) => e.startsWith('/bots/0/botId'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/bots/0/scopes/3'))).toBe(true);
  });

  it.each(LANGUAGES)('%s.json validates and translates name, description and every command', (lang) => {
    const entry = manifest.localizationInfo.additionalLanguages.find((l) => l.languageTag === lang);
    expect(entry?.file).toBe(`${lang}.json`);
    const inRepo = JSON.parse(readFileSync(projectPath('appPackage', `${lang}.json`), 'utf8')) as Record<
      string,
      string
    >;
    expect(JSON.parse(strFromU8(files[`${lang}.json`]!))).toEqual(inRepo);
    expect(validateLocalization(inRepo)).toEqual([]);
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    for (const [i, command] of commands.entries()) {
      const title = inRepo[`bots[0].commandLists[0].commands[${i}].title`];
      expect(title, `${lang} command ${i}`).toBeTruthy();
      expect(title).not.toBe(command.title);
      expect(inRepo[`bots[0].commandLists[0].commands[${i}].description`]).toBeTruthy();
    }
    expect(inRepo['description.full']).toContain('CDIP/12/7');
  });

  it.each(['en', ...LANGUAGES])('every %s command title is something the bot understands', (lang) => {
    // Picking a command in Teams sends its title as the message text, so each title must be a menu
    // label (locales/<lang>/common.json) or a command/intent word (locales/<lang>/commands.json).
    const understood = new Set([...botVocabulary(lang)].map(normalize));
    const titles =
      lang === 'en'
        ? manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title)
        : Object.entries(JSON.parse(strFromU8(files[`${lang}.json`]!)) as Record<string, string>)
            .filter(([key]) => key.endsWith('.title'))
            .map(([, title]) => title);
    expect(titles).toHaveLength(7);
    expect(titles.filter((t) => !understood.has(normalize(t)))).toEqual([]);
  });

  it('the icons have the sizes Teams requires; the outline is white on transparent', () => {
    const color = decodePng(files[manifest.icons.color]!);
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    const outline = decodePng(files[manifest.icons.outline]!);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) transparent++;
      else if (outline.rgba.readUIntBE(i, 3) !== 0xffffff) notWhite++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    const seeThrough = color.rgba.filter((_, i) => i % 4 === 3 && color.rgba[i] !== 255).length;
    expect(seeThrough).toBe(0);
  });

  it('the committed icons are exactly what scripts/make-icons.js draws', () => {
    execFileSync(process.execPath, [projectPath('scripts', 'make-icons.js'), '--out-dir', tmp]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(
        readFileSync(path.join(tmp, icon)).equals(readFileSync(projectPath('appPackage', icon))),
        icon,
      ).toBe(true);
    }
  });

  it('without MicrosoftAppId it warns and uses an obviously fake id; a malformed id stops it', () => {
    const fake = runPackager({}, path.join(tmp, 'fake.zip'));
    expect(fake.status).toBe(0);
    expect(fake.stderr).toMatch(/MicrosoftAppId is not set/);
    const fakeManifest = JSON.parse(
      strFromU8(unzipSync(readFileSync(path.join(tmp, 'fake.zip')))['manifest.json']!),
    );
    expect(fakeManifest.bots[0].botId).toBe('00000000-0000-4000-8000-000000000000');
    expect(validateManifest(fakeManifest)).toEqual([]);

    const bad = runPackager({ MicrosoftAppId: 'my-bot' }, path.join(tmp, 'bad.zip'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/must be the bot's app id/);
  });
});
