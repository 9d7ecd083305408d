import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_VERSION, loadDraft, saveDraft, type DossierDatabase } from '@/db';
import { useTestDatabases } from '../db/test-database';

// The guard keeps its state for the whole app, so each test loads a fresh copy of the module.
async function freshGuard() {
  vi.resetModules();
  return import('@/composables/databaseGuard');
}

/** What another tab does when it upgrades: opens the same database at a higher version. */
function openNewerVersion(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DATABASE_VERSION * 10 + 10);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function readDraftRaw(db: IDBDatabase, key: string): Promise<{ value: unknown } | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('drafts').objectStore('drafts').get(key);
    request.onsuccess = () => resolve(request.result as { value: unknown } | undefined);
    request.onerror = () => reject(request.error);
  });
}

describe('an upgrade in another tab', () => {
  it('saves the open drafts, then closes so the upgrade goes on, and asks for a reload', async () => {
    const { guardAgainstUpgradesElsewhere, useDatabaseGuard } = await freshGuard();
    const databases = useTestDatabases();
    const db: DossierDatabase = databases.open();
    await db.open();
    // A form with unsaved typing: its flush writes the draft.
    const saveDrafts = vi.fn(() =>
      saveDraft(db, 'experience:new', { title: 'Open dag ROC' }, new Date()),
    );
    guardAgainstUpgradesElsewhere(db, saveDrafts);
    const { closedForUpgrade } = useDatabaseGuard();
    expect(closedForUpgrade.value).toBe(false);

    const other = await openNewerVersion(databases.name);

    expect(saveDrafts).toHaveBeenCalledOnce();
    expect(closedForUpgrade.value).toBe(true);
    expect(db.isOpen()).toBe(false);
    expect(await readDraftRaw(other, 'experience:new')).toMatchObject({
      value: { title: 'Open dag ROC' },
    });
    other.close();
    // This tab's old code must not quietly reopen the upgraded database.
    await expect(loadDraft(db, 'experience:new')).rejects.toThrow(Dexie.DatabaseClosedError);
  });

  it('lets the upgrade go on even when saving the drafts fails or hangs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { guardAgainstUpgradesElsewhere, useDatabaseGuard, DRAFT_SAVE_TIMEOUT_MS } =
        await freshGuard();
      const databases = useTestDatabases();
      const db = databases.open();
      await db.open();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      guardAgainstUpgradesElsewhere(db, () => new Promise<void>(() => {}));

      const upgraded = openNewerVersion(databases.name);
      await vi.waitFor(() => expect(useDatabaseGuard().closedForUpgrade.value).toBe(true));
      expect(db.isOpen()).toBe(true);
      await vi.advanceTimersByTimeAsync(DRAFT_SAVE_TIMEOUT_MS);
      (await upgraded).close();
      expect(db.isOpen()).toBe(false);
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
