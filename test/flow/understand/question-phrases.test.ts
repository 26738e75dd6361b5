// The phrase matcher under the question and correction detectors: whole words, "*" gaps and
// prefixes, Chinese by character, Arabic with its proclitics, and values cut out as typed.
import { describe, expect, it } from 'vitest';
import {
  compilePhrase,
  findAll,
  findFirst,
  matchesAtEnd,
  rawSlice,
  words,
} from '../../../src/flow/understand/phrases.js';

const has = (phrase: string, text: string) => findAll([compilePhrase(phrase)], words(text)).length > 0;

describe('phrase matching', () => {
  it.each([
    ['free', 'is it free?', true],
    ['free', 'freedom of choice', false],
    ['what', 'whatever', false],
    ['can * get', 'can Haiti get this?', true],
    ['can * get', 'can our government get it', true],
    ['can * get', 'can a b c d get', false],
    ['критери*', 'Каковы критерии?', true],
    ['критери*', 'кри', false],
    ["qu'est-ce que", "Qu’est-ce que c'est ?", true],
    ['éligible', 'Sommes-nous ELIGIBLES ?', false],
    ['éligible*', 'Sommes-nous ELIGIBLES ?', true],
    ['资格', '我们有资格吗？', true],
    ['国别计划', '什么是国别计划', true],
    ['الموقع', 'غيّر الموقّع إلى د. زياد', true],
    ['موقع', 'والموقع', true],
    ['البلدان', 'للبلدان النامية', true],
    ['ما هو', 'كما هو', false],
    ['ما هو', 'وما هو الغرض', true],
  ])('%s in "%s": %s', (phrase, text, expected) => {
    expect(has(phrase, text)).toBe(expected);
  });

  it('finds the earliest, then the longest match', () => {
    const m = findFirst(
      [compilePhrase('start'), compilePhrase('start date')],
      words('change the start date'),
    );
    expect(m?.phrase.source).toBe('start date');
    expect([m?.start, m?.end]).toEqual([2, 4]);
  });

  it('matches at the very end only when asked to', () => {
    expect(matchesAtEnd([compilePhrase('吗')], words('免费吗？'))).toBe(true);
    expect(matchesAtEnd([compilePhrase('吗')], words('吗不'))).toBe(false);
  });

  it('cuts the value out of the text as typed', () => {
    const text = 'غيّر الموقّع إلى د. زياد';
    const ws = words(text);
    expect(rawSlice(text, ws, 3)).toBe('د. زياد');
    expect(rawSlice('把开始时间改为2028年1月', words('把开始时间改为2028年1月'), 7)).toBe('2028年1月');
  });
});
