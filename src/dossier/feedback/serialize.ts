/**
 * Writing a feedback file: the document is checked against the very schema and consistency rules
 * the pupil's import uses (so the app never writes a file it would refuse), its collections are
 * sorted by id (the same feedback always gives the same feedback.json), and it is zipped as the
 * one entry `feedback.json`, optionally sealed in the password envelope of ../crypto.ts.
 */
import { localDay } from '../../domain/factories';
import type { Feedback, LeermeterScore, MentorTalk } from '../../domain/records';
import { encryptEnvelope } from '../crypto';
import { writeZip } from '../zip';
import {
  CURRENT_FEEDBACK_FORMAT_VERSION,
  FEEDBACK_DOCUMENT_ENTRY,
  FEEDBACK_FORMAT_NAME,
  feedbackDocumentSchema,
  type FeedbackDocument,
} from './format';
import { checkFeedbackConsistency } from './validate';

const byId = <T extends { id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export interface FeedbackDocumentInput {
  dossierId: string;
  author: FeedbackDocument['author'];
  feedback: readonly Feedback[];
  leermeter: readonly LeermeterScore[];
  mentorTalks: readonly MentorTalk[];
  exportedAt: Date;
  generator: { name: string; version: string };
}

/**
 * The current version's document from the mentor's records. Throws (a bug, not user input) when
 * the records would make a file the pupil's app refuses.
 */
export function buildFeedbackDocument(input: FeedbackDocumentInput): FeedbackDocument {
  return checkedDocument({
    format: FEEDBACK_FORMAT_NAME,
    formatVersion: CURRENT_FEEDBACK_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    generator: input.generator,
    dossierId: input.dossierId,
    author: input.author,
    feedback: [...input.feedback],
    leermeter: [...input.leermeter],
    mentorTalks: [...input.mentorTalks],
  });
}

function checkedDocument(document: FeedbackDocument): FeedbackDocument {
  // Parsing puts every key in schema order and refuses anything the importer would refuse.
  const parsed = feedbackDocumentSchema.parse({
    ...document,
    feedback: byId(document.feedback),
    leermeter: byId(document.leermeter),
    mentorTalks: byId(document.mentorTalks),
  });
  const inconsistent = checkFeedbackConsistency(parsed);
  if (inconsistent) throw new Error(`Refusing to export feedback: ${JSON.stringify(inconsistent)}`);
  return parsed;
}

/** feedback.json as written: two-space indented, so people can read it too. */
export function feedbackDocumentText(document: FeedbackDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The file's bytes: a ZIP with feedback.json, encrypted when a password is given. */
export async function buildFeedbackFile(
  document: FeedbackDocument,
  options: { password?: string } = {},
): Promise<Uint8Array> {
  const checked = checkedDocument(document);
  const zip = writeZip(
    [
      {
        name: FEEDBACK_DOCUMENT_ENTRY,
        bytes: new TextEncoder().encode(feedbackDocumentText(checked)),
        compress: true,
      },
    ],
    new Date(checked.exportedAt),
  );
  if (options.password === undefined) return zip;
  return encryptEnvelope(zip, options.password);
}

/** `loopbaanfeedback-<yyyy-mm-dd>.zip`, or `.enc` when encrypted. */
export function feedbackFileName(day: Date, encrypted: boolean): string {
  return `loopbaanfeedback-${localDay(day)}.${encrypted ? 'enc' : 'zip'}`;
}
