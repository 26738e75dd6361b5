import { describe, expect, it } from 'vitest';
import {
  listDrafts,
  loadDraft,
  saveDraft,
  StorageConflictError,
  updateDraft,
  LETTER_ID,
} from '../../src/letters/store.js';
import { createStorage } from '../../src/storage/index.js';
import { fixture } from './helpers.js';
import { tempDir } from '../storage/helpers.js';

const clock = (iso: string) => () => new Date(iso);

describe.each(['memory', 'lowdb'] as const)('letter drafts in %s storage', (kind) => {
  const storage = async () => createStorage({ kind, dataDir: kind === 'lowdb' ? await tempDir() : '' });

  it('re-opens a draft saved before a rule was added: a project note verbale without justification', async () => {
    const s = await storage();
    const input = fixture('en', 'note-verbale');
    // Valid when it was saved; a note verbale naming a project now also needs justification and readiness.
    const old = { ...input, details: { ...input.details, project: 'IP and tourism' } };
    const draft = await saveDraft(s, old, { today: '2026-06-10' });
    expect((await loadDraft(s, draft.id))?.input.details.project).toBe('IP and tourism');
  });

  it('saves a draft under a random URL-safe id and re-opens it as it was', async () => {
    const s = await storage();
    const input = fixture('fr', 'new-assistance');
    const draft = await saveDraft(s, input, {
      today: '2026-06-10',
      userId: 'user-1',
      now: clock('2026-06-10T09:00:00Z'),
    });
    expect(draft.id).toMatch(LETTER_ID);
    const other = await saveDraft(s, input, { today: '2026-06-10' });
    expect(other.id).not.toBe(draft.id);
    const loaded = await loadDraft(s, draft.id);
    expect(loaded).toMatchObject({
      id: draft.id,
      input,
      lang: 'fr',
      today: '2026-06-10',
      userId: 'user-1',
      created: '2026-06-10T09:00:00.000Z',
    });
    expect(await s.list('letters/')).toEqual(
      expect.arrayContaining([`letters/${draft.id}`, `letters/${other.id}`]),
    );
  });

  it('lists a user’s drafts, newest first, and no one else’s', async () => {
    const s = await storage();
    const a = await saveDraft(s, fixture('en', 'project'), {
      today: '2026-06-10',
      userId: 'teams:29:1/a',
      now: clock('2026-06-10T09:00:00Z'),
    });
    const b = await saveDraft(s, fixture('ar', 'note-verbale'), {
      today: '2026-06-11',
      userId: 'teams:29:1/a',
      now: clock('2026-06-11T09:00:00Z'),
    });
    await saveDraft(s, fixture('zh', 'project'), {
      today: '2026-06-11',
      userId: 'teams:29:1',
      now: clock('2026-06-12T09:00:00Z'),
    });
    const mine = await listDrafts(s, 'teams:29:1/a');
    expect(mine.map((d) => d.id)).toEqual([b.id, a.id]);
    expect(mine[0]).toEqual({
      id: b.id,
      type: 'note-verbale',
      lang: 'ar',
      country: 'EG',
      programId: 'innovation-systems-ip',
      created: '2026-06-11T09:00:00.000Z',
      updated: '2026-06-11T09:00:00.000Z',
    });
    expect((await listDrafts(s, 'teams:29:1')).map((d) => d.type)).toEqual(['project']);
    expect(await listDrafts(s, 'nobody')).toEqual([]);
  });

  it('updates a draft, keeping its owner and creation time, and refuses a stale update', async () => {
    const s = await storage();
    const first = await saveDraft(s, fixture('en', 'new-assistance'), {
      today: '2026-06-10',
      userId: 'u',
      now: clock('2026-06-10T09:00:00Z'),
    });
    const opened = (await loadDraft(s, first.id))!;
    const changed = { ...opened.input, lang: 'es' as const, city: 'Kampala' };
    await updateDraft(s, opened, changed, { today: '2026-06-12', now: clock('2026-06-12T10:00:00Z') });
    const reopened = (await loadDraft(s, first.id))!;
    expect(reopened).toMatchObject({
      input: changed,
      lang: 'es',
      today: '2026-06-12',
      userId: 'u',
      created: first.created,
      updated: '2026-06-12T10:00:00.000Z',
    });
    expect((await listDrafts(s, 'u'))[0]).toMatchObject({ lang: 'es', updated: '2026-06-12T10:00:00.000Z' });
    // `opened` carries the eTag read before the update: writing with it again is a lost update.
    await expect(updateDraft(s, opened, opened.input, { today: '2026-06-12' })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
  });

  it('answers undefined for malformed or unknown ids without touching storage keys', async () => {
    const s = await storage();
    expect(await loadDraft(s, '../../etc/passwd')).toBeUndefined();
    expect(await loadDraft(s, 'A'.repeat(22))).toBeUndefined();
    expect(await loadDraft(s, '')).toBeUndefined();
  });
});
