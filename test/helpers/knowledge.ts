// The real knowledge base, loaded once per test file (validation included).
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';

let cached: Knowledge | undefined;
export function knowledge(): Knowledge {
  return (cached ??= loadKnowledge());
}
