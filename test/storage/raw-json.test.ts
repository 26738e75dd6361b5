// RawJson: text stringified once and spliced into a stored item as it is; the item's JSON value is
// the one JSON.stringify gives of the plain values, wherever the raw text stands.
import { describe, expect, it } from 'vitest';
import { RawJson, stringifyWithRaw } from '../../src/storage/raw-json.js';
import { MemoryEtagStorage } from '../../src/storage/index.js';

const turn = (id: string) => ({
  id,
  replies: [{ text: `"quoted" \u2028 ${id}`, choices: [{ value: 'x' }] }],
});

describe('stringifyWithRaw', () => {
  it('gives the JSON value of the plain item, raw fields and lists of them spliced in', () => {
    const plain = { state: { v: 1, answers: { a: { value: 'é' } } }, recent: [turn('a1'), turn('a2')], n: 3 };
    const item = { state: plain.state, recent: plain.recent.map((t) => RawJson.of(t)), n: 3 };
    const text = stringifyWithRaw(item);
    expect(JSON.parse(text)).toEqual(plain);
    expect(text).toContain(JSON.stringify(plain.recent));
  });

  it('handles an item that is raw fields only, and leaves an item without any as JSON.stringify does', () => {
    expect(JSON.parse(stringifyWithRaw({ only: RawJson.of([1, 2]) }))).toEqual({ only: [1, 2] });
    const none = { a: [], b: { c: RawJson.of({ d: 1 }) } };
    // Empty lists stay lists; a raw value below the top level is serialised through toJSON.
    expect(stringifyWithRaw(none)).toBe(JSON.stringify({ a: [], b: { c: { d: 1 } } }));
  });

  it('is what a store keeps: read back, the raw fields are plain values', async () => {
    const storage = new MemoryEtagStorage();
    await storage.write({ k: { recent: [RawJson.of(turn('a1'))], updated: 'today' } });
    const read = (await storage.read(['k']))['k'] as Record<string, unknown>;
    expect(read['recent']).toEqual([turn('a1')]);
    expect(read['updated']).toBe('today');
  });
});
