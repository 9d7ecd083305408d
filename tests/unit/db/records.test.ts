import { describe, expect, it } from 'vitest';
import {
  InvalidRecordError,
  addAttachment,
  conversations,
  experiences,
  feedback,
  getAttachmentBlob,
  goals,
  listFeedbackFor,
  listScoresFor,
  leermeter,
  reflections,
} from '@/db';
import { markDeleted, type Experience, type Goal } from '@/domain';
import {
  NOW,
  sampleAttachment,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleGoal,
  samplePhoto,
  sampleReflection,
  sampleScore,
} from './sample-records';
import { createTestDatabase } from './test-database';

const LATER = new Date('2026-03-05T12:00:00.000Z');
const EVEN_LATER = new Date('2026-03-06T12:00:00.000Z');

describe('record repositories: validation', () => {
  it('rejects an invalid record and writes nothing', async () => {
    const db = createTestDatabase();
    const invalid = { ...sampleExperience(), title: '   ' };
    await expect(experiences.put(db, invalid)).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(experiences.put(db, invalid)).rejects.toThrow(/experiences.*title/);
    expect(await db.experiences.count()).toBe(0);
  });

  it('refuses unknown fields, wrong types and wrong enum values', async () => {
    const db = createTestDatabase();
    const goal = sampleGoal();
    const cases: unknown[] = [
      { ...goal, injected: '<script>' },
      { ...goal, status: 'klaar' },
      { ...goal, dueDate: '01-04-2026' },
      { ...goal, id: 'not-a-uuid' },
      { ...goal, deletedAt: undefined },
    ];
    for (const candidate of cases) {
      await expect(goals.put(db, candidate as Goal)).rejects.toBeInstanceOf(InvalidRecordError);
    }
    expect(await db.goals.count()).toBe(0);
  });

  it('stores the parsed copy, not the caller’s object', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    const stored = await experiences.put(db, experience);
    expect(stored).toEqual(experience);
    expect(stored).not.toBe(experience);
    experience.competencies.push('motievenreflectie');
    expect((await experiences.get(db, experience.id))?.competencies).toEqual([
      'werkexploratie',
      'netwerken',
    ]);
  });

  it('putMany writes all or nothing', async () => {
    const db = createTestDatabase();
    const valid = sampleReflection();
    const invalid = { ...sampleReflection(), date: 'gisteren' };
    await expect(reflections.putMany(db, [valid, invalid])).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.reflections.count()).toBe(0);
    await reflections.putMany(db, [valid, sampleReflection()]);
    expect(await db.reflections.count()).toBe(2);
  });
});

describe('record repositories: transactions', () => {
  it('undoes the first write when a later write in the same transaction fails', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    const badGoal = { ...sampleGoal({ sourceId: experience.id }), text: '' };

    await expect(
      db.transaction('rw', db.experiences, db.goals, async () => {
        await experiences.put(db, experience);
        // The experience is visible inside the transaction...
        expect(await db.experiences.count()).toBe(1);
        await goals.put(db, badGoal);
      }),
    ).rejects.toBeInstanceOf(InvalidRecordError);

    // ...and gone after it failed.
    expect(await experiences.get(db, experience.id)).toBeUndefined();
    expect(await db.goals.count()).toBe(0);
  });

  it('undoes a bulk write when a second bulk write fails at the database level', async () => {
    const db = createTestDatabase();
    const existing = sampleGoal();
    await goals.put(db, existing);
    const fresh = [sampleGoal(), sampleGoal()];

    await expect(
      db.transaction('rw', db.goals, async () => {
        await db.goals.bulkPut(fresh);
        // A duplicate key makes the second bulk write fail inside IndexedDB itself.
        await db.goals.bulkAdd([sampleGoal(), existing]);
      }),
    ).rejects.toThrow();

    expect((await db.goals.toArray()).map((goal) => goal.id)).toEqual([existing.id]);
  });
});

describe('record repositories: trash', () => {
  it('softDelete moves a record to the trash and restore takes it out', async () => {
    const db = createTestDatabase();
    const conversation = sampleConversation();
    await conversations.put(db, conversation);

    const deleted = await conversations.softDelete(db, conversation.id, LATER);
    expect(deleted).toEqual({
      ...conversation,
      deletedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(await conversations.get(db, conversation.id)).toEqual(deleted);
    expect(await conversations.listLive(db)).toEqual([]);
    expect(await conversations.listDeleted(db)).toEqual([deleted]);
    expect(await conversations.countLive(db)).toBe(0);

    const restored = await conversations.restore(db, conversation.id, EVEN_LATER);
    expect(restored).toEqual({ ...conversation, updatedAt: EVEN_LATER.toISOString() });
    expect(await conversations.listLive(db)).toEqual([restored]);
    expect(await conversations.listDeleted(db)).toEqual([]);
  });

  it('keeps the first deletion time when a trashed record is deleted again', async () => {
    const db = createTestDatabase();
    const goal = sampleGoal();
    await goals.put(db, goal);
    const first = await goals.softDelete(db, goal.id, LATER);
    const second = await goals.softDelete(db, goal.id, EVEN_LATER);
    expect(second).toEqual(first);
    expect(await goals.restore(db, goal.id, EVEN_LATER)).toMatchObject({ deletedAt: null });
    // Restoring a live record changes nothing.
    const live = await goals.get(db, goal.id);
    expect(await goals.restore(db, goal.id, new Date('2027-01-01T00:00:00.000Z'))).toEqual(live);
  });

  it('returns undefined for unknown ids', async () => {
    const db = createTestDatabase();
    const unknown = crypto.randomUUID();
    expect(await goals.softDelete(db, unknown, LATER)).toBeUndefined();
    expect(await goals.restore(db, unknown, LATER)).toBeUndefined();
    expect(await goals.get(db, unknown)).toBeUndefined();
    expect(await db.goals.count()).toBe(0);
  });

  it('purges only records that are in the trash', async () => {
    const db = createTestDatabase();
    const live = sampleReflection();
    const trashed = markDeleted(sampleReflection(), LATER);
    await reflections.putMany(db, [live, trashed]);

    const purged = await reflections.purge(db, [live.id, trashed.id, crypto.randomUUID()]);
    expect(purged).toEqual([trashed.id]);
    expect(await reflections.get(db, trashed.id)).toBeUndefined();
    expect(await reflections.get(db, live.id)).toEqual(live);
    expect(await reflections.purge(db, [])).toEqual([]);
  });

  it('purging experiences removes their attachments and photo bytes, and nothing else', async () => {
    const db = createTestDatabase();
    const doomed = sampleExperience();
    const kept = sampleExperience();
    await experiences.putMany(db, [doomed, kept]);
    const doomedPhotos = [sampleAttachment(doomed.id), sampleAttachment(doomed.id)];
    const keptPhoto = sampleAttachment(kept.id);
    for (const photo of [...doomedPhotos, keptPhoto]) {
      await addAttachment(db, photo, samplePhoto());
    }

    await experiences.softDelete(db, doomed.id, LATER);
    expect(await db.attachments.count()).toBe(3);
    expect(await experiences.purge(db, [doomed.id, kept.id])).toEqual([doomed.id]);

    expect(await experiences.get(db, doomed.id)).toBeUndefined();
    for (const photo of doomedPhotos) {
      expect(await db.attachments.get(photo.id)).toBeUndefined();
      expect(await getAttachmentBlob(db, photo.id)).toBeUndefined();
    }
    expect(await db.attachments.get(keptPhoto.id)).toEqual(keptPhoto);
    expect(await getAttachmentBlob(db, keptPhoto.id)).toBeDefined();
    expect((await experiences.get(db, kept.id))?.attachmentIds).toEqual([keptPhoto.id]);
  });

  it('can be composed with other writes in one outer transaction', async () => {
    const db = createTestDatabase();
    const experience: Experience = markDeleted(sampleExperience(), LATER);
    await experiences.put(db, experience);
    await expect(
      db.transaction('rw', [db.experiences, db.attachments, db.attachmentBlobs], async () => {
        await experiences.purge(db, [experience.id]);
        throw new Error('something after the purge failed');
      }),
    ).rejects.toThrow('something after the purge failed');
    expect(await experiences.get(db, experience.id)).toEqual(experience);
  });
});

describe('area queries', () => {
  it('lists the leermeter scores of one competency, oldest first, without the trash', async () => {
    const db = createTestDatabase();
    const late = sampleScore({ date: '2026-03-01', step: 3 });
    const early = sampleScore({ date: '2025-10-01', step: 1 });
    const otherCompetency = sampleScore({ competency: 'motievenreflectie' });
    const trashed = markDeleted(sampleScore({ date: '2026-01-01' }), NOW);
    await leermeter.putMany(db, [late, early, otherCompetency, trashed]);
    expect(await listScoresFor(db, 'netwerken')).toEqual([early, late]);
  });

  it('lists the feedback on one entry', async () => {
    const db = createTestDatabase();
    const target = crypto.randomUUID();
    const second = sampleFeedback(target, { createdAt: '2026-03-03T10:00:00.000Z' });
    const first = sampleFeedback(target);
    await feedback.putMany(db, [second, first, sampleFeedback(crypto.randomUUID())]);
    expect(await listFeedbackFor(db, target)).toEqual([first, second]);
  });
});
