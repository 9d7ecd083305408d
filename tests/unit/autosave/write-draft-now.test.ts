import { describe, expect, it } from 'vitest';
import { InvalidRecordError, loadDraft, loadDraftEntry, saveDraft, writeDraftNow } from '@/db';
import { useTestDatabases } from '../db/test-database';

const NOW = new Date('2026-11-20T10:00:00.000Z');

describe('writeDraftNow', () => {
  it('writes a draft that a new connection reads back, and deletes it', async () => {
    const databases = useTestDatabases();
    const db = databases.open();
    await db.open();

    writeDraftNow(db, 'experience:new', { title: 'Bijbaan bij de Jum' }, NOW);
    // The write is under way before anything is awaited: close as a page that is torn down.
    db.close();
    const again = databases.open();
    expect(await loadDraftEntry(again, 'experience:new')).toEqual({
      key: 'experience:new',
      value: { title: 'Bijbaan bij de Jum' },
      updatedAt: NOW.toISOString(),
    });

    writeDraftNow(again, 'experience:new', undefined, NOW);
    again.close();
    expect(await loadDraft(databases.open(), 'experience:new')).toBeUndefined();
  });

  it('writes through Dexie when the database is not open yet', async () => {
    const databases = useTestDatabases();
    const db = databases.open();
    expect(db.isOpen()).toBe(false);
    writeDraftNow(db, 'profile', { name: 'Sanne' }, NOW);
    await expect.poll(() => loadDraft(db, 'profile')).toEqual({ name: 'Sanne' });
  });

  it('refuses an invalid key and writes nothing', async () => {
    const db = useTestDatabases().open();
    await saveDraft(db, 'other', { a: 1 }, NOW);
    expect(() => writeDraftNow(db, '', { title: 'x' }, NOW)).toThrow(InvalidRecordError);
    expect(await db.drafts.count()).toBe(1);
  });
});
