/** Keuzes: options considered, for and against, and the choice made. */
import { choiceSchema, type Choice } from '../../domain';
import { defineRecordRepository } from './record-repository';

export const choices = defineRecordRepository<Choice>({
  name: 'choices',
  table: (db) => db.choices,
  schema: choiceSchema,
});
