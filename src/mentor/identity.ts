/**
 * Who the mentor is: their own name and role, kept in the mentor database's settings so every
 * comment, score and talk record they write (and the feedback file) carries them. Device-local:
 * it is never part of a pupil's copy and survives "delete all copies".
 */
import { z } from 'zod';
import { FEEDBACK_AUTHOR_ROLES, type FeedbackAuthorRole } from '../domain/records';
import { validateRecord } from '../db/errors';
import type { MentorDatabase } from './database';

export const MENTOR_IDENTITY_SETTING = 'mentor-identity';

/** The name may be empty while the mentor has not filled it in yet; the feedback file asks for it. */
export const mentorIdentitySchema = z.strictObject({
  name: z.string().max(200),
  role: z.enum(FEEDBACK_AUTHOR_ROLES),
});
export type MentorIdentity = z.infer<typeof mentorIdentitySchema>;

export const DEFAULT_MENTOR_ROLE: FeedbackAuthorRole = 'mentor';

export function emptyMentorIdentity(): MentorIdentity {
  return { name: '', role: DEFAULT_MENTOR_ROLE };
}

/**
 * The stored identity, or the empty one when none is stored or the stored value no longer fits
 * (written by another app version), so a setting can never break the screen.
 */
export async function getMentorIdentity(db: MentorDatabase): Promise<MentorIdentity> {
  const row = await db.settings.get(MENTOR_IDENTITY_SETTING);
  const parsed = mentorIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : emptyMentorIdentity();
}

/** Validates and stores the identity (the name as typed; trimming is for where it is used). */
export async function saveMentorIdentity(
  db: MentorDatabase,
  identity: MentorIdentity,
): Promise<MentorIdentity> {
  const value = validateRecord('settings', mentorIdentitySchema, identity);
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: MENTOR_IDENTITY_SETTING, value });
  });
  return value;
}
