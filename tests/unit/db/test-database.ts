/**
 * Every test gets its own database name, so tests never see each other's data; the database is
 * closed and deleted when the test finishes.
 */
import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import { DossierDatabase } from '@/db';

export interface TestDatabases {
  /** The unique name of this test's database. */
  name: string;
  /** Opens (another) DossierDatabase instance on this test's database. */
  open(): DossierDatabase;
  /** Registers any other instance opened on `name`, so it is closed before the delete. */
  track<D extends Dexie>(db: D): D;
}

export function useTestDatabases(): TestDatabases {
  const name = `loopbaandossier-test-${crypto.randomUUID()}`;
  const opened: Dexie[] = [];
  onTestFinished(async () => {
    for (const db of opened) db.close();
    await Dexie.delete(name);
  });
  const track = <D extends Dexie>(db: D): D => {
    opened.push(db);
    return db;
  };
  return { name, open: () => track(new DossierDatabase(name)), track };
}

/** A fresh DossierDatabase for this test. */
export function createTestDatabase(): DossierDatabase {
  return useTestDatabases().open();
}
