/** Kwaliteiten and motieven, each with the entries that show them. */
import { traitSchema, type Trait } from '../../domain';
import { defineRecordRepository } from './record-repository';

export const traits = defineRecordRepository<Trait>({
  name: 'traits',
  table: (db) => db.traits,
  schema: traitSchema,
});
