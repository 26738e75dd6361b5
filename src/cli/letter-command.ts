// `ta-navigator letter --input request.json [--lang ar] [--out letter.docx|.txt|.html] [--json]`
// Reads a letter input (the same JSON as POST /api/letters), prints or writes the letter, and
// reports warnings on stderr. Exit codes: 0 done, 1 failure writing, 2 bad usage or bad input.
import { writeFile as fsWriteFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseLetterInput } from '../domain/letters/input.js';
import { formatIsoDate, parseIsoDate, todayUtc } from '../domain/calendar.js';
import { createI18n, isLang, type I18n } from '../i18n/index.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge, Lang } from '../knowledge/types.js';
import { buildLetter, LETTER_ERROR_MESSAGES } from '../letters/build.js';
import { renderDocx } from '../letters/render-docx.js';

type Out = ((text: string) => void) | { write(text: string): unknown };

export interface LetterCommandIo {
  readonly stdout: Out;
  readonly stderr: Out;
  readonly readFile: (path: string) => Promise<string> | string;
  readonly writeFile?: (path: string, data: Uint8Array | string) => Promise<void> | void;
}

/** Loaded on demand; tests pass their own. */
export interface LetterCommandDeps {
  readonly knowledge?: Knowledge;
  readonly i18n?: I18n;
  readonly today?: string;
}

export const LETTER_USAGE = `Usage: ta-navigator letter --input request.json [--lang ar|zh|en|fr|ru|es] [--out FILE] [--json]
  --input FILE    the request, as JSON (the body of POST /api/letters)
  --lang LANG     the letter's language (overrides "lang" in the input)
  --out FILE      write the letter: .docx (Word), .txt (plain text) or .html (preview)
  --json          print {text, html, warnings} as JSON
  --ui-lang LANG  language of the warnings (default: en)
  --today DATE    compose as on DATE (YYYY-MM-DD; default: the TODAY variable, else today)
Without --out or --json the letter is printed as plain text.
`;

const FLAGS_WITH_VALUE = new Set(['--input', '--lang', '--out', '--ui-lang', '--today']);

function write(out: Out, text: string): void {
  if (typeof out === 'function') out(text);
  else out.write(text);
}

function parseArgs(
  args: readonly string[],
): { values: Map<string, string>; json: boolean; help: boolean } | string {
  const values = new Map<string, string>();
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else if (FLAGS_WITH_VALUE.has(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      values.set(flag, value);
    } else return `unknown argument "${arg}"`;
  }
  return { values, json, help };
}

export async function runLetterCommand(
  args: string[],
  io: LetterCommandIo,
  deps: LetterCommandDeps = {},
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    write(io.stderr, `ta-navigator letter: ${parsed}\n${LETTER_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    write(io.stdout, LETTER_USAGE);
    return 0;
  }
  const { values } = parsed;
  const inputPath = values.get('--input');
  if (!inputPath) {
    write(io.stderr, `ta-navigator letter: --input is required\n${LETTER_USAGE}`);
    return 2;
  }
  for (const flag of ['--lang', '--ui-lang'] as const) {
    const v = values.get(flag);
    if (v !== undefined && !isLang(v)) {
      write(io.stderr, `ta-navigator letter: ${flag} must be one of ar, zh, en, fr, ru, es (got "${v}")\n`);
      return 2;
    }
  }
  const out = values.get('--out');
  const kind = out ? extname(out).toLowerCase() : undefined;
  if (kind !== undefined && !['.docx', '.txt', '.html'].includes(kind)) {
    write(io.stderr, `ta-navigator letter: --out must end in .docx, .txt or .html (got "${out}")\n`);
    return 2;
  }
  const todayArg = values.get('--today') ?? deps.today ?? process.env.TODAY;
  if (todayArg !== undefined && !parseIsoDate(todayArg)) {
    write(io.stderr, `ta-navigator letter: --today must be a date YYYY-MM-DD (got "${todayArg}")\n`);
    return 2;
  }
  const today = todayArg ?? formatIsoDate(todayUtc());

  let raw: unknown;
  try {
    raw = JSON.parse(await io.readFile(inputPath));
  } catch (e) {
    write(io.stderr, `ta-navigator letter: cannot read ${inputPath}: ${(e as Error).message}\n`);
    return 2;
  }
  const lang = values.get('--lang');
  if (lang && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) raw = { ...raw, lang };
  const input = parseLetterInput(raw);
  if (!input.ok) {
    write(io.stderr, input.errors.map((e) => `${inputPath}: ${e.field}: ${e.message}\n`).join(''));
    return 2;
  }

  const knowledge = deps.knowledge ?? loadKnowledge();
  const i18n = deps.i18n ?? createI18n();
  const uiLang = (values.get('--ui-lang') ?? 'en') as Lang;
  const built = buildLetter(knowledge, (l) => i18n.forLang(l), input.value, { today, uiLang });
  if (!built.ok) {
    write(io.stderr, `${inputPath}: ${built.error.field}: ${LETTER_ERROR_MESSAGES[built.error.code]}\n`);
    return 2;
  }
  const letter = built.value;
  for (const w of letter.messages) write(io.stderr, `warning (${w.field}): ${w.message}\n`);

  if (parsed.json) {
    write(
      io.stdout,
      JSON.stringify({ text: letter.text, html: letter.html, warnings: letter.messages }, null, 2) + '\n',
    );
  }
  if (out) {
    const data =
      kind === '.docx' ? await renderDocx(letter.document) : kind === '.html' ? letter.html : letter.text;
    try {
      await (io.writeFile ?? fsWriteFile)(out, data);
    } catch (e) {
      write(io.stderr, `ta-navigator letter: cannot write ${out}: ${(e as Error).message}\n`);
      return 1;
    }
    write(io.stderr, `wrote ${out}\n`);
  } else if (!parsed.json) {
    write(io.stdout, letter.text);
  }
  return 0;
}
