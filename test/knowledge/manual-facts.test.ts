// Every program fact that cites the manual ("M …") must be printed in the manual's row for that
// program: its serving units, its contact and its URL, checked against the Chinese text of
// CDIP/12/7 (test/fixtures/manual/). A fact the manual does not print must carry a source of its
// own in `factSources` ("U inferred from …" or a dated "S …"), and the bot says it is inferred.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factSource, inferredProgramFacts } from '../../src/domain/sources.js';
import { PROGRAM_FACTS, type Program } from '../../src/knowledge/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'manual');
const compact = (s: string) => s.replace(/\s+/g, '');
const MANUAL = compact(readFileSync(join(dir, 'manual-CDIP-12-7.zh.txt'), 'utf8'));
const ROWS = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(dir, 'rows.json'), 'utf8'))).filter(([k]) => !k.startsWith('_')),
) as Record<string, [string, string]>;

/** The same unit is written several ways in the manual (DTDC, DTCD, 转型期及/国家和发达国家部, 各地区局). */
function unify(s: string): string {
  return compact(s)
    .replace(/转型期国家和发达国家部门|转型期国家和发达国家部|转型期及发达国家部|DTCD/g, 'DTDC')
    .replace(/DTDC\(DTDC\)|DTDC（DTDC）/g, 'DTDC')
    .replace(/各地区局/g, '地区局')
    .replace(/与/g, '和')
    .replace(/的/g, '');
}

function row(id: string): string {
  const anchors = ROWS[id];
  if (!anchors) throw new Error(`no manual row for "${id}" in test/fixtures/manual/rows.json`);
  const [from, to] = anchors.map(compact) as [string, string];
  const start = MANUAL.indexOf(from);
  const end = MANUAL.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`"${id}": anchors not found in the manual: ${from} … ${to}`);
  return MANUAL.slice(start, end);
}

const normUrl = (u: string) =>
  compact(u)
    .toLowerCase()
    .replace(/%20/g, '')
    .replace(/https?:\/\//g, '')
    .replace(/www\./g, '')
    .replace(/\/{2,}/g, '/');

function urlPrinted(p: Program, text: string): boolean {
  const url = normUrl(p.url).replace(/\/$/, '');
  const hay = normUrl(text);
  return hay.includes(url) || hay.includes(url.replace(/\/en$/, ''));
}

const units = (p: Program) => p.servedBy.zh.split(/[；;/、]/).map(unify).filter(Boolean);

function servedByPrinted(p: Program, text: string): boolean {
  const hay = unify(text);
  return hay.includes(unify(p.servedBy.zh)) || units(p).every((u) => hay.includes(u));
}

function contactPrinted(p: Program, text: string): boolean {
  const hay = unify(text);
  let rest = unify(p.contact.zh);
  if (hay.includes(rest)) return true;
  // "全球挑战司司长" in the row of the Global Challenges Division is printed as "司长".
  for (const u of [...units(p), 'WIPO']) rest = rest.split(u).join('');
  return rest
    .replace(/[（）()]/g, '')
    .split(/[；;/]/)
    .map((part) => part.replace(/^.*：/, '').replace(/^[和及]|[和及]$/g, ''))
    .filter(Boolean)
    .every((part) => hay.includes(part));
}

describe('program facts cited from the manual are in the manual', () => {
  const k = knowledge();

  it('places every program in a row of the manual', () => {
    for (const p of k.programs) expect(() => row(p.id), p.id).not.toThrow();
  });

  it('finds each serving unit, contact and URL cited "M" in the program’s row', () => {
    const wrong: string[] = [];
    for (const p of k.programs) {
      const text = row(p.id);
      const checks = { servedBy: servedByPrinted, contact: contactPrinted, url: urlPrinted } as const;
      for (const [fact, printed] of Object.entries(checks)) {
        const source = factSource(p, fact as 'url');
        if (source.startsWith('M ') && !printed(p, text)) wrong.push(`${p.id}.${fact} (${source})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says what each inferred fact was inferred from', () => {
    for (const p of k.programs) {
      for (const f of PROGRAM_FACTS) {
        const s = p.factSources?.[f];
        if (s?.startsWith('U ')) expect(s.length, `${p.id}.${f}`).toBeGreaterThan(20);
      }
      expect(inferredProgramFacts(p).every((f) => factSource(p, f).startsWith('U ')), p.id).toBe(true);
    }
  });

  it('gives an audience narrower than all three groups a source of its own, from the manual or a dated page', () => {
    for (const p of k.programs) {
      if (p.audience.length === 3) continue;
      expect(p.factSources?.audience, p.id).toMatch(/^(M|S) /);
    }
  });
});
