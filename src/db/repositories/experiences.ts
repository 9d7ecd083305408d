/**
 * Ervaringen: the generic record operations plus the home screen's timeline.
 * Purging an experience also deletes its attachments and their photo bytes, in the same
 * transaction, so no orphaned blobs are left taking up the pupil's storage.
 */
import { experienceSchema, type Experience } from '../../domain';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const experiences = defineRecordRepository<Experience>({
  name: 'experiences',
  table: (db) => db.experiences,
  schema: experienceSchema,
  purgeAlso: (db) => [db.attachments, db.attachmentBlobs],
  async beforePurge(db, purged) {
    const ownerIds = purged.map((experience) => experience.id);
    // Both the owner index and the experience's own list, in case they ever disagree.
    const owned = await db.attachments.where('ownerId').anyOf(ownerIds).primaryKeys();
    const listed = purged.flatMap((experience) => experience.attachmentIds);
    const attachmentIds = [...new Set([...owned, ...listed])];
    await db.attachments.bulkDelete(attachmentIds);
    await db.attachmentBlobs.bulkDelete(attachmentIds);
  },
});

/**
 * Where a timeline page ends: the last experience of the previous page. An Experience itself
 * fits, so a caller passes `before: page.at(-1)`.
 */
export interface TimelineCursor {
  date: string;
  id: string;
}

export interface TimelineQuery {
  limit: number;
  /** Only experiences after this one in timeline order (older, or the same day with lower id). */
  before?: TimelineCursor;
}

/** Timeline order: newest date first; on the same date, higher id first (as the index walks). */
function comesAfter(experience: Experience, cursor: TimelineCursor): boolean {
  return (
    experience.date < cursor.date || (experience.date === cursor.date && experience.id < cursor.id)
  );
}

/**
 * One page of at most `limit` live experiences, newest first, walking the `date` index
 * backwards. IndexedDB orders entries with the same index key by primary key, so walking
 * backwards breaks ties on the same date by id, descending: a stable order that makes the
 * cursor exact. A page shorter than `limit` is the last one.
 */
export async function listTimeline(
  db: DossierDatabase,
  { limit, before }: TimelineQuery,
): Promise<Experience[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`Timeline limit must be a positive integer, got ${limit}`);
  }
  const range = before
    ? db.experiences.where('date').belowOrEqual(before.date)
    : db.experiences.orderBy('date');
  return range
    .reverse()
    .filter(
      (experience) =>
        experience.deletedAt === null && (before === undefined || comesAfter(experience, before)),
    )
    .limit(limit)
    .toArray();
}

/** How many experiences are not in the trash. Reads every experience: not for start-up. */
export function countLiveExperiences(db: DossierDatabase): Promise<number> {
  return experiences.countLive(db);
}

/**
 * Whether any experience is outside the trash. Stops at the first one, so the start-up checks
 * that ask it (backup reminder, persistent storage) read one record, not a six-year dossier.
 */
export async function hasLiveExperiences(db: DossierDatabase): Promise<boolean> {
  const first = await db.experiences.filter((experience) => experience.deletedAt === null).first();
  return first !== undefined;
}
