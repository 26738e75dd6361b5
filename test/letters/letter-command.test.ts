import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLetterCommand } from '../../src/cli/letter-command.js';
import { parseLetterInput } from '../../src/domain/letters/input.js';
import { LANGS } from '../../src/knowledge/schema.js';
import { buildLetter } from '../../src/letters/build.js';
import { fixturePath, forLang, i18n, knowledge, TODAY } from './helpers.js';
import { unzip } from './zip.js';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  return {
    out,
    err,
    written,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: { write: (s: string) => err.push(s) },
      readFile: (path: string) => files[path] ?? readFileSync(path, 'utf8'),
      writeFile: (path: string, data: Uint8Array | string) => void written.set(path, data),
    },
  };
}
const deps = { knowledge, i18n, today: TODAY };

describe('ta-navigator letter', () => {
  it('prints the letter as text, in the language --lang asks for', async () => {
    const t = io();
    const code = await runLetterCommand(
      ['--input', fixturePath('en', 'new-assistance'), '--lang', 'ru'],
      t.io,
      deps,
    );
    expect(code).toBe(0);
    expect(t.out.join('')).toContain('Уважаемый господин Генеральный директор!');
    expect(t.out.join('')).toContain('Prof. Sarah Nakato');
  });

  it('writes DOCX, text or HTML by the extension of --out, and reports warnings on stderr', async () => {
    const t = io();
    expect(
      await runLetterCommand(
        ['--input', fixturePath('ar', 'new-assistance'), '--out', 'letter.docx'],
        t.io,
        deps,
      ),
    ).toBe(0);
    const docx = t.written.get('letter.docx') as Buffer;
    expect(unzip(Buffer.from(docx)).get('word/document.xml')!.toString('utf8')).toContain('<w:rtl/>');
    expect(t.err.join('')).toMatch(/warning \(date\): The intended start date/);
    expect(t.err.join('')).toContain('wrote letter.docx');

    await runLetterCommand(['--input', fixturePath('zh', 'project'), '--out=letter.html'], t.io, deps);
    expect(String(t.written.get('letter.html'))).toMatch(/^<!DOCTYPE html>/);
    await runLetterCommand(['--input', fixturePath('zh', 'project'), '--out', 'letter.txt'], t.io, deps);
    expect(String(t.written.get('letter.txt'))).toContain('尊敬的总干事阁下：');
  });

  it('prints {text, html, warnings} with --json, warnings in --ui-lang', async () => {
    const t = io();
    expect(
      await runLetterCommand(
        ['--input', fixturePath('fr', 'new-assistance'), '--json', '--ui-lang', 'es'],
        t.io,
        deps,
      ),
    ).toBe(0);
    const json = JSON.parse(t.out.join('')) as {
      text: string;
      html: string;
      warnings: { code: string; message: string }[];
    };
    expect(json.text).toContain('Dakar, le 10 juin 2026');
    expect(json.html).toContain('<html lang="fr" dir="ltr">');
    expect(json.warnings[0]).toMatchObject({
      code: 'lead-time-tight',
      message: expect.stringMatching(/^La fecha de inicio prevista/),
    });
  });

  it('exits 2 naming the problem: usage, unreadable file, invalid field', async () => {
    const usage = io();
    expect(await runLetterCommand([], usage.io, deps)).toBe(2);
    expect(usage.err.join('')).toContain('--input is required');
    const lang = io();
    expect(await runLetterCommand(['--input', 'x.json', '--lang', 'de'], lang.io, deps)).toBe(2);
    expect(lang.err.join('')).toContain('--lang must be one of');
    const ext = io();
    expect(await runLetterCommand(['--input', 'x.json', '--out', 'x.pdf'], ext.io, deps)).toBe(2);
    const json = io({ 'bad.json': '{ not json' });
    expect(await runLetterCommand(['--input', 'bad.json'], json.io, deps)).toBe(2);
    expect(json.err.join('')).toContain('cannot read bad.json');
    const field = io({ 'req.json': JSON.stringify({ type: 'project', lang: 'en', country: 'NP' }) });
    expect(await runLetterCommand(['--input', 'req.json'], field.io, deps)).toBe(2);
    expect(field.err.join('')).toContain('req.json: sender: ');
    const unknown = io();
    expect(await runLetterCommand(['--input', 'x.json', '--colour'], unknown.io, deps)).toBe(2);
  });

  it('prints usage with --help', async () => {
    const t = io();
    expect(await runLetterCommand(['--help'], t.io, deps)).toBe(0);
    expect(t.out.join('')).toContain('Usage: ta-navigator letter --input request.json');
  });
});

describe('the example requests in docs/examples', () => {
  it.each(['letter-request.json', 'letter-note-verbale.json'])(
    '%s is a valid letter input in every language',
    (name) => {
      const raw = JSON.parse(readFileSync(`docs/examples/${name}`, 'utf8')) as Record<string, unknown>;
      for (const lang of LANGS) {
        const parsed = parseLetterInput({ ...raw, lang });
        expect(parsed.ok, `${name} ${lang}`).toBe(true);
        if (!parsed.ok) continue;
        expect(buildLetter(knowledge, forLang, parsed.value, { today: TODAY }).ok).toBe(true);
      }
    },
  );
});
