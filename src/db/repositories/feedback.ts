/** Mentor feedback, kept beside the pupil's own text and never mixed into it. */
import { feedbackSchema, type Feedback } from '../../domain';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const feedback = defineRecordRepository<Feedback>({
  name: 'feedback',
  table: (db) => db.feedback,
  schema: feedbackSchema,
});

/** The live feedback on one entry, oldest first. */
export async function listFeedbackFor(db: DossierDatabase, targetId: string): Promise<Feedback[]> {
  const rows = await db.feedback.where('targetId').equals(targetId).toArray();
  return rows
    .filter((feedback) => feedback.deletedAt === null)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
