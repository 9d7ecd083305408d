/** Reflecties that stand on their own, not tied to one experience. */
import { reflectionSchema, type Reflection } from '../../domain';
import { defineRecordRepository } from './record-repository';

export const reflections = defineRecordRepository<Reflection>({
  name: 'reflections',
  table: (db) => db.reflections,
  schema: reflectionSchema,
});
