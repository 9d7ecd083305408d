import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_VERSION,
  DossierDatabase,
  SCHEMA_V1,
  getAttachmentBlob,
  getProfile,
  getSetting,
  listTimeline,
  loadDraft,
} from '@/db';
import {
  attachmentSchema,
  choiceSchema,
  conversationSchema,
  experienceSchema,
  feedbackSchema,
  goalSchema,
  leermeterScoreSchema,
  profileSchema,
  reflectionSchema,
  traitSchema,
} from '@/domain';
import { V1_IDS, V1_PHOTO_BYTES, v1Fixture } from './fixtures/v1';
import { bytesOf } from './sample-records';
import { useTestDatabases } from './test-database';
import {
  SHIPPED_VERSIONS,
  snapshotDatabase,
  snapshotSeed,
  upgradeSeededDatabase,
} from './upgrade-harness';

/**
 * TEST-ONLY version 3, to exercise the harness the way a real next version would be added: a
 * subclass that keeps versions 1 and 2 and declares version 3 with an index on
 * `experiences.place` and an upgrade that fills a new field on every experience. Nothing of this
 * goes into src/db.
 */
const TEST_V2_EXPERIENCES = `${SCHEMA_V1.experiences}, place`;

function placeKey(place: string): string {
  return place.trim().toLocaleLowerCase('nl');
}

class DossierDatabaseWithTestV3 extends DossierDatabase {
  constructor(name: string) {
    super(name);
    this.version(3)
      .stores({ experiences: TEST_V2_EXPERIENCES })
      .upgrade((tx) =>
        tx
          .table('experiences')
          .toCollection()
          .modify((experience: { place: string; placeKey?: string }) => {
            experience.placeKey = placeKey(experience.place);
          }),
      );
  }
}

class DossierDatabaseWithFailingV3 extends DossierDatabase {
  constructor(name: string) {
    super(name);
    this.version(3)
      .stores({ experiences: TEST_V2_EXPERIENCES })
      .upgrade(async (tx) => {
        // Changes some rows first, then fails: the whole upgrade must be undone.
        await tx.table('experiences').toCollection().modify({ title: 'overwritten' });
        await tx.table('settings').clear();
        throw new Error('upgrade step failed');
      });
  }
}

const CURRENT_SCHEMAS = {
  profile: profileSchema,
  experiences: experienceSchema,
  reflections: reflectionSchema,
  goals: goalSchema,
  traits: traitSchema,
  choices: choiceSchema,
  conversations: conversationSchema,
  leermeter: leermeterScoreSchema,
  attachments: attachmentSchema,
  feedback: feedbackSchema,
} as const;

describe('upgrade harness', () => {
  it('knows the store definition of every shipped version up to the current one', () => {
    expect(SHIPPED_VERSIONS.map((shipped) => shipped.version)).toEqual(
      Array.from({ length: DATABASE_VERSION }, (_, index) => index + 1),
    );
    expect(Object.isFrozen(SCHEMA_V1)).toBe(true);
  });

  it('keeps every record when the production class opens a database written by shipped v1', async () => {
    const { name, track } = useTestDatabases();
    const seed = v1Fixture();
    const db = await upgradeSeededDatabase({
      name,
      seed,
      open: (dbName) => track(new DossierDatabase(dbName)),
    });

    expect(db.verno).toBe(DATABASE_VERSION);
    const snapshot = await snapshotDatabase(db);
    const expected = await snapshotSeed(seed);
    for (const table of Object.keys(SCHEMA_V1)) {
      expect(snapshot[table], table).toHaveLength(seed[table as keyof typeof seed].length);
    }
    // Version 2 only adds the (empty) mentorTalks table; every version 1 row is as it was.
    expect(snapshot).toEqual({ ...expected, mentorTalks: [] });

    // After every upgrade, stored records are valid records of the current schema.
    for (const [table, schema] of Object.entries(CURRENT_SCHEMAS)) {
      for (const row of await db.table(table).toArray()) {
        expect(schema.safeParse(row).success, `${table} ${String(row.id)}`).toBe(true);
      }
    }

    // And the repositories read them.
    expect((await getProfile(db))?.dossierId).toBe(V1_IDS.dossier);
    expect((await listTimeline(db, { limit: 10 })).map((e) => e.id)).toEqual([
      V1_IDS.openDay,
      V1_IDS.bakery,
    ]);
    expect(await bytesOf(await getAttachmentBlob(db, V1_IDS.photo))).toEqual(V1_PHOTO_BYTES);
    expect(await loadDraft(db, 'experience:new')).toMatchObject({ kind: 'bijbaan' });
    expect(await getSetting(db, 'locale')).toBe('nl');
    expect(
      await db.leermeter
        .where('[competency+date]')
        .between(['netwerken', Dexie.minKey], ['netwerken', Dexie.maxKey])
        .primaryKeys(),
    ).toEqual([V1_IDS.scoreEarly, V1_IDS.scoreLate]);
  });

  it('upgrades v1 to a test-only v3: every record survives and the upgrade is applied', async () => {
    const { name, track } = useTestDatabases();
    const seed = v1Fixture();
    const db = await upgradeSeededDatabase({
      name,
      seed,
      open: (dbName) => track(new DossierDatabaseWithTestV3(dbName)),
    });

    expect(db.verno).toBe(3);
    const snapshot = await snapshotDatabase(db);
    const expected = await snapshotSeed(seed);
    expect(Object.keys(snapshot).sort()).toEqual([...Object.keys(SCHEMA_V1), 'mentorTalks'].sort());
    for (const table of Object.keys(SCHEMA_V1)) {
      expect(snapshot[table], table).toHaveLength(expected[table]?.length ?? -1);
      if (table !== 'experiences') expect(snapshot[table], table).toEqual(expected[table]);
    }
    expect(snapshot.experiences).toEqual(
      (expected.experiences as { place: string }[]).map((row) => ({
        ...row,
        placeKey: placeKey(row.place),
      })),
    );

    const inRotterdam = await db
      .table('experiences')
      .where('place')
      .equals('Rotterdam')
      .primaryKeys();
    expect(inRotterdam.sort()).toEqual([V1_IDS.bakery, V1_IDS.openDay].sort());
  });

  it('leaves the v1 database untouched when an upgrade fails halfway', async () => {
    const { name, track } = useTestDatabases();
    const seed = v1Fixture();

    await expect(
      upgradeSeededDatabase({
        name,
        seed,
        open: (dbName) => track(new DossierDatabaseWithFailingV3(dbName)),
      }),
    ).rejects.toThrow(/upgrade step failed/);

    // Opened without declaring versions (Dexie's dynamic mode), so nothing upgrades it now.
    const db = track(new Dexie(name));
    await db.open();
    expect(db.verno).toBe(1);
    expect(await snapshotDatabase(db)).toEqual(await snapshotSeed(seed));
  });
});
