import { describe, expect, it } from 'vitest';
import {
  InvalidRecordError,
  MissingOwnerError,
  addAttachment,
  experiences,
  getAttachmentBlob,
  listAttachments,
} from '@/db';
import { markDeleted } from '@/domain';
import {
  SAMPLE_PHOTO_BYTES,
  bytesOf,
  sampleAttachment,
  sampleExperience,
  samplePhoto,
} from './sample-records';
import { createTestDatabase } from './test-database';

async function countAll(db: ReturnType<typeof createTestDatabase>) {
  return {
    experiences: await db.experiences.count(),
    attachments: await db.attachments.count(),
    blobs: await db.attachmentBlobs.count(),
  };
}

describe('addAttachment', () => {
  it('writes metadata and bytes and links the photo to its experience', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    await experiences.put(db, experience);
    const first = sampleAttachment(experience.id, { updatedAt: '2026-03-04T08:00:00.000Z' });
    const second = sampleAttachment(experience.id, {
      createdAt: '2026-03-04T09:00:00.000Z',
      updatedAt: '2026-03-04T09:00:00.000Z',
    });

    expect(await addAttachment(db, first, samplePhoto())).toEqual(first);
    await addAttachment(db, second, samplePhoto());

    const owner = await experiences.get(db, experience.id);
    expect(owner?.attachmentIds).toEqual([first.id, second.id]);
    // The experience counts as changed when a photo was added, so merges notice.
    expect(owner?.updatedAt).toBe('2026-03-04T09:00:00.000Z');
    expect(await listAttachments(db, experience.id)).toEqual([first, second]);
    expect(await bytesOf(await getAttachmentBlob(db, first.id))).toEqual([...SAMPLE_PHOTO_BYTES]);
    expect(await getAttachmentBlob(db, crypto.randomUUID())).toBeUndefined();
  });

  it('writes nothing when the owning experience does not exist', async () => {
    const db = createTestDatabase();
    const orphan = sampleAttachment(crypto.randomUUID());
    await expect(addAttachment(db, orphan, samplePhoto())).rejects.toBeInstanceOf(
      MissingOwnerError,
    );
    expect(await countAll(db)).toEqual({ experiences: 0, attachments: 0, blobs: 0 });
  });

  it('writes nothing when the metadata is invalid or does not match the blob', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    await experiences.put(db, experience);
    const invalid = [
      { ...sampleAttachment(experience.id), mediaType: 'text/html' },
      { ...sampleAttachment(experience.id), fileName: '' },
      sampleAttachment(experience.id, { byteSize: SAMPLE_PHOTO_BYTES.byteLength + 1 }),
    ];
    for (const meta of invalid) {
      await expect(
        addAttachment(db, meta as ReturnType<typeof sampleAttachment>, samplePhoto()),
      ).rejects.toBeInstanceOf(InvalidRecordError);
    }
    expect(await countAll(db)).toEqual({ experiences: 1, attachments: 0, blobs: 0 });
    expect((await experiences.get(db, experience.id))?.attachmentIds).toEqual([]);
  });

  it('writes nothing when the experience would exceed its attachment limit', async () => {
    const db = createTestDatabase();
    const full = sampleExperience({
      attachmentIds: Array.from({ length: 100 }, () => crypto.randomUUID()),
    });
    await experiences.put(db, full);
    await expect(
      addAttachment(db, sampleAttachment(full.id), samplePhoto()),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await countAll(db)).toEqual({ experiences: 1, attachments: 0, blobs: 0 });
  });

  it('refuses to overwrite an existing photo with the same id', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    await experiences.put(db, experience);
    const photo = sampleAttachment(experience.id);
    await addAttachment(db, photo, samplePhoto());
    const clash = { ...photo, fileName: 'other.png' };
    await expect(addAttachment(db, clash, samplePhoto())).rejects.toThrow();
    expect(await db.attachments.get(photo.id)).toEqual(photo);
    expect((await experiences.get(db, experience.id))?.attachmentIds).toEqual([photo.id]);
  });

  it('leaves out attachments in the trash when listing', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience();
    await experiences.put(db, experience);
    const photo = sampleAttachment(experience.id);
    await addAttachment(
      db,
      markDeleted(photo, new Date('2026-03-05T00:00:00.000Z')),
      samplePhoto(),
    );
    expect(await listAttachments(db, experience.id)).toEqual([]);
  });
});
