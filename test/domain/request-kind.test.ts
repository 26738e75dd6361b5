// How a program is requested decides whether a letter is drafted and which one.
import { describe, expect, it } from 'vitest';
import { letterFor, requestedByLetter } from '../../src/domain/request-kind.js';
import { REQUEST_KINDS } from '../../src/knowledge/schema.js';

describe('request kinds', () => {
  it.each([
    ['letter-new', true, 'new-assistance'],
    ['letter-project', true, 'project'],
    ['academy-application', false, undefined],
    ['individual-application', false, undefined],
    ['open-access', false, undefined],
  ] as const)('%s: by letter %s, letter %s', (request, byLetter, letter) => {
    expect(requestedByLetter({ request })).toBe(byLetter);
    expect(letterFor({ request })).toBe(letter);
  });

  it('covers every request kind of the schema', () => {
    for (const request of REQUEST_KINDS)
      expect(requestedByLetter({ request })).toBe(letterFor({ request }) !== undefined);
  });
});
