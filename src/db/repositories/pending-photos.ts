/**
 * Photos taken for an experience that is not saved yet. An attachment needs an experience to
 * belong to, and an experience needs a title before it can be stored, so a photo chosen on a
 * half-filled "new experience" form waits in the drafts table, beside the form's text draft
 * (under `<form key>:photos`), bytes included: a reload or a closed tab loses it no more than it
 * loses the typed text. Saving the experience moves the waiting photos into `attachments` and
 * `attachmentBlobs` in the same transaction that writes the experience.
 */
import { z } from 'zod';
import { createAttachment, type Experience } from '../../domain';
import type { DossierDatabase } from '../database';
import { validateRecord } from '../errors';
import { addAttachment } from './attachments';
import { experiences } from './experiences';

/** One waiting photo: already made small (see src/media/images.ts), ready to become an attachment. */
export interface PendingPhoto {
  id: string;
  fileName: string;
  mediaType: 'image/jpeg';
  width: number;
  height: number;
  addedAt: string;
  blob: Blob;
}

/** The most photos one experience can hold (the experience schema's `attachmentIds` limit). */
export const MAX_PHOTOS_PER_EXPERIENCE = 100;

const pendingPhotoSchema = z.strictObject({
  id: z.uuid(),
  fileName: z.string().min(1).max(255),
  mediaType: z.literal('image/jpeg'),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  addedAt: z.iso.datetime(),
  // Checked when parsing rather than bound to the Blob class at import time, so the check
  // follows whichever Blob the environment provides.
  blob: z.custom<Blob>((value) => value instanceof Blob, 'Expected a Blob'),
});
const pendingPhotosSchema = z.array(pendingPhotoSchema).max(MAX_PHOTOS_PER_EXPERIENCE);

/** The drafts key under which the photos of the form with `formKey` wait. */
export function pendingPhotosKey(formKey: string): string {
  return `${formKey}:photos`;
}

async function read(db: DossierDatabase, key: string): Promise<PendingPhoto[]> {
  const value = (await db.drafts.get(key))?.value;
  if (!Array.isArray(value)) return [];
  // Keep every entry that is still a valid photo, even if another one was damaged.
  return value.flatMap((entry) => {
    const parsed = pendingPhotoSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

async function write(
  db: DossierDatabase,
  key: string,
  photos: PendingPhoto[],
  now: Date,
): Promise<void> {
  if (photos.length === 0) {
    await db.drafts.delete(key);
    return;
  }
  const value = validateRecord('drafts', pendingPhotosSchema, photos);
  await db.drafts.put({ key, value, updatedAt: now.toISOString() });
}

/** The photos waiting under `key`, in the order they were added. */
export function listPendingPhotos(db: DossierDatabase, key: string): Promise<PendingPhoto[]> {
  return read(db, key);
}

/**
 * Adds a waiting photo (at `index`, or at the end). Rejects with InvalidRecordError when the
 * photo is invalid or the limit is reached; nothing changes then.
 */
export async function addPendingPhoto(
  db: DossierDatabase,
  key: string,
  photo: PendingPhoto,
  now: Date,
  index?: number,
): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const photos = (await read(db, key)).filter((existing) => existing.id !== photo.id);
    photos.splice(index ?? photos.length, 0, photo);
    await write(db, key, photos, now);
  });
}

/** Removes a waiting photo; returns it with its place, so an undo can put it back there. */
export async function removePendingPhoto(
  db: DossierDatabase,
  key: string,
  id: string,
  now: Date,
): Promise<{ photo: PendingPhoto; index: number } | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const photos = await read(db, key);
    const index = photos.findIndex((photo) => photo.id === id);
    if (index < 0) return undefined;
    const [photo] = photos.splice(index, 1);
    await write(db, key, photos, now);
    return photo && { photo, index };
  });
}

/**
 * Stores a new experience together with the photos waiting under `key`, and clears them from
 * the drafts: all in one transaction, so a full disk or any other failure leaves the experience
 * unsaved and every waiting photo still waiting. Returns the stored experience.
 */
export async function saveExperienceWithPendingPhotos(
  db: DossierDatabase,
  experience: Experience,
  key: string,
): Promise<Experience> {
  return db.transaction(
    'rw',
    [db.experiences, db.attachments, db.attachmentBlobs, db.drafts],
    async () => {
      await experiences.put(db, experience);
      for (const photo of await read(db, key)) {
        const meta = createAttachment(
          {
            ownerId: experience.id,
            fileName: photo.fileName,
            mediaType: photo.mediaType,
            byteSize: photo.blob.size,
            width: photo.width,
            height: photo.height,
          },
          // The moment it was taken into the app, so the photos keep the order they were added in.
          new Date(photo.addedAt),
        );
        await addAttachment(db, meta, photo.blob);
      }
      await db.drafts.delete(key);
      return (await experiences.get(db, experience.id)) ?? experience;
    },
  );
}
