/**
 * The dossier file format, version 2: what `dossier.json` inside the ZIP holds. Version 2 adds
 * the `mentorTalks` collection (the mentor's records of talks, merged in from a feedback file).
 * Policy: a published format version is never changed. New fields or collections come as format
 * version n + 1 with a migration step (./migrations.ts) that brings every older file up to it,
 * and a fixture file of every shipped version stays in tests/fixtures/dossier/ for ever.
 * The record shapes are the app's own (src/domain/records.ts): a file carries records exactly as
 * they are stored, soft-deleted ones included, so a merge of two copies respects deletions.
 */
import { z } from 'zod';
import {
  attachmentSchema,
  choiceSchema,
  conversationSchema,
  experienceSchema,
  feedbackSchema,
  goalSchema,
  leermeterScoreSchema,
  mentorTalkSchema,
  profileSchema,
  reflectionSchema,
  traitSchema,
  type Attachment,
} from '../domain/records';
import { isoDateTime, uuid } from '../domain/primitives';
import { DOSSIER_LIMITS } from './limits';

export const FORMAT_NAME = 'loopbaandossier';
export const CURRENT_FORMAT_VERSION = 2;

/** The ZIP entry that holds the document; attachments lie beside it under `attachments/`. */
export const DOCUMENT_ENTRY = 'dossier.json';
export const ATTACHMENTS_DIR = 'attachments/';

/** The record collections of a dossier file, in the order they appear in `dossier.json`. */
export const RECORD_COLLECTIONS = [
  'experiences',
  'reflections',
  'goals',
  'traits',
  'choices',
  'conversations',
  'leermeter',
  'feedback',
  'attachments',
  'mentorTalks',
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

const EXTENSIONS: Record<Attachment['mediaType'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** Where an attachment's bytes lie in the ZIP: derived from its id, so no name is ever trusted. */
export function attachmentPath(attachment: Pick<Attachment, 'id' | 'mediaType'>): string {
  return `${ATTACHMENTS_DIR}${attachment.id}.${EXTENSIONS[attachment.mediaType]}`;
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a lowercase hex SHA-256 digest');

/** An attachment record plus the manifest fields that describe its file in the ZIP. */
export const attachmentEntrySchema = z.strictObject({
  ...attachmentSchema.shape,
  /** `attachments/<id>.<jpg|png|webp>`, see attachmentPath(). */
  path: z.string().max(100),
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: sha256Hex,
});
export type AttachmentEntry = z.infer<typeof attachmentEntrySchema>;

const collection = <T extends z.ZodType>(record: T) =>
  z.array(record).max(DOSSIER_LIMITS.maxRecordsPerCollection);

export const dossierDocumentV1Schema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(1),
  /** When the file was made, UTC. */
  exportedAt: isoDateTime,
  /** The program that made the file; informative only. */
  generator: z.strictObject({
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(50),
  }),
  /** The pupil's dossier, the same on every device and in every export; equals profile.dossierId. */
  dossierId: uuid,
  /** True when nothing was left out: every record, private and deleted ones too, and every photo. */
  complete: z.boolean(),
  profile: profileSchema,
  experiences: collection(experienceSchema),
  reflections: collection(reflectionSchema),
  goals: collection(goalSchema),
  traits: collection(traitSchema),
  choices: collection(choiceSchema),
  conversations: collection(conversationSchema),
  leermeter: collection(leermeterScoreSchema),
  feedback: collection(feedbackSchema),
  attachments: collection(attachmentEntrySchema),
});

export type DossierDocumentV1 = z.infer<typeof dossierDocumentV1Schema>;

/** Version 2: version 1 plus `mentorTalks` (last in the document). Never edit once shipped. */
export const dossierDocumentV2Schema = z.strictObject({
  ...dossierDocumentV1Schema.shape,
  formatVersion: z.literal(2),
  /** The mentor's records of loopbaangesprekken, from feedback files; never the pupil's text. */
  mentorTalks: collection(mentorTalkSchema),
});
export type DossierDocumentV2 = z.infer<typeof dossierDocumentV2Schema>;

/** The current version's document: what the app writes and what every import ends up as. */
export const dossierDocumentSchema = dossierDocumentV2Schema;
export type DossierDocument = DossierDocumentV2;

/**
 * Any version's document from the current one up, as far as the reader's own checks need it:
 * later versions only add to earlier ones (see the policy above), and older files are migrated
 * before these checks run, so consistency and attachment checks work for all of them.
 */
export type AnyDossierDocument = Omit<DossierDocument, 'formatVersion'> & { formatVersion: number };
