/** Reflecties that stand on their own, not tied to one experience. */
import { reflectionSchema, type Reflection } from '../../domain';
import { newestFirst } from '../../domain/reflection';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const reflections = defineRecordRepository<Reflection>({
  name: 'reflections',
  table: (db) => db.reflections,
  schema: reflectionSchema,
});

/** Live reflections, newest day first; on the same day, the latest written first. */
export async function listReflectionsNewestFirst(db: DossierDatabase): Promise<Reflection[]> {
  const live = await db.reflections
    .orderBy('date')
    .reverse()
    .filter((reflection) => reflection.deletedAt === null)
    .toArray();
  return newestFirst(live);
}
