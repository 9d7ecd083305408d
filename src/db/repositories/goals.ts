/** Goals and next steps (ontwikkeldoelen). */
import { goalSchema, type Goal } from '../../domain';
import { defineRecordRepository } from './record-repository';

export const goals = defineRecordRepository<Goal>({
  name: 'goals',
  table: (db) => db.goals,
  schema: goalSchema,
});
