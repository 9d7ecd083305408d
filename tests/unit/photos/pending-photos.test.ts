import { describe, expect, it, vi } from 'vitest';
import {
  InvalidRecordError,
  MAX_PHOTOS_PER_EXPERIENCE,
  addPendingPhoto,
  attachments,
  experiences,
  getAttachmentBlob,
  isQuotaError,
  listAttachments,
  listPendingPhotos,
  pendingPhotosKey,
  removePendingPhoto,
  saveExperienceWithPendingPhotos,
  type PendingPhoto,
} from '@/db';
import { createExperience } from '@/domain';
import { bytesOf, sampleExperience } from '../db/sample-records';
import { createTestDatabase, useTestDatabases } from '../db/test-database';

const KEY = pendingPhotosKey('experience:new');
const NOW = new Date('2026-11-20T10:00:00.000Z');

function pending(n: number, overrides: Partial<PendingPhoto> = {}): PendingPhoto {
  return {
    id: crypto.randomUUID(),
    fileName: `foto-${n}.jpg`,
    mediaType: 'image/jpeg',
    width: 1600,
    height: 1200,
    addedAt: new Date(NOW.getTime() + n * 1000).toISOString(),
    blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, n])], { type: 'image/jpeg' }),
    ...overrides,
  };
}

function newExperience() {
  return createExperience({ kind: 'open-dag', title: 'Open dag', date: '2026-11-20' }, NOW);
}

describe('photos waiting for a new experience', () => {
  it('are kept with their bytes in the drafts table, in the order they were added', async () => {
    const databases = useTestDatabases();
    const db = databases.open();
    expect(pendingPhotosKey('experience:new')).toBe('experience:new:photos');
    const [first, second] = [pending(1), pending(2)];
    await addPendingPhoto(db, KEY, first, NOW);
    await addPendingPhoto(db, KEY, second, NOW);
    db.close();

    // A new connection to the same database stands for the page after a reload.
    const listed = await listPendingPhotos(databases.open(), KEY);
    expect(listed.map((photo) => photo.id)).toEqual([first.id, second.id]);
    expect(listed[0]?.blob).toBeInstanceOf(Blob);
    expect(await bytesOf(listed[1]?.blob)).toEqual([0xff, 0xd8, 0xff, 2]);
  });

  it('can be removed and put back in the same place', async () => {
    const db = createTestDatabase();
    const photos = [pending(1), pending(2), pending(3)];
    for (const photo of photos) await addPendingPhoto(db, KEY, photo, NOW);

    const removed = await removePendingPhoto(db, KEY, photos[1]!.id, NOW);
    expect(removed?.index).toBe(1);
    expect((await listPendingPhotos(db, KEY)).map((p) => p.id)).toEqual([
      photos[0]!.id,
      photos[2]!.id,
    ]);
    await addPendingPhoto(db, KEY, removed!.photo, NOW, removed!.index);
    expect((await listPendingPhotos(db, KEY)).map((p) => p.id)).toEqual(photos.map((p) => p.id));
    expect(await removePendingPhoto(db, KEY, crypto.randomUUID(), NOW)).toBeUndefined();
  });

  it('leaves no draft row behind when the last one is removed', async () => {
    const db = createTestDatabase();
    const photo = pending(1);
    await addPendingPhoto(db, KEY, photo, NOW);
    await removePendingPhoto(db, KEY, photo.id, NOW);
    expect(await db.drafts.get(KEY)).toBeUndefined();
  });

  it('refuses an invalid photo or one too many and changes nothing', async () => {
    const db = createTestDatabase();
    await expect(
      addPendingPhoto(db, KEY, { ...pending(1), blob: 'not a blob' as unknown as Blob }, NOW),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.drafts.get(KEY)).toBeUndefined();

    const full = Array.from({ length: MAX_PHOTOS_PER_EXPERIENCE }, (_, i) => pending(i));
    await db.drafts.put({ key: KEY, value: full, updatedAt: NOW.toISOString() });
    await expect(addPendingPhoto(db, KEY, pending(999), NOW)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await listPendingPhotos(db, KEY)).toHaveLength(MAX_PHOTOS_PER_EXPERIENCE);
  });

  it('skips damaged entries of a stored list and keeps the good ones', async () => {
    const db = createTestDatabase();
    const good = pending(1);
    await db.drafts.put({
      key: KEY,
      value: [{ id: 'nonsense' }, good, null],
      updatedAt: NOW.toISOString(),
    });
    expect((await listPendingPhotos(db, KEY)).map((p) => p.id)).toEqual([good.id]);
    await db.drafts.put({ key: KEY, value: 'garbage', updatedAt: NOW.toISOString() });
    expect(await listPendingPhotos(db, KEY)).toEqual([]);
  });

  it('become attachments of the experience when it is saved, and stop waiting', async () => {
    const db = createTestDatabase();
    const photos = [pending(1), pending(2)];
    for (const photo of photos) await addPendingPhoto(db, KEY, photo, NOW);
    const experience = newExperience();

    const saved = await saveExperienceWithPendingPhotos(db, experience, KEY);

    const stored = await listAttachments(db, experience.id);
    expect(stored.map((a) => a.fileName)).toEqual(['foto-1.jpg', 'foto-2.jpg']);
    expect(stored[0]).toMatchObject({
      ownerId: experience.id,
      mediaType: 'image/jpeg',
      byteSize: 4,
      width: 1600,
      height: 1200,
      deletedAt: null,
    });
    expect(saved.attachmentIds).toEqual(stored.map((a) => a.id));
    expect(await experiences.get(db, experience.id)).toEqual(saved);
    expect(await bytesOf(await getAttachmentBlob(db, stored[1]!.id))).toEqual([
      0xff, 0xd8, 0xff, 2,
    ]);
    expect(await listPendingPhotos(db, KEY)).toEqual([]);
  });

  it('saves an experience without waiting photos as it is', async () => {
    const db = createTestDatabase();
    const experience = newExperience();
    expect(await saveExperienceWithPendingPhotos(db, experience, KEY)).toEqual(experience);
  });

  it('writes nothing at all when storage runs full half-way, and keeps the photos waiting', async () => {
    const db = createTestDatabase();
    const photos = [pending(1), pending(2)];
    for (const photo of photos) await addPendingPhoto(db, KEY, photo, NOW);
    // The second photo's bytes do not fit: the storage says so, as a browser does.
    const realAdd = db.attachmentBlobs.add.bind(db.attachmentBlobs);
    let calls = 0;
    vi.spyOn(db.attachmentBlobs, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd(...args);
    });

    const error: unknown = await saveExperienceWithPendingPhotos(db, newExperience(), KEY).catch(
      (failure: unknown) => failure,
    );

    expect(isQuotaError(error)).toBe(true);
    expect(calls).toBe(2);
    expect(await db.experiences.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentBlobs.count()).toBe(0);
    expect((await listPendingPhotos(db, KEY)).map((p) => p.id)).toEqual(photos.map((p) => p.id));
  });
});

describe('photos in the trash', () => {
  async function experienceWithPhotos(db: ReturnType<typeof createTestDatabase>, count: number) {
    const experience = sampleExperience();
    for (let i = 1; i <= count; i += 1) await addPendingPhoto(db, KEY, pending(i), NOW);
    await saveExperienceWithPendingPhotos(db, experience, KEY);
    return { experience, photos: await listAttachments(db, experience.id) };
  }

  it('are moved to the trash and back without losing their bytes', async () => {
    const db = createTestDatabase();
    const { experience, photos } = await experienceWithPhotos(db, 2);
    const [first, second] = photos;

    const trashed = await attachments.softDelete(db, first!.id, new Date('2026-11-21T08:00:00Z'));
    expect(trashed?.deletedAt).toBe('2026-11-21T08:00:00.000Z');
    expect((await listAttachments(db, experience.id)).map((a) => a.id)).toEqual([second!.id]);
    expect((await attachments.listDeleted(db)).map((a) => a.id)).toEqual([first!.id]);
    // Deleting again keeps the first moment it went to the trash.
    await attachments.softDelete(db, first!.id, new Date('2026-11-22T08:00:00Z'));
    expect((await db.attachments.get(first!.id))?.deletedAt).toBe('2026-11-21T08:00:00.000Z');

    await attachments.restore(db, first!.id, new Date('2026-11-23T08:00:00Z'));
    expect((await listAttachments(db, experience.id)).map((a) => a.id)).toEqual([
      first!.id,
      second!.id,
    ]);
    expect(await getAttachmentBlob(db, first!.id)).toBeInstanceOf(Blob);
    expect(await attachments.softDelete(db, crypto.randomUUID(), NOW)).toBeUndefined();
  });

  it('are purged for good with their bytes and their place in the experience', async () => {
    const db = createTestDatabase();
    const { experience, photos } = await experienceWithPhotos(db, 2);
    const [first, second] = photos;
    await attachments.softDelete(db, first!.id, NOW);

    // A live photo in the selection is never purged.
    expect(await attachments.purge(db, [first!.id, second!.id])).toEqual([first!.id]);

    expect(await db.attachments.get(first!.id)).toBeUndefined();
    expect(await getAttachmentBlob(db, first!.id)).toBeUndefined();
    expect((await experiences.get(db, experience.id))?.attachmentIds).toEqual([second!.id]);
    expect(await getAttachmentBlob(db, second!.id)).toBeInstanceOf(Blob);
    expect(await attachments.purge(db, [])).toEqual([]);
  });
});
