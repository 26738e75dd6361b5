import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../src/domain/letters/compose.js';
import { textOf } from '../../src/domain/letters/document.js';
import { bareReference } from '../../src/domain/letters/reference.js';
import { fixture, knowledge, TODAY, words } from './helpers.js';

describe('reference number', () => {
  it('drops a label or number sign the requester typed before the number', () => {
    expect(bareReference('No. 12-3/1458')).toBe('12-3/1458');
    expect(bareReference('N° 2026/1452')).toBe('2026/1452');
    expect(bareReference('Nº 2026/1452')).toBe('2026/1452');
    expect(bareReference('N.º 233/2026')).toBe('233/2026');
    expect(bareReference('№13-2/1570')).toBe('13-2/1570');
    expect(bareReference('Исх. № 13-2/1570')).toBe('13-2/1570');
    expect(bareReference('Ref.: MAK/DVC-R/2026/114')).toBe('MAK/DVC-R/2026/114');
    expect(bareReference('Réf. : UCAD/R/2026/0412')).toBe('UCAD/R/2026/0412');
    expect(bareReference('الرقم: 1/3/2026/412')).toBe('1/3/2026/412');
    expect(bareReference('文号：华科图〔2026〕17号')).toBe('华科图〔2026〕17号');
    expect(bareReference('#  88')).toBe('88');
  });

  it('keeps a label that is part of the number, and a reference that only looks like one', () => {
    expect(bareReference('Nota N.º 7-5-M/214')).toBe('Nota N.º 7-5-M/214');
    expect(bareReference('DINAPI/DG/N.º 233/2026')).toBe('DINAPI/DG/N.º 233/2026');
    expect(bareReference('REF/2026/01')).toBe('REF/2026/01');
    expect(bareReference('NOR-2026-7')).toBe('NOR-2026-7');
    expect(bareReference('No.')).toBe('No.');
  });

  it('prints the number sign once in every language', () => {
    const expected = {
      ru: 'Исх. № 12-3/1458',
      en: 'Ref.: 12-3/1458',
      fr: 'Réf.\u00A0: 12-3/1458',
      es: 'Ref.: 12-3/1458',
      zh: '文号：12-3/1458',
      ar: 'الرقم: 12-3/1458',
    } as const;
    for (const [lang, line] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const input = { ...fixture(lang, 'note-verbale'), reference: 'No. 12-3/1458' };
      const r = composeLetter(knowledge, input, TODAY, words(lang));
      if (!r.ok) throw new Error('compose failed');
      const ref = r.value.document.blocks.find((b) => b.kind === 'reference')!;
      expect(textOf(ref.lines[0]!), lang).toBe(line);
    }
  });
});
