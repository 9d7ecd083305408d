/**
 * The feedback file format, version 1: what a mentor hands back to a pupil after reviewing their
 * dossier. It travels in the same container as a dossier (a ZIP, optionally inside the password
 * envelope of ../crypto.ts) and holds one JSON entry, `feedback.json`.
 *
 * Privacy: the file holds only what the mentor wrote, plus the ids it refers to — never a copy of
 * the pupil's own text or profile. It is addressed to one dossier (`dossierId`); the pupil's app
 * refuses it for any other dossier.
 *
 * Policy (as for the dossier format): a published version is never changed; additions come as
 * formatVersion n + 1 with a migration step and a fixture of every shipped version in
 * tests/fixtures/feedback/.
 */
import { z } from 'zod';
import {
  FEEDBACK_AUTHOR_ROLES,
  feedbackSchema,
  leermeterScoreSchema,
  mentorTalkSchema,
} from '../../domain/records';
import { isoDateTime, uuid } from '../../domain/primitives';
import { DOSSIER_LIMITS } from '../limits';

export const FEEDBACK_FORMAT_NAME = 'loopbaandossier-feedback';
export const CURRENT_FEEDBACK_FORMAT_VERSION = 1;

/** The ZIP entry that holds the document; a feedback file has no other entries. */
export const FEEDBACK_DOCUMENT_ENTRY = 'feedback.json';

const collection = <T extends z.ZodType>(record: T) =>
  z.array(record).max(DOSSIER_LIMITS.maxRecordsPerCollection);

export const feedbackDocumentV1Schema = z.strictObject({
  format: z.literal(FEEDBACK_FORMAT_NAME),
  formatVersion: z.literal(1),
  /** When the file was made, UTC. */
  exportedAt: isoDateTime,
  /** The program that made the file; informative only. */
  generator: z.strictObject({
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(50),
  }),
  /** The pupil's dossier this feedback is for (profile.dossierId of the reviewed dossier). */
  dossierId: uuid,
  /** Who wrote it. */
  author: z.strictObject({
    name: z.string().trim().min(1).max(200),
    role: z.enum(FEEDBACK_AUTHOR_ROLES),
  }),
  /** Comments on the pupil's entries; each `targetId` names an entry of the dossier. */
  feedback: collection(feedbackSchema),
  /** The mentor's (or praktijkopleider's) leermeter scores; never `scoredBy: 'leerling'`. */
  leermeter: collection(
    leermeterScoreSchema.refine((score) => score.scoredBy !== 'leerling', {
      message: 'A feedback file holds only scores given by the mentor or praktijkopleider',
      path: ['scoredBy'],
    }),
  ),
  /** The mentor's records of loopbaangesprekken with the pupil. */
  mentorTalks: collection(mentorTalkSchema),
});
export type FeedbackDocumentV1 = z.infer<typeof feedbackDocumentV1Schema>;

/** The current version's document: what the app writes and what every import ends up as. */
export const feedbackDocumentSchema = feedbackDocumentV1Schema;
export type FeedbackDocument = FeedbackDocumentV1;
