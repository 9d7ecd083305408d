/** Leermeter scores: self-scores per competency over time, and the mentor's view beside them. */
import { leermeterScoreSchema, type CompetencyKey, type LeermeterScore } from '../../domain';
import { roundScoresToSave, type RoundInput } from '../../domain/leermeter';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const leermeter = defineRecordRepository<LeermeterScore>({
  name: 'leermeter',
  table: (db) => db.leermeter,
  schema: leermeterScoreSchema,
});

/** The live scores of one competency, oldest first (by the `[competency+date]` index). */
export async function listScoresFor(
  db: DossierDatabase,
  competency: CompetencyKey,
): Promise<LeermeterScore[]> {
  const rows = await db.leermeter
    .where('[competency+date]')
    .between([competency, ''], [competency, '\uffff'])
    .toArray();
  return rows.filter((score) => score.deletedAt === null);
}

/** The pupil's own live scores of one day: a leermeter round (empty when there is none). */
export async function pupilRoundOn(db: DossierDatabase, date: string): Promise<LeermeterScore[]> {
  const ofDay = await db.leermeter.where('date').equals(date).toArray();
  return ofDay.filter((score) => score.deletedAt === null && score.scoredBy === 'leerling');
}

/** Saving a round on a day that already has another round of the pupil's. */
export class LeermeterDateTakenError extends Error {
  override readonly name = 'LeermeterDateTakenError';

  constructor(readonly date: string) {
    super(`There is already a leermeter round on ${date}`);
  }
}

export interface LeermeterRoundSave {
  /** The day of the round being changed; null for a new round. */
  originalDate: string | null;
  date: string;
  input: RoundInput;
}

/**
 * Saves a round in one transaction: updates the scores the round had, adds new ones. Refuses
 * (LeermeterDateTakenError, nothing written) to put a round on a day that has another one, so a
 * day never holds two scores of the pupil for one competency.
 */
export async function saveLeermeterRound(
  db: DossierDatabase,
  { originalDate, date, input }: LeermeterRoundSave,
  now: Date,
): Promise<LeermeterScore[]> {
  return db.transaction('rw', db.leermeter, async () => {
    if (date !== originalDate && (await pupilRoundOn(db, date)).length > 0) {
      throw new LeermeterDateTakenError(date);
    }
    const existing = originalDate === null ? [] : await pupilRoundOn(db, originalDate);
    return leermeter.putMany(db, roundScoresToSave(existing, date, input, now));
  });
}

/** Moves the pupil's round of one day to the trash; returns the ids, for undo. */
export async function trashLeermeterRound(
  db: DossierDatabase,
  date: string,
  now: Date,
): Promise<string[]> {
  return db.transaction('rw', db.leermeter, async () => {
    const round = await pupilRoundOn(db, date);
    for (const score of round) await leermeter.softDelete(db, score.id, now);
    return round.map((score) => score.id);
  });
}

/** Takes scores out of the trash again, all or none. */
export async function restoreLeermeterScores(
  db: DossierDatabase,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.leermeter, async () => {
    for (const id of ids) await leermeter.restore(db, id, now);
  });
}
