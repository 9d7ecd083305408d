/**
 * Photos of experiences. Metadata (`attachments`) and bytes (`attachmentBlobs`) share an id and
 * are always written together with the owning experience's `attachmentIds`, in one transaction.
 */
import {
  attachmentSchema,
  experienceSchema,
  markDeleted,
  markRestored,
  type Attachment,
} from '../../domain';
import type { DossierDatabase } from '../database';
import { InvalidRecordError, MissingOwnerError, validateRecord } from '../errors';

/**
 * Stores a photo: its metadata, its bytes, and its id appended to the owning experience, all or
 * nothing. The experience's `updatedAt` moves to the attachment's `updatedAt` when that is later,
 * so a merge of two copies of the dossier sees the experience changed.
 * Rejects with MissingOwnerError when the experience does not exist, and with
 * InvalidRecordError when the metadata is invalid, the blob's size differs from `byteSize`, or
 * the experience already holds the maximum number of attachments.
 */
export async function addAttachment(
  db: DossierDatabase,
  meta: Attachment,
  blob: Blob,
): Promise<Attachment> {
  const stored = validateRecord('attachments', attachmentSchema, meta);
  if (blob.size !== stored.byteSize) {
    throw new InvalidRecordError('attachmentBlobs', [
      {
        code: 'custom',
        path: ['byteSize'],
        message: `byteSize ${stored.byteSize} does not match the blob's ${blob.size} bytes`,
        input: stored.byteSize,
      },
    ]);
  }
  await db.transaction('rw', [db.experiences, db.attachments, db.attachmentBlobs], async () => {
    // `add`, not `put`: an id clash must fail rather than overwrite another photo.
    await db.attachments.add(stored);
    await db.attachmentBlobs.add({ id: stored.id, blob });
    const owner = await db.experiences.get(stored.ownerId);
    // Throwing here aborts the transaction, which undoes the two writes above.
    if (owner === undefined) throw new MissingOwnerError(stored.ownerId);
    const attachmentIds = owner.attachmentIds.includes(stored.id)
      ? owner.attachmentIds
      : [...owner.attachmentIds, stored.id];
    const updatedAt = stored.updatedAt > owner.updatedAt ? stored.updatedAt : owner.updatedAt;
    await db.experiences.put(
      validateRecord('experiences', experienceSchema, { ...owner, attachmentIds, updatedAt }),
    );
  });
  return stored;
}

export async function getAttachmentBlob(
  db: DossierDatabase,
  id: string,
): Promise<Blob | undefined> {
  return (await db.attachmentBlobs.get(id))?.blob;
}

/** The live attachments of one experience (metadata only), oldest first. */
export async function listAttachments(db: DossierDatabase, ownerId: string): Promise<Attachment[]> {
  const rows = await db.attachments.where('ownerId').equals(ownerId).toArray();
  return rows
    .filter((attachment) => attachment.deletedAt === null)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * Photos in the trash, with the same operations as the other record repositories, so the trash
 * screen and `useDeleteWithUndo` treat them like any record. A photo in the trash keeps its
 * bytes and its place in the experience's `attachmentIds` until it is purged.
 */
export const attachments = {
  /** Moves a photo to the trash; undefined when there is no such photo. */
  softDelete(db: DossierDatabase, id: string, now: Date): Promise<Attachment | undefined> {
    return changeAttachment(db, id, (row) =>
      row.deletedAt === null ? markDeleted(row, now) : row,
    );
  },

  /** Takes a photo out of the trash; undefined when there is no such photo. */
  restore(db: DossierDatabase, id: string, now: Date): Promise<Attachment | undefined> {
    return changeAttachment(db, id, (row) =>
      row.deletedAt === null ? row : markRestored(row, now),
    );
  },

  /**
   * Deletes photos in the trash for good: metadata, bytes and their ids in the owning
   * experiences, in one transaction. Live or unknown ids are skipped. Returns the purged ids.
   */
  async purge(db: DossierDatabase, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return db.transaction('rw', [db.attachments, db.attachmentBlobs, db.experiences], async () => {
      const found = await db.attachments.bulkGet([...new Set(ids)]);
      const inTrash = found.filter(
        (row): row is Attachment => row !== undefined && row.deletedAt !== null,
      );
      const purgedIds = inTrash.map((row) => row.id);
      if (purgedIds.length === 0) return [];
      await db.attachments.bulkDelete(purgedIds);
      await db.attachmentBlobs.bulkDelete(purgedIds);
      for (const ownerId of new Set(inTrash.map((row) => row.ownerId))) {
        const owner = await db.experiences.get(ownerId);
        if (owner === undefined) continue;
        const attachmentIds = owner.attachmentIds.filter((id) => !purgedIds.includes(id));
        if (attachmentIds.length === owner.attachmentIds.length) continue;
        await db.experiences.put(
          validateRecord('experiences', experienceSchema, { ...owner, attachmentIds }),
        );
      }
      return purgedIds;
    });
  },

  /** Photos in the trash (metadata only). */
  listDeleted(db: DossierDatabase): Promise<Attachment[]> {
    return db.attachments.filter((row) => row.deletedAt !== null).toArray();
  },
};

async function changeAttachment(
  db: DossierDatabase,
  id: string,
  change: (row: Attachment) => Attachment,
): Promise<Attachment | undefined> {
  return db.transaction('rw', db.attachments, async () => {
    const current = await db.attachments.get(id);
    if (current === undefined) return undefined;
    const next = change(current);
    if (next === current) return current;
    const stored = validateRecord('attachments', attachmentSchema, next);
    await db.attachments.put(stored);
    return stored;
  });
}
