/**
 * The mentor's records of talks with the pupil, merged in from feedback files
 * (src/dossier/feedback/database-io.ts). The pupil reads them; nothing in the pupil's app edits
 * them (the newest feedback file decides their content); the pupil can take an agreed goal over
 * as a goal of their own.
 */
import { createGoal, mentorTalkSchema, type Goal, type MentorTalk } from '../../domain';
import type { DossierDatabase } from '../database';
import { goals } from './goals';
import { defineRecordRepository } from './record-repository';

export const mentorTalks = defineRecordRepository<MentorTalk>({
  name: 'mentorTalks',
  table: (db) => db.mentorTalks,
  schema: mentorTalkSchema,
});

/** The live mentor talks, newest first (by the `date` index, then by when they were written). */
export async function listMentorTalks(db: DossierDatabase): Promise<MentorTalk[]> {
  const rows = await db.mentorTalks.orderBy('date').reverse().toArray();
  return rows
    .filter((talk) => talk.deletedAt === null)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Takes a goal agreed in a mentor talk over as the pupil's OWN goal, in one transaction. The new
 * goal gets the agreed goal's id, so taking it over twice never makes two goals (and the app can
 * tell it was taken over, on any device the dossier moves to); it is an ordinary goal the pupil
 * can change, linked only to the pupil's own conversation, never to the mentor's record.
 * A goal taken over and then trashed is restored. Returns the pupil's goal, or undefined when the
 * talk or the agreed goal is not there.
 */
export async function adoptAgreedGoal(
  db: DossierDatabase,
  talkId: string,
  agreedGoalId: string,
  now: Date,
): Promise<Goal | undefined> {
  return db.transaction('rw', [db.mentorTalks, db.goals, db.conversations], async () => {
    const talk = await db.mentorTalks.get(talkId);
    const agreed = talk?.agreedGoals.find((goal) => goal.id === agreedGoalId);
    if (!talk || !agreed) return undefined;
    const existing = await goals.get(db, agreed.id);
    if (existing) {
      return existing.deletedAt === null ? existing : goals.restore(db, existing.id, now);
    }
    const ownConversation =
      talk.conversationId === null ? undefined : await db.conversations.get(talk.conversationId);
    const goal = createGoal(
      {
        text: agreed.title,
        competency: agreed.competency,
        dueDate: agreed.dueDate,
        sourceId: ownConversation ? ownConversation.id : null,
      },
      now,
    );
    return goals.put(db, { ...goal, id: agreed.id });
  });
}
