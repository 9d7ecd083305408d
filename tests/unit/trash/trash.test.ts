import { describe, expect, it, vi } from 'vitest';
import {
  TRASH_KINDS,
  addAttachment,
  attachments,
  choices,
  conversations,
  emptyTrash,
  experiences,
  feedback,
  getAttachmentBlob,
  goals,
  isQuotaError,
  leermeter,
  listTrash,
  reflections,
  restoreFromTrash,
  saveDraft,
  traits,
} from '@/db';
import {
  sampleAttachment,
  sampleChoice,
  sampleConversation,
  sampleExperience,
  sampleFeedback,
  sampleGoal,
  sampleReflection,
  sampleScore,
  samplePhoto,
  sampleTrait,
} from '../db/sample-records';
import { createTestDatabase } from '../db/test-database';

type Db = ReturnType<typeof createTestDatabase>;

/** One record of every kind, each moved to the trash a minute after the one before. */
async function fillTrash(db: Db) {
  const experience = sampleExperience();
  const keptExperience = sampleExperience({ title: 'Blijft staan' });
  await experiences.putMany(db, [experience, keptExperience]);
  const photo = await addAttachment(db, sampleAttachment(keptExperience.id), samplePhoto());
  const ownPhoto = await addAttachment(db, sampleAttachment(experience.id), samplePhoto());
  const records = {
    experiences: experience,
    reflections: await reflections.put(db, sampleReflection()),
    goals: await goals.put(db, sampleGoal()),
    traits: await traits.put(db, sampleTrait()),
    choices: await choices.put(db, sampleChoice()),
    conversations: await conversations.put(db, sampleConversation()),
    leermeter: await leermeter.put(db, sampleScore()),
    feedback: await feedback.put(db, sampleFeedback(experience.id)),
    attachments: photo,
  };
  const repositories = {
    experiences,
    reflections,
    goals,
    traits,
    choices,
    conversations,
    leermeter,
    feedback,
    attachments,
  };
  let minute = 0;
  for (const kind of TRASH_KINDS) {
    minute += 1;
    const at = new Date(Date.UTC(2026, 10, 20, 9, minute));
    await repositories[kind].softDelete(db, records[kind].id, at);
  }
  return { records, keptExperience, ownPhoto };
}

describe('the trash', () => {
  it('lists deleted records of every kind, most recently deleted first', async () => {
    const db = createTestDatabase();
    const { records, keptExperience } = await fillTrash(db);
    // Live records stay out of the trash.
    await goals.put(db, sampleGoal({ text: 'Niet verwijderd' }));

    const trash = await listTrash(db);

    expect(trash.map((entry) => entry.kind)).toEqual([...TRASH_KINDS].reverse());
    expect(trash.map((entry) => entry.record.id)).toEqual(
      [...TRASH_KINDS].reverse().map((kind) => records[kind].id),
    );
    expect(trash.find((entry) => entry.kind === 'attachments')).toMatchObject({
      ownerTitle: keptExperience.title,
    });
  });

  it('restores one record and leaves the rest in the trash', async () => {
    const db = createTestDatabase();
    const { records } = await fillTrash(db);

    await restoreFromTrash(db, 'goals', records.goals.id, new Date('2026-11-21T10:00:00Z'));

    expect((await goals.get(db, records.goals.id))?.deletedAt).toBeNull();
    expect((await listTrash(db)).map((entry) => entry.kind)).not.toContain('goals');
    expect(await listTrash(db)).toHaveLength(TRASH_KINDS.length - 1);
  });

  it('empties for good: records, photos with their bytes, and drafts of purged records', async () => {
    const db = createTestDatabase();
    const { records, keptExperience, ownPhoto } = await fillTrash(db);
    const live = await goals.put(db, sampleGoal({ text: 'Blijft' }));
    const now = new Date('2026-11-21T10:00:00Z');
    await saveDraft(db, `experience:${records.experiences.id}`, { title: 'half' }, now);
    await saveDraft(db, `experience:${keptExperience.id}`, { title: 'blijft' }, now);
    await saveDraft(db, 'experience:new', { title: 'nieuw' }, now);

    expect(await emptyTrash(db)).toBe(TRASH_KINDS.length);

    expect(await listTrash(db)).toEqual([]);
    for (const kind of TRASH_KINDS) {
      expect(await db.table(kind).get(records[kind].id), kind).toBeUndefined();
    }
    // The purged experience's own photo went with it; the loose photo was purged on its own.
    expect(await db.attachments.count()).toBe(0);
    expect(await getAttachmentBlob(db, ownPhoto.id)).toBeUndefined();
    expect(await getAttachmentBlob(db, records.attachments.id)).toBeUndefined();
    expect((await experiences.get(db, keptExperience.id))?.attachmentIds).toEqual([]);
    expect(await goals.get(db, live.id)).toEqual(live);
    expect((await db.drafts.toArray()).map((draft) => draft.key).sort()).toEqual(
      [`experience:${keptExperience.id}`, 'experience:new'].sort(),
    );
  });

  it('is emptied all or nothing: a failure half-way purges nothing', async () => {
    const db = createTestDatabase();
    await fillTrash(db);
    const before = await listTrash(db);
    vi.spyOn(db.leermeter, 'bulkDelete').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error: unknown = await emptyTrash(db).catch((failure: unknown) => failure);

    expect(isQuotaError(error)).toBe(true);
    expect(await listTrash(db)).toEqual(before);
    expect(await db.attachmentBlobs.count()).toBe(2);
  });

  it('is empty when nothing was deleted', async () => {
    const db = createTestDatabase();
    await experiences.put(db, sampleExperience());
    expect(await listTrash(db)).toEqual([]);
    expect(await emptyTrash(db)).toBe(0);
  });
});
