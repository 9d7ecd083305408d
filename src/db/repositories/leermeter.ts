/** Leermeter scores: self-scores per competency over time, and the mentor's view beside them. */
import { leermeterScoreSchema, type CompetencyKey, type LeermeterScore } from '../../domain';
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
