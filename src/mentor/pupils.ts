/**
 * The mentor's read-only copies of their pupils' dossiers: importing (and re-importing) a file
 * that the one import pipeline (src/dossier/read.ts) has fully checked, listing, and deleting.
 *
 * Rules:
 * - A copy is only ever replaced by a NEWER file of the same dossierId (by `exportedAt`): the
 *   same version changes nothing, an older file is refused, so a stale attachment in a mail
 *   can never roll a pupil's copy back.
 * - Replacing a copy replaces its photos, and keeps everything the mentor wrote for the pupil
 *   (feedback, leermeter scores, talks and drafts): those live in their own tables.
 * - Deleting a copy deletes the photos and everything the mentor wrote for that pupil too: a
 *   mentor who removes a pupil should keep nothing about them on the device.
 * - Every write is one transaction, so it lands completely or not at all.
 */
import { combineMentorTalks, lastTalkDay } from '../domain/talk-preparation';
import type { Profile } from '../domain/records';
import { isQuotaError, validateRecord } from '../db/errors';
import { bufferView } from '../dossier/bytes';
import { dossierDocumentSchema, type DossierDocument } from '../dossier/format';
import type { ImportedDossier } from '../dossier/read';
import type { WriteFailure } from '../dossier/result';
import type { MentorDatabase, PupilAttachmentBlob, PupilCopy } from './database';

export type PupilImportResult =
  | { kind: 'added'; name: string; exportedAt: string }
  | { kind: 'updated'; name: string; exportedAt: string; previousExportedAt: string }
  | { kind: 'same'; name: string; exportedAt: string }
  | { kind: 'older'; name: string; exportedAt: string; storedExportedAt: string }
  | WriteFailure;

/** Every table a pupil's data lives in; deleting a pupil writes to all of them. */
function pupilTables(db: MentorDatabase) {
  return [db.pupils, db.pupilAttachments, db.feedback, db.leermeter, db.talks, db.drafts];
}

/**
 * Drafts that belong to one pupil carry the dossierId in their key (the mentor's forms name
 * their drafts after the pupil and the entry), so they go with the pupil.
 */
function isDraftOf(key: string, dossierId: string): boolean {
  return key.includes(dossierId);
}

/**
 * Stores a checked dossier as the copy of its pupil: a new pupil is added; a known pupil's copy
 * is replaced only by a newer file. One transaction over the copy and its photos.
 */
export async function importPupilCopy(
  db: MentorDatabase,
  dossier: ImportedDossier,
  now: Date,
): Promise<PupilImportResult> {
  try {
    return await writeCopy(db, dossier, now);
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full' };
    return { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function writeCopy(
  db: MentorDatabase,
  dossier: ImportedDossier,
  now: Date,
): Promise<PupilImportResult> {
  // read.ts checked the file; checking again here keeps anything else from storing a copy that
  // the talk preparation could not read.
  const document: DossierDocument = validateRecord(
    'pupils',
    dossierDocumentSchema,
    dossier.document,
  );
  const { dossierId, exportedAt } = document;
  const name = document.profile.name;
  const blobs: PupilAttachmentBlob[] = document.attachments.map((attachment) => {
    const bytes = dossier.files.get(attachment.id);
    // read.ts checked every listed file; a missing one here is a bug, and stops the import.
    if (!bytes) throw new Error(`No bytes for attachment ${attachment.id}`);
    return {
      dossierId,
      id: attachment.id,
      blob: new Blob([bufferView(bytes)], { type: attachment.mediaType }),
    };
  });
  const copy: PupilCopy = {
    dossierId,
    name,
    importedAt: now.toISOString(),
    exportedAt,
    document,
  };

  return db.transaction(
    'rw',
    [db.pupils, db.pupilAttachments],
    async (): Promise<PupilImportResult> => {
      const stored = await db.pupils.get(dossierId);
      if (stored) {
        const difference = Date.parse(exportedAt) - Date.parse(stored.exportedAt);
        if (difference === 0) return { kind: 'same', name, exportedAt };
        if (difference < 0) {
          return { kind: 'older', name, exportedAt, storedExportedAt: stored.exportedAt };
        }
        await db.pupilAttachments.where('dossierId').equals(dossierId).delete();
      }
      await db.pupils.put(copy);
      if (blobs.length > 0) await db.pupilAttachments.bulkPut(blobs);
      return stored
        ? { kind: 'updated', name, exportedAt, previousExportedAt: stored.exportedAt }
        : { kind: 'added', name, exportedAt };
    },
  );
}

export interface PupilSummary {
  dossierId: string;
  name: string;
  school: string;
  sector: Profile['sector'];
  year: Profile['year'];
  /** When the mentor imported the current copy (UTC). */
  importedAt: string;
  /** When the pupil made the file (UTC). */
  exportedAt: string;
  /** The day of the last talk (the pupil's held conversations and the mentor's talks), if any. */
  lastTalk: string | null;
}

/** Every pupil, sorted by name (Dutch collation, so "de Vries" and "De Vries" sit together). */
export async function listPupils(db: MentorDatabase): Promise<PupilSummary[]> {
  return db.transaction('r', [db.pupils, db.talks], async () => {
    const [copies, talks] = await Promise.all([db.pupils.toArray(), db.talks.toArray()]);
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    return copies
      .map((copy) => {
        const { profile, conversations } = copy.document;
        const mentorTalks = combineMentorTalks(
          copy.document.mentorTalks,
          talks.filter((talk) => talk.dossierId === copy.dossierId),
        );
        return {
          dossierId: copy.dossierId,
          name: copy.name,
          school: profile.school,
          sector: profile.sector,
          year: profile.year,
          importedAt: copy.importedAt,
          exportedAt: copy.exportedAt,
          lastTalk: lastTalkDay(conversations, mentorTalks),
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name) || a.dossierId.localeCompare(b.dossierId));
  });
}

export function getPupilCopy(
  db: MentorDatabase,
  dossierId: string,
): Promise<PupilCopy | undefined> {
  return db.pupils.get(dossierId);
}

/** The photo bytes of one attachment of a pupil's copy. */
export async function getPupilAttachment(
  db: MentorDatabase,
  dossierId: string,
  attachmentId: string,
): Promise<Blob | undefined> {
  return (await db.pupilAttachments.get([dossierId, attachmentId]))?.blob;
}

/**
 * Deletes one pupil's copy, its photos, and everything the mentor wrote for that pupil.
 * Returns false when there was no such pupil (nothing is changed then).
 */
export async function deletePupil(db: MentorDatabase, dossierId: string): Promise<boolean> {
  return db.transaction('rw', pupilTables(db), async () => {
    const existed = (await db.pupils.get(dossierId)) !== undefined;
    await db.pupils.delete(dossierId);
    await db.pupilAttachments.where('dossierId').equals(dossierId).delete();
    await db.feedback.where('dossierId').equals(dossierId).delete();
    await db.leermeter.where('dossierId').equals(dossierId).delete();
    await db.talks.where('dossierId').equals(dossierId).delete();
    await db.drafts.filter((draft) => isDraftOf(draft.key, dossierId)).delete();
    return existed;
  });
}

/**
 * Deletes every pupil's copy and everything the mentor wrote, drafts included. The mentor's own
 * name and role (settings) stay: they are not about a pupil.
 */
export async function deleteAllPupils(db: MentorDatabase): Promise<void> {
  await db.transaction('rw', pupilTables(db), async () => {
    await Promise.all(pupilTables(db).map((table) => table.clear()));
  });
}
