// Every knowledge file validates; a broken file stops loading with a message naming the file,
// the entry and the field (as DEFRA's forms-engine does for each definition).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeDir, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { AREA_IDS, LANGS, UNIT_IDS } from '../../src/knowledge/schema.js';
import { knowledge } from '../helpers/knowledge.js';

function brokenCopy(file: string, mutate: (data: unknown) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ta-knowledge-'));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(mutate(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}

describe('knowledge base', () => {
  const k = knowledge();

  it('loads every file and freezes the data', () => {
    expect(k.programs.length).toBeGreaterThan(60);
    expect(Object.isFrozen(k.programs[0])).toBe(true);
  });

  it('has every program in six languages with an https URL and a manual source', () => {
    for (const p of k.programs) {
      for (const lang of LANGS) {
        expect(p.name[lang].trim(), `${p.id} name.${lang}`).not.toBe('');
        expect(p.description[lang].length, `${p.id} description.${lang}`).toBeGreaterThan(20);
        expect(p.keywords[lang].length, `${p.id} keywords.${lang}`).toBeGreaterThanOrEqual(3);
      }
      expect(new URL(p.url).protocol, p.id).toBe('https:');
      expect(p.url, p.id).not.toMatch(/\s/);
      expect(p.source, p.id).toMatch(/^(M|S|U) /);
    }
  });

  it('covers every area of the manual, Part II and the Academy', () => {
    for (const area of AREA_IDS) expect(k.programs.some((p) => p.area === area), area).toBe(true);
    expect(k.programs.some((p) => p.request === 'academy-application')).toBe(true);
  });

  it('has the seven units with the ids other parts rely on', () => {
    expect(k.units.map((u) => u.id).sort()).toEqual([...UNIT_IDS].sort());
    for (const u of k.units) expect(u.address.join(' ')).toContain('34, chemin des Colombettes');
  });

  it('has every criterion of the manual', () => {
    expect(k.criteria.map((c) => c.id)).toEqual(['formal-request', 'part-of-plan', 'national-needs', 'readiness', 'resources']);
  });

  it('names the file, the entry and the field of a broken program', () => {
    const dir = brokenCopy('programs/b-access-to-knowledge.json', (d) => {
      const list = d as { id: string; name: Record<string, string> }[];
      list[0]!.name.fr = '';
      return list;
    });
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/programs\/b-access-to-knowledge\.json: entry 0 \("[a-z-]+"\), field name\.fr/);
  });

  it('names a bad URL, an unknown unit and invalid JSON', () => {
    const badUrl = brokenCopy('programs/b-access-to-knowledge.json', (d) => {
      (d as { url: string }[])[1]!.url = 'http://www.wipo.int/ tisc';
      return d;
    });
    expect(() => loadKnowledge(badUrl)).toThrow(/entry 1 .*field url/);
    const badUnit = brokenCopy('countries.json', (d) => {
      (d as { unit: string }[])[0]!.unit = 'rb-mars';
      return d;
    });
    expect(() => loadKnowledge(badUnit)).toThrow(/countries\.json: entry 0 \("[A-Z]{2}"\), field unit/);
    const dir = mkdtempSync(join(tmpdir(), 'ta-knowledge-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'units.json'), '{ not json');
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/units\.json: is not valid JSON/);
  });

  it('refuses an audience limit without a source of its own, naming the program and field', () => {
    const dir = brokenCopy('programs/b-access-to-knowledge.json', (d) => {
      const ardi = (d as { id: string; audience: string[] }[]).find((p) => p.id === 'ardi')!;
      ardi.audience = ['developing', 'ldc'];
      return d;
    });
    expect(() => loadKnowledge(dir)).toThrow(
      /programs\/b-access-to-knowledge\.json: program "ardi", field factSources\.audience/,
    );
  });

  it('refuses a duplicate program id across files and an unknown expected result', () => {
    const dup = brokenCopy('programs/c-infrastructure.json', (d) => {
      (d as { id: string }[])[0]!.id = 'tisc';
      return d;
    });
    expect(() => loadKnowledge(dup)).toThrow(/duplicate id/);
    const result = brokenCopy('programs/c-infrastructure.json', (d) => {
      (d as { expectedResults: string[] }[])[0]!.expectedResults = ['IX.9'];
      return d;
    });
    expect(() => loadKnowledge(result)).toThrow(/field expectedResults: "IX\.9"/);
  });
});

describe('JSON Schemas for editors', () => {
  it('are committed and current (npm run schemas regenerates them)', async () => {
    const { knowledgeJsonSchemas } = await import('../../src/knowledge/json-schemas.js');
    for (const [name, schema] of Object.entries(knowledgeJsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(defaultKnowledgeDir(), 'schemas', name), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
