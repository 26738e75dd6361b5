// "*" in a listed phrase (text.ts PhraseIndex): one to three words of any kind, and the phrase
// that spans the most words wins (at equal span, the one with more words written out).
import { describe, expect, it } from 'vitest';
import { PhraseIndex, phraseWords, tokenize } from '../../../src/flow/understand/text.js';

const index = new PhraseIndex([
  { words: phraseWords('office * de la propriété industrielle'), value: 'ip-office' },
  { words: phraseWords('office de'), value: 'short' },
  { words: phraseWords('* propriété'), value: 'starts-with-gap' },
]);
const at0 = (text: string) => index.at(tokenize(text), 0);

describe('a gap in a listed phrase', () => {
  it('keeps "*" as a word of the phrase', () => {
    expect(phraseWords('office * de la propriété industrielle')).toEqual([
      'office',
      '*',
      'de',
      'la',
      'propriete',
      'industrielle',
    ]);
  });

  it.each([
    ['Office burkinabè de la propriété industrielle', 6],
    ['Office national malien de la propriété industrielle', 7],
    ['office de la république de la propriété industrielle', 8],
  ])('stands for one to three words: "%s"', (text, to) => {
    expect(at0(text)).toEqual({ value: 'ip-office', from: 0, to });
  });

  it('does not stand for none or for four words; a plain phrase still matches', () => {
    expect(at0('Office de la propriété industrielle')?.value).toBe('short');
    expect(at0('Office un deux trois quatre de la propriété industrielle')).toBeUndefined();
  });

  it('a phrase cannot begin with a gap', () => {
    expect(index.all(tokenize('la propriété'))).toEqual([]);
  });
});

describe('of two phrases spanning the same words, the one with more words written out wins', () => {
  const ties = new PhraseIndex([
    { words: phraseWords('not * yet'), value: 'gapped' },
    { words: phraseWords('not decided yet'), value: 'written' },
    { words: phraseWords('not made * yet'), value: 'one-gap' },
  ]);
  const at = (text: string) => ties.at(tokenize(text), 0);

  it.each([
    ['not decided yet', 'written', 3],
    ['not sent yet', 'gapped', 3],
    ['not made a yet', 'one-gap', 4],
  ])('"%s" is %s', (text, value, to) => {
    expect(at(text)).toEqual({ value, from: 0, to });
  });

  it('the order the phrases are listed in does not decide', () => {
    const reversed = new PhraseIndex([
      { words: phraseWords('not decided yet'), value: 'written' },
      { words: phraseWords('not * yet'), value: 'gapped' },
    ]);
    expect(reversed.at(tokenize('not decided yet'), 0)?.value).toBe('written');
  });
});
