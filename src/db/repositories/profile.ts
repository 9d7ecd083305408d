/** The pupil's profile: the single row of the `profile` table. */
import { profileSchema, type Profile } from '../../domain';
import type { DossierDatabase } from '../database';
import { ProfileConflictError, validateRecord } from '../errors';

export async function getProfile(db: DossierDatabase): Promise<Profile | undefined> {
  return db.profile.toCollection().first();
}

/**
 * Validates and stores the profile; returns the stored copy. Rejects with ProfileConflictError
 * when another profile (other id or other dossierId) is already stored, so the dossier's
 * identity is never replaced by an ordinary save.
 */
export async function saveProfile(db: DossierDatabase, profile: Profile): Promise<Profile> {
  const stored = validateRecord('profile', profileSchema, profile);
  await db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.toArray();
    if (existing.some((row) => row.id !== stored.id || row.dossierId !== stored.dossierId)) {
      throw new ProfileConflictError();
    }
    await db.profile.put(stored);
  });
  return stored;
}
