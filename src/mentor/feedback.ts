/**
 * The mentor's comments on single entries of a pupil's dossier (experience, reflection, goal,
 * conversation, ...). Each comment names its entry by `targetId` and its pupil by `dossierId`;
 * the pupil's text itself is never copied here.
 */
import {
  createFeedback,
  feedbackSchema,
  withChanges,
  type Feedback,
  type FeedbackAuthorRole,
} from '../domain';
import type { ForPupil, MentorDatabase } from './database';
import { byCreated, defineMentorRepository } from './mentor-records';

export type MentorComment = ForPupil<Feedback>;

export const mentorFeedback = defineMentorRepository<Feedback>({
  name: 'feedback',
  table: (db) => db.feedback,
  schema: feedbackSchema,
});

export interface MentorAuthor {
  name: string;
  role: FeedbackAuthorRole;
}

/** The live comments on one entry of one pupil, oldest first. */
export async function listCommentsOn(
  db: MentorDatabase,
  dossierId: string,
  targetId: string,
): Promise<MentorComment[]> {
  const rows = await db.feedback.where('targetId').equals(targetId).toArray();
  return rows
    .filter((row) => row.dossierId === dossierId && row.deletedAt === null)
    .sort(byCreated);
}

/** Adds a comment; throws InvalidRecordError (nothing written) for empty or too long text. */
export function addComment(
  db: MentorDatabase,
  input: { dossierId: string; targetId: string; author: MentorAuthor; text: string },
  now: Date,
): Promise<MentorComment> {
  const comment = createFeedback(
    {
      targetId: input.targetId,
      authorName: input.author.name,
      authorRole: input.author.role,
      text: input.text,
    },
    now,
  );
  return mentorFeedback.put(db, { ...comment, dossierId: input.dossierId });
}

/** Changes a comment's text; undefined when there is no such comment. */
export async function editComment(
  db: MentorDatabase,
  id: string,
  text: string,
  now: Date,
): Promise<MentorComment | undefined> {
  return db.transaction('rw', db.feedback, async () => {
    const current = await db.feedback.get(id);
    if (current === undefined) return undefined;
    return mentorFeedback.put(db, withChanges(current, { text: text.trim() }, now));
  });
}
