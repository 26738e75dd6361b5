import { describe, expect, it } from 'vitest';
import { LIMITS, parseLetterInput } from '../../src/domain/letters/input.js';
import { rawFixture } from './helpers.js';

const base = () => rawFixture('en', 'new-assistance');
const fieldsOf = (r: ReturnType<typeof parseLetterInput>) => (r.ok ? [] : r.errors.map((e) => e.field));

describe('letter input', () => {
  it('accepts every fixture', () => {
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) {
      for (const type of ['new-assistance', 'project', 'note-verbale'] as const) {
        expect(parseLetterInput(rawFixture(lang, type)).ok, `${lang}-${type}`).toBe(true);
      }
    }
  });

  it('names each missing field by its path', () => {
    const input = base();
    delete (input.details as Record<string, unknown>).purpose;
    delete (input.sender as Record<string, unknown>).name;
    delete input.country;
    expect(fieldsOf(parseLetterInput(input))).toEqual(
      expect.arrayContaining(['details.purpose', 'sender.name', 'country']),
    );
  });

  it('requires the project, justification and readiness for a project request', () => {
    const r = parseLetterInput({ ...base(), type: 'project' });
    expect(fieldsOf(r).sort()).toEqual(['details.justification', 'details.project', 'details.readiness']);
  });

  it('refuses over-long fields with a message that gives the limit', () => {
    const input = base();
    (input.details as Record<string, unknown>).purpose = 'x'.repeat(LIMITS.long + 1);
    (input.sender as Record<string, unknown>).name = 'y'.repeat(LIMITS.short + 1);
    const r = parseLetterInput(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { field: 'details.purpose', message: `must be at most ${LIMITS.long} characters` },
        { field: 'sender.name', message: `must be at most ${LIMITS.short} characters` },
      ]),
    );
  });

  it('refuses control characters, bidi overrides and line breaks in one-line fields', () => {
    for (const [path, value] of [
      ['details.purpose', 'Before\u0007after'],
      ['details.purpose', 'tab\there'],
      ['details.purpose', 'flip \u202Ethis'],
      ['sender.name', 'Two\nlines'],
      ['sender.institution', 'Isolate \u2066x\u2069'],
      ['sender.title', 'NUL\u0000'],
    ] as const) {
      const input = base();
      const [group, key] = path.split('.') as [string, string];
      (input[group] as Record<string, unknown>)[key] = value;
      const r = parseLetterInput(input);
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.errors[0]?.field).toBe(path);
        expect(r.errors[0]?.message).toMatch(/control characters|one line/);
      }
    }
  });

  it('keeps line breaks in long fields, normalising CRLF, and keeps the text otherwise as typed', () => {
    const input = base();
    (input.details as Record<string, unknown>).purpose = '  First line\r\nSecond — “quoted” <b>&</b> line  ';
    const r = parseLetterInput(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.details.purpose).toBe('First line\nSecond — “quoted” <b>&</b> line');
  });

  it('allows the marks Arabic typing uses (RLM, ZWNJ)', () => {
    const input = base();
    (input.details as Record<string, unknown>).purpose = 'نص\u200Fعربي\u200Cمع علامات';
    expect(parseLetterInput(input).ok).toBe(true);
  });

  it('upper-cases the country and refuses anything but two letters', () => {
    const ok = parseLetterInput({ ...base(), country: 'ug' });
    expect(ok.ok && ok.value.country).toBe('UG');
    expect(fieldsOf(parseLetterInput({ ...base(), country: 'UGA' }))).toEqual(['country']);
  });

  it('refuses unknown fields, types, languages and malformed dates, naming each', () => {
    expect(fieldsOf(parseLetterInput({ ...base(), colour: 'blue' }))).toEqual(['colour']);
    expect(
      fieldsOf(parseLetterInput({ ...base(), details: { ...(base().details as object), budget: 1 } })),
    ).toEqual(['details.budget']);
    expect(fieldsOf(parseLetterInput({ ...base(), type: 'complaint' }))).toEqual(['type']);
    expect(fieldsOf(parseLetterInput({ ...base(), lang: 'de' }))).toEqual(['lang']);
    expect(fieldsOf(parseLetterInput({ ...base(), date: '2027-02-30' }))).toEqual(['date']);
    expect(
      fieldsOf(parseLetterInput({ ...base(), sender: { ...(base().sender as object), email: 'nope' } })),
    ).toEqual(['sender.email']);
  });
});
