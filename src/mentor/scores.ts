/**
 * The mentor's leermeter scores for a pupil: per competency and day, the step the mentor (or a
 * praktijkopleider) sees the pupil at. They travel to the pupil in the feedback file and are
 * drawn beside the pupil's own scores, never mixed into them.
 */
import {
  COMPETENCY_KEYS,
  createLeermeterScore,
  leermeterScoreSchema,
  withChanges,
  type CompetencyKey,
  type FeedbackAuthorRole,
  type LeermeterScore,
  type LeermeterStep,
  type Scorer,
} from '../domain';
import type { ForPupil, MentorDatabase } from './database';
import type { MentorAuthor } from './feedback';
import { defineMentorRepository } from './mentor-records';

export type MentorScore = ForPupil<LeermeterScore>;

export const mentorScores = defineMentorRepository<LeermeterScore>({
  name: 'leermeter',
  table: (db) => db.leermeter,
  schema: leermeterScoreSchema,
});

/** Which leermeter series a score of this author belongs to. */
export function scorerFor(role: FeedbackAuthorRole): Exclude<Scorer, 'leerling'> {
  return role === 'praktijkopleider' ? 'praktijkopleider' : 'mentor';
}

/** The live scores the mentor gave one pupil, oldest first. */
export async function listMentorScores(
  db: MentorDatabase,
  dossierId: string,
): Promise<MentorScore[]> {
  const rows = await mentorScores.listLiveFor(db, dossierId);
  return rows.sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}

export interface MentorRoundInput {
  dossierId: string;
  date: string;
  author: MentorAuthor;
  steps: Partial<Record<CompetencyKey, { step: LeermeterStep; note: string }>>;
}

/**
 * Saves the mentor's scores of one day in one transaction. A competency this author already
 * scored on that day is updated in place (same id, so the pupil's copy is updated rather than
 * doubled); others are added. Returns the scores written.
 */
export async function saveMentorRound(
  db: MentorDatabase,
  input: MentorRoundInput,
  now: Date,
): Promise<MentorScore[]> {
  const scoredBy = scorerFor(input.author.role);
  return db.transaction('rw', db.leermeter, async () => {
    const ofDay = (await mentorScores.listLiveFor(db, input.dossierId)).filter(
      (score) => score.date === input.date && score.scoredBy === scoredBy,
    );
    const written: MentorScore[] = [];
    for (const competency of COMPETENCY_KEYS) {
      const entry = input.steps[competency];
      if (!entry) continue;
      const note = entry.note.trim();
      const before = ofDay.find((score) => score.competency === competency);
      let row: MentorScore;
      if (before) {
        if (before.step === entry.step && before.note === note) continue;
        row = withChanges(before, { step: entry.step, note, scorerName: input.author.name }, now);
      } else {
        const score = createLeermeterScore(
          {
            competency,
            step: entry.step,
            date: input.date,
            scoredBy,
            scorerName: input.author.name,
            note,
          },
          now,
        );
        row = { ...score, dossierId: input.dossierId };
      }
      written.push(await mentorScores.put(db, row));
    }
    return written;
  });
}
