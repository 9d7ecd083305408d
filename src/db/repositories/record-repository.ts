/**
 * The operations every dossier record table shares (experiences, reflections, goals, traits,
 * choices, conversations, leermeter, feedback), written once.
 *
 * Rules for every write:
 * - The record is validated with its zod schema first, so corrupt data never reaches storage;
 *   the parsed copy is what gets stored (and returned).
 * - Each write runs in a Dexie `rw` transaction. Called inside a caller's transaction that
 *   includes the same tables, it joins it, so a larger operation stays all-or-nothing.
 * - Nothing here sets timestamps: callers bring `updatedAt` from the domain factories
 *   (`withChanges`, `markDeleted`, ...), or pass `now` where the repository changes a record.
 * - Callers pass plain objects (`toRaw()` of reactive state): IndexedDB cannot clone a Proxy.
 */
import type { Dexie, Table } from 'dexie';
import type { z } from 'zod';
import { markDeleted, markRestored, type RecordBase } from '../../domain';
import type { DossierDatabase } from '../database';
import { validateRecord } from '../errors';

export interface RecordRepositoryDefinition<T extends RecordBase> {
  /** The table name, for error messages. */
  name: string;
  table: (db: DossierDatabase) => Table<T, string, T>;
  schema: z.ZodType<T>;
  /** Further tables `purge` writes to, e.g. an experience's attachments. */
  purgeAlso?: (db: DossierDatabase) => Table[];
  /** Runs inside the purge transaction before the records themselves are deleted. */
  beforePurge?: (db: DossierDatabase, records: readonly T[]) => Promise<void>;
}

export interface RecordRepository<T extends RecordBase> {
  /** Validates and stores the record as given (insert or replace); returns the stored copy. */
  put(db: DossierDatabase, record: T): Promise<T>;
  /** All-or-nothing `put` of several records: one invalid record means none is written. */
  putMany(db: DossierDatabase, records: readonly T[]): Promise<T[]>;
  get(db: DossierDatabase, id: string): Promise<T | undefined>;
  /**
   * Moves a record to the trash. Returns the record as stored, or undefined if there is no
   * record with this id. A record already in the trash keeps its original `deletedAt`.
   */
  softDelete(db: DossierDatabase, id: string, now: Date): Promise<T | undefined>;
  /** Takes a record out of the trash; undefined if there is no record with this id. */
  restore(db: DossierDatabase, id: string, now: Date): Promise<T | undefined>;
  /**
   * Deletes records for good (emptying the trash). Only records that are in the trash are
   * purged; ids of live or unknown records are skipped, so a stale selection can never wipe a
   * live entry. Returns the ids that were purged.
   */
  purge(db: DossierDatabase, ids: readonly string[]): Promise<string[]>;
  /** Records not in the trash, in primary-key order. */
  listLive(db: DossierDatabase): Promise<T[]>;
  /** Records in the trash, in primary-key order. */
  listDeleted(db: DossierDatabase): Promise<T[]>;
  /** How many records are not in the trash. */
  countLive(db: DossierDatabase): Promise<number>;
}

// The validated writes every record table shares, the pupil's (below) and the mentor's
// (src/mentor/mentor-records.ts): each in one `rw` transaction, storing the parsed copy.

/** Validates and stores the record; returns the stored copy. */
export async function putValidated<R extends RecordBase>(
  db: Dexie,
  table: Table<R, string>,
  validate: (record: unknown) => R,
  record: R,
): Promise<R> {
  const stored = validate(record);
  await db.transaction('rw', table, async () => {
    await table.put(stored);
  });
  return stored;
}

/** Reads, changes and writes back one record in one transaction; undefined when there is none. */
async function updateValidated<R extends RecordBase>(
  db: Dexie,
  table: Table<R, string>,
  validate: (record: unknown) => R,
  id: string,
  change: (record: R) => R,
): Promise<R | undefined> {
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (current === undefined) return undefined;
    const next = change(current);
    if (next === current) return current;
    const stored = validate(next);
    await table.put(stored);
    return stored;
  });
}

/** Marks the record deleted; a record already deleted keeps its `deletedAt`. */
export function softDeleteValidated<R extends RecordBase>(
  db: Dexie,
  table: Table<R, string>,
  validate: (record: unknown) => R,
  id: string,
  now: Date,
): Promise<R | undefined> {
  return updateValidated(db, table, validate, id, (record) =>
    record.deletedAt === null ? markDeleted(record, now) : record,
  );
}

/** Takes the record out of the trash; a live record stays as it is. */
export function restoreValidated<R extends RecordBase>(
  db: Dexie,
  table: Table<R, string>,
  validate: (record: unknown) => R,
  id: string,
  now: Date,
): Promise<R | undefined> {
  return updateValidated(db, table, validate, id, (record) =>
    record.deletedAt === null ? record : markRestored(record, now),
  );
}

export function defineRecordRepository<T extends RecordBase>(
  definition: RecordRepositoryDefinition<T>,
): RecordRepository<T> {
  const { name, table, schema } = definition;
  const validate = (record: unknown): T => validateRecord(name, schema, record);

  return {
    put(db, record) {
      return putValidated(db, table(db), validate, record);
    },

    async putMany(db, records) {
      const stored = records.map(validate);
      await db.transaction('rw', table(db), async () => {
        await table(db).bulkPut(stored);
      });
      return stored;
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

    async purge(db, ids) {
      if (ids.length === 0) return [];
      const extraTables = definition.purgeAlso?.(db) ?? [];
      return db.transaction('rw', [table(db), ...extraTables], async () => {
        const found = await table(db).bulkGet([...new Set(ids)]);
        const inTrash = found.filter(
          (record): record is T => record !== undefined && record.deletedAt !== null,
        );
        if (inTrash.length === 0) return [];
        await definition.beforePurge?.(db, inTrash);
        const purgedIds = inTrash.map((record) => record.id);
        await table(db).bulkDelete(purgedIds);
        return purgedIds;
      });
    },

    // A whole table in one getAll, filtered here: Dexie's `.filter()` reads through a cursor,
    // one IndexedDB request per record, several times slower on a dossier of thousands.
    async listLive(db) {
      return (await table(db).toArray()).filter((record) => record.deletedAt === null);
    },

    async listDeleted(db) {
      return (await table(db).toArray()).filter((record) => record.deletedAt !== null);
    },

    async countLive(db) {
      return (await table(db).toArray()).filter((record) => record.deletedAt === null).length;
    },
  };
}
