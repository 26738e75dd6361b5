// `ta-navigator <command>`: the domain engine from a terminal, with --json for scripts and checks.
import { readFile, writeFile } from 'node:fs/promises';
import { loadKnowledge } from '../knowledge/load.js';
import { createI18n, isLang } from '../i18n/index.js';
import { buildFinderIndex, findPrograms } from '../domain/finder/finder.js';
import { route } from '../domain/routing.js';
import { checkLeadTime } from '../domain/lead-time.js';
import { assess, EligibilityAnswers } from '../domain/eligibility.js';
import { formatIsoDate, todayUtc } from '../domain/calendar.js';
import { describeRoute } from '../present/route.js';
import { describeLeadTime } from '../present/lead-time.js';
import { describeAssessment } from '../present/assessment.js';
import type { Lang } from '../knowledge/types.js';
import { readArgs } from './args.js';
import type { CliIo } from './io.js';

const USAGE = `Usage: ta-navigator <command> [options]
  find "<text>" [--lang fr] [--limit 5] [--json]      find programs for a need
  route --country NP [--date 2026-12-01] [--program id] [--lang en] [--json]
  lead-time --start 2027-03-01 [--today 2026-11-25] [--program id] [--lang en] [--json]
  assess [--lang en] [--json] < answers.json           criteria verdicts for {formalRequest, partOfPlan, nationalNeeds, readiness}
  letter --input request.json [--lang ar] [--out letter.docx] [--json]
  chat [--lang fr]                                      talk to the bot in the terminal`;

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (p) => readFile(p, 'utf8'),
  writeFile: (p, d) => writeFile(p, d),
};

class UsageError extends Error {}

function langOf(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (!isLang(value)) throw new UsageError(`--lang must be one of ar, zh, en, fr, ru, es (got "${value}")`);
  return value;
}

function today(value: string | undefined): string {
  return value ?? process.env.TODAY ?? formatIsoDate(todayUtc());
}

function fail(io: CliIo, json: boolean, field: string, message: string): number {
  if (json) io.stdout(JSON.stringify({ error: 'bad-request', field, errors: [{ field, message }] }));
  else io.stderr(`${field}: ${message}`);
  return 2;
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'find':
        return find(rest, io);
      case 'route':
        return routeCommand(rest, io);
      case 'lead-time':
        return leadTimeCommand(rest, io);
      case 'assess':
        return await assessCommand(rest, io);
      case 'letter': {
        const { runLetterCommand } = await import('./letter-command.js');
        return await runLetterCommand(rest, io);
      }
      case 'chat': {
        const { runChat } = await import('./chat.js');
        return await runChat(rest);
      }
      case undefined:
      case 'help':
      case '--help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`Unknown command "${command}".\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

function find(args: string[], io: CliIo): number {
  const { values, positionals } = readArgs(args, {
    lang: { type: 'string' },
    limit: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  });
  const lang = langOf(values.lang);
  const text = positionals.join(' ').trim();
  if (!text)
    return fail(io, values.json, 'text', 'describe the need, e.g. find "patent databases for researchers"');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return fail(io, values.json, 'limit', 'a whole number 1-100');
  const k = loadKnowledge();
  const hits = findPrograms(buildFinderIndex(k), text, { lang, limit });
  const results = hits.map((h) => ({
    id: h.program.id,
    name: h.program.name[lang],
    url: h.program.url,
    area: h.program.area,
    score: h.score,
    matched: h.matched,
  }));
  if (values.json) io.stdout(JSON.stringify({ results }, null, 2));
  else if (results.length === 0) io.stdout(createI18n().forLang(lang)('finder:no-results'));
  else
    results.forEach((r, i) => io.stdout(`${i + 1}. ${r.name} [${r.id}] ${r.url}  (${r.matched.join(', ')})`));
  return 0;
}

function routeCommand(args: string[], io: CliIo): number {
  const { values } = readArgs(args, {
    country: { type: 'string' },
    date: { type: 'string' },
    program: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const lang = langOf(values.lang);
  if (!values.country)
    return fail(io, values.json, 'country', 'required, an ISO 3166-1 alpha-2 code such as NP');
  const k = loadKnowledge();
  const date = today(values.date);
  const r = route(k, {
    country: values.country,
    date,
    ...(values.program ? { programId: values.program } : {}),
  });
  if (!r.ok)
    return fail(io, values.json, r.error.field === 'programId' ? 'program' : r.error.field, r.error.code);
  const view = describeRoute(k, r.value, lang, createI18n().forLang(lang), values.program);
  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          country: r.value.country,
          date,
          primary: { id: view.primary.id, name: view.primary.name, address: view.primary.address },
          cc: view.cc.map((u) => ({ id: u.id, name: u.name })),
          reason: view.reason,
          reasons: r.value.reasons,
          ldc: r.value.ldc,
          confirm: r.value.confirm,
        },
        null,
        2,
      ),
    );
  } else {
    io.stdout(`${view.primary.name} — ${view.primary.contactTitle}`);
    if (view.cc.length) io.stdout(`cc: ${view.cc.map((u) => u.name).join('; ')}`);
    io.stdout(view.primary.address.join(', '));
    io.stdout(view.reason);
    io.stdout(view.ask);
  }
  return 0;
}

function leadTimeCommand(args: string[], io: CliIo): number {
  const { values } = readArgs(args, {
    start: { type: 'string' },
    today: { type: 'string' },
    program: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const lang = langOf(values.lang);
  if (!values.start) return fail(io, values.json, 'start', 'required, a date YYYY-MM-DD');
  const k = loadKnowledge();
  const program = values.program ? k.programById.get(values.program) : undefined;
  if (values.program && !program) return fail(io, values.json, 'program', 'unknown-program');
  const r = checkLeadTime(k.leadTime, {
    today: today(values.today),
    start: values.start,
    request: program?.request,
  });
  if (!r.ok) return fail(io, values.json, r.error.field, r.error.code);
  const message = describeLeadTime(r.value, values.start, lang, createI18n().forLang(lang));
  io.stdout(values.json ? JSON.stringify({ ...r.value, message }, null, 2) : message);
  return 0;
}

async function assessCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = readArgs(args, { lang: { type: 'string' }, json: { type: 'boolean', default: false } });
  const lang = langOf(values.lang);
  let data: unknown;
  try {
    data = JSON.parse((await io.readStdin()) || '{}');
  } catch {
    return fail(io, values.json, '(stdin)', 'not valid JSON');
  }
  const parsed = EligibilityAnswers.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(io, values.json, issue.path.join('.') || '(stdin)', issue.message);
  }
  const a = assess(loadKnowledge(), parsed.data);
  const view = describeAssessment(a, createI18n().forLang(lang));
  if (values.json) io.stdout(JSON.stringify({ ...view, counts: a.counts }, null, 2));
  else {
    io.stdout(view.summary);
    for (const c of view.criteria)
      io.stdout(`- [${c.statusLabel}] ${c.wording} ${c.reason}${c.nextStep ? ` → ${c.nextStep}` : ''}`);
  }
  return 0;
}
