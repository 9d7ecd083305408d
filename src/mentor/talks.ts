/**
 * The mentor's records of loopbaangesprekken with a pupil (MentorTalk + the pupil's dossierId).
 * They reach the pupil through the feedback file, beside the pupil's own conversations.
 */
import { mentorTalkSchema, type MentorTalk } from '../domain';
import type { ForPupil, MentorDatabase } from './database';
import { defineMentorRepository } from './mentor-records';

export type MentorTalkRow = ForPupil<MentorTalk>;

export const mentorTalks = defineMentorRepository<MentorTalk>({
  name: 'talks',
  table: (db) => db.talks,
  schema: mentorTalkSchema,
});

/** Newest talk first; talks of one day by the time they were written. */
export function newestTalkFirst(a: MentorTalk, b: MentorTalk): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** The live talks with one pupil, newest first. */
export async function listTalks(db: MentorDatabase, dossierId: string): Promise<MentorTalkRow[]> {
  const rows = await mentorTalks.listLiveFor(db, dossierId);
  return rows.sort(newestTalkFirst);
}
