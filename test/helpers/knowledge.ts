// The real knowledge base, loaded once per test file (validation included).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKnowledgeDir, loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';

let cached: Knowledge | undefined;
export function knowledge(): Knowledge {
  return (cached ??= loadKnowledge());
}

/** A copy of the knowledge folder with `file` changed by `mutate`, for the start-up checks' tests. */
export function brokenCopy(file: string, mutate: (data: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ta-knowledge-'));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(mutate(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}
