/**
 * Photos of experiences. Metadata (`attachments`) and bytes (`attachmentBlobs`) share an id and
 * are always written together with the owning experience's `attachmentIds`, in one transaction.
 */
import { attachmentSchema, experienceSchema, type Attachment } from '../../domain';
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
