/**
 * Autosaved form drafts, so nothing typed is lost to an interruption or an app update.
 * Keys name the form: `experience:new`, `experience:<id>`, ... Values must be plain,
 * structured-cloneable data (callers pass `toRaw()` copies of reactive form state).
 */
import { z } from 'zod';
import { isoDateTime } from '../../domain';
import type { Draft, DossierDatabase } from '../database';
import { validateRecord } from '../errors';

const draftKey = z.string().min(1).max(200);
const draftSchema = z.strictObject({ key: draftKey, value: z.unknown(), updatedAt: isoDateTime });

export async function saveDraft(
  db: DossierDatabase,
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
export async function loadDraft(db: DossierDatabase, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value;
}

/** The saved draft with the time it was saved, e.g. to say "draft from yesterday 16:05". */
export function loadDraftEntry(db: DossierDatabase, key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(db: DossierDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    await db.drafts.delete(key);
  });
}
