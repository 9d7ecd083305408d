/**
 * What the mentor's record tables (feedback, leermeter, talks in ./database.ts) share, written
 * once, like src/db/repositories/record-repository.ts is for the pupil's tables.
 *
 * Rules for every write: the row is validated with the record's zod schema plus the pupil's
 * `dossierId` first, so nothing invalid is stored or later exported; each write runs in one `rw`
 * transaction (joining a caller's transaction over the same table). Deleting is soft: a deleted
 * row stays, so the next feedback file carries the deletion and the pupil's copy follows it.
 */
import type { Table } from 'dexie';
import { z } from 'zod';
import type { RecordBase } from '../domain';
import { uuid } from '../domain/primitives';
import { validateRecord } from '../db/errors';
import {
  putValidated,
  restoreValidated,
  softDeleteValidated,
} from '../db/repositories/record-repository';
import type { ForPupil, MentorDatabase } from './database';

export interface MentorRecordRepository<T extends RecordBase> {
  /** Validates and stores the row (insert or replace); returns the stored copy. */
  put(db: MentorDatabase, row: ForPupil<T>): Promise<ForPupil<T>>;
  get(db: MentorDatabase, id: string): Promise<ForPupil<T> | undefined>;
  /** Marks the row deleted; undefined when there is none. A deleted row keeps its `deletedAt`. */
  softDelete(db: MentorDatabase, id: string, now: Date): Promise<ForPupil<T> | undefined>;
  restore(db: MentorDatabase, id: string, now: Date): Promise<ForPupil<T> | undefined>;
  /** Every row for one pupil, deleted ones included (an export carries deletions). */
  listAllFor(db: MentorDatabase, dossierId: string): Promise<ForPupil<T>[]>;
  /** The rows for one pupil that are not deleted. */
  listLiveFor(db: MentorDatabase, dossierId: string): Promise<ForPupil<T>[]>;
}

interface ObjectSchema<T> extends z.ZodType<T> {
  extend(shape: { dossierId: typeof uuid }): z.ZodType<ForPupil<T>>;
}

export function defineMentorRepository<T extends RecordBase>(definition: {
  name: string;
  table: (db: MentorDatabase) => Table<ForPupil<T>, string, ForPupil<T>>;
  schema: ObjectSchema<T>;
}): MentorRecordRepository<T> {
  const { name, table } = definition;
  const rowSchema = definition.schema.extend({ dossierId: uuid });
  const validate = (row: unknown): ForPupil<T> => validateRecord(name, rowSchema, row);

  return {
    put(db, row) {
      return putValidated(db, table(db), validate, row);
    },
    get(db, id) {
      return table(db).get(id);
    },
    softDelete(db, id, now) {
      return softDeleteValidated(db, table(db), validate, id, now);
    },
    restore(db, id, now) {
      return restoreValidated(db, table(db), validate, id, now);
    },
    listAllFor(db, dossierId) {
      return table(db).where('dossierId').equals(dossierId).toArray();
    },
    async listLiveFor(db, dossierId) {
      const rows = await table(db).where('dossierId').equals(dossierId).toArray();
      return rows.filter((row) => row.deletedAt === null);
    },
  };
}

/** Oldest first by creation, for lists that read like a conversation. */
export function byCreated(a: RecordBase, b: RecordBase): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
