/**
 * Upgrade harness, after Dexie's own tests-upgrading.js: (1) a plain Dexie instance that knows
 * only the shipped store definitions up to version N writes a fixture — what an older app left
 * on the pupil's device; (2) the database is reopened with a class that declares the versions up
 * to N+1 (and their upgrades); (3) the test gets the upgraded database back and asserts that
 * every record survived and the upgrade's change was applied.
 *
 * When a new version ships, append its store definition to SHIPPED_VERSIONS and add a fixture
 * of it under ./fixtures; the earlier fixtures keep being upgraded all the way to the newest.
 */
import Dexie from 'dexie';
import { SCHEMA_V1, SCHEMA_V2 } from '@/db';

export type StoreDefinitions = Readonly<Record<string, string | null>>;
export type SeedRows = Readonly<Record<string, readonly unknown[]>>;
/** Table name to rows in primary-key order, with blobs replaced by their type and bytes. */
export type Snapshot = Record<string, unknown[]>;

export interface ShippedVersion {
  version: number;
  stores: StoreDefinitions;
}

/** The store definitions of every shipped version, oldest first. Never edit an entry. */
export const SHIPPED_VERSIONS: readonly ShippedVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
];

/**
 * Step 1: creates database `name` with plain Dexie at shipped version `atVersion`, writes `seed`
 * in one transaction, and closes it again.
 */
export async function seedShippedDatabase(
  name: string,
  seed: SeedRows,
  atVersion = 1,
): Promise<void> {
  const versions = SHIPPED_VERSIONS.filter((shipped) => shipped.version <= atVersion);
  if (versions.at(-1)?.version !== atVersion) {
    throw new Error(`Version ${atVersion} was never shipped`);
  }
  const legacy = new Dexie(name);
  for (const shipped of versions) legacy.version(shipped.version).stores({ ...shipped.stores });
  try {
    await legacy.open();
    await legacy.transaction('rw', legacy.tables, async () => {
      for (const [table, rows] of Object.entries(seed)) {
        await legacy.table(table).bulkAdd([...rows]);
      }
    });
  } finally {
    legacy.close();
  }
}

export interface UpgradeOptions<D extends Dexie> {
  name: string;
  seed: SeedRows;
  /** The shipped version the seed is written at; 1 unless given. */
  seedVersion?: number;
  /** Creates the instance that declares the newer versions; it is opened by the harness. */
  open: (name: string) => D;
}

/** Steps 1–3: seeds at the shipped version, reopens with the newer declaration, returns it open. */
export async function upgradeSeededDatabase<D extends Dexie>(
  options: UpgradeOptions<D>,
): Promise<D> {
  await seedShippedDatabase(options.name, options.seed, options.seedVersion);
  const upgraded = options.open(options.name);
  await upgraded.open();
  return upgraded;
}

async function normalise(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { blobType: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  }
  if (Array.isArray(value)) return Promise.all(value.map(normalise));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await normalise(item)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every row of every table, comparable with toEqual (blobs by content). */
export async function snapshotDatabase(db: Dexie): Promise<Snapshot> {
  const tables = await db.transaction('r', db.tables, () =>
    Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
  const snapshot: Snapshot = {};
  for (const [name, rows] of tables) snapshot[name] = (await normalise(rows)) as unknown[];
  return snapshot;
}

/** The seed in the shape `snapshotDatabase` returns: rows sorted by primary key as stored. */
export async function snapshotSeed(
  seed: SeedRows,
  stores: StoreDefinitions = Object.assign(
    {},
    ...SHIPPED_VERSIONS.map((shipped) => shipped.stores),
  ),
): Promise<Snapshot> {
  const snapshot: Snapshot = {};
  for (const [table, rows] of Object.entries(seed)) {
    const keyPath = stores[table]?.split(',')[0]?.trim();
    if (!keyPath) throw new Error(`No store definition for table ${table}`);
    const keyOf = (row: unknown) => String((row as Record<string, unknown>)[keyPath]);
    const sorted = [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    snapshot[table] = (await normalise(sorted)) as unknown[];
  }
  return snapshot;
}
