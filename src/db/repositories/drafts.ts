/**
 * Autosaved form drafts, so nothing typed is lost to an interruption or an app update.
 * Keys name the form: `experience:new`, `experience:<id>`, ... Values must be plain,
 * structured-cloneable data (callers pass `toRaw()` copies of reactive form state).
 */
import type { Dexie, Table } from 'dexie';
import { z } from 'zod';
import { isoDateTime } from '../../domain';
import type { Draft } from '../database';
import { validateRecord } from '../errors';

/**
 * Any database with a `drafts` table of this shape: the pupil's dossier, and the mentor's
 * database (src/mentor/database.ts), whose forms autosave the same way.
 */
export type DraftDatabase = Dexie & { readonly drafts: Table<Draft, string, Draft> };

const draftKey = z.string().min(1).max(200);
const draftSchema = z.strictObject({ key: draftKey, value: z.unknown(), updatedAt: isoDateTime });

export async function saveDraft(
  db: DraftDatabase,
  key: string,
  value: unknown,
  now: Date,
): Promise<void> {
  const draft: Draft = validateRecord('drafts', draftSchema, {
    key,
    value,
    updatedAt: now.toISOString(),
  });
  await db.transaction('rw', db.drafts, async () => {
    await db.drafts.put(draft);
  });
}

/**
 * The saved value, or undefined when there is none. It may come from an older version of the
 * form, so callers check its shape before using it.
 */
export async function loadDraft(db: DraftDatabase, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value;
}

/** The saved draft with the time it was saved, e.g. to say "draft from yesterday 16:05". */
export function loadDraftEntry(db: DraftDatabase, key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(db: DraftDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    await db.drafts.delete(key);
  });
}

/**
 * Writes (or with `value` undefined, deletes) a draft by starting the IndexedDB transaction in
 * this very task and committing it at once. For the moment the page is hidden or left (a reload,
 * a closed tab, the phone locking): Dexie starts its transactions a few microtasks later, and a
 * page being torn down may never get there, so the last words typed would be lost. A committed
 * transaction is finished by the browser even when the page is gone.
 * Falls back to the ordinary Dexie write while the database is not open yet.
 */
export function writeDraftNow(db: DraftDatabase, key: string, value: unknown, now: Date): void {
  if (value !== undefined) {
    validateRecord('drafts', draftSchema, { key, value, updatedAt: now.toISOString() });
  }
  if (!db.isOpen()) {
    void (value === undefined ? deleteDraft(db, key) : saveDraft(db, key, value, now));
    return;
  }
  const transaction = db.backendDB().transaction('drafts', 'readwrite');
  const store = transaction.objectStore('drafts');
  if (value === undefined) store.delete(key);
  else store.put({ key, value, updatedAt: now.toISOString() } satisfies Draft);
  // Older browsers without commit() commit once the task ends, which also comes before unload.
  transaction.commit?.();
}
