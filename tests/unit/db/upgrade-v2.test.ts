/**
 * Version 2 of the pupil's database: the `mentorTalks` table. Seeded from the shipped version 1
 * fixture (what pupils' phones hold today), upgraded by the production class.
 */
import { describe, expect, it } from 'vitest';
import { DossierDatabase, SCHEMA_V1, listTimeline } from '@/db';
import { mentorTalkSchema } from '@/domain';
import { V1_IDS, v1Fixture } from './fixtures/v1';
import { sampleMentorTalk } from './sample-records';
import { useTestDatabases } from './test-database';
import { snapshotDatabase, snapshotSeed, upgradeSeededDatabase } from './upgrade-harness';

describe('database version 2 (mentorTalks)', () => {
  it('upgrades a version 1 database: every row kept, an empty mentorTalks table added', async () => {
    const { name, track } = useTestDatabases();
    const seed = v1Fixture();
    const db = await upgradeSeededDatabase({
      name,
      seed,
      open: (dbName) => track(new DossierDatabase(dbName)),
    });
    expect(db.verno).toBe(2);
    const snapshot = await snapshotDatabase(db);
    expect(Object.keys(snapshot).sort()).toEqual([...Object.keys(SCHEMA_V1), 'mentorTalks'].sort());
    expect(snapshot).toEqual({ ...(await snapshotSeed(seed)), mentorTalks: [] });
  });

  it('stores mentor talks after the upgrade, found by conversation and date', async () => {
    const { name, track } = useTestDatabases();
    const db = await upgradeSeededDatabase({
      name,
      seed: v1Fixture(),
      open: (dbName) => track(new DossierDatabase(dbName)),
    });
    const talk = mentorTalkSchema.parse(sampleMentorTalk({ conversationId: V1_IDS.conversation }));
    await db.mentorTalks.put(talk);
    expect(
      await db.mentorTalks.where('conversationId').equals(V1_IDS.conversation).toArray(),
    ).toEqual([talk]);
    expect(await db.mentorTalks.where('date').equals(talk.date).primaryKeys()).toEqual([talk.id]);
    // Mentor talks stay out of the pupil's timeline (it lists the pupil's own entries).
    const timeline = await listTimeline(db, { limit: 50 });
    expect(timeline.map((entry) => entry.id)).not.toContain(talk.id);
  });
});
