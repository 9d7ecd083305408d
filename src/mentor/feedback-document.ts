/**
 * Builds the feedback file's document for one pupil from what the mentor wrote.
 *
 * Privacy policy: the document holds ONLY the mentor's own records (comments, leermeter scores,
 * talk records) plus the ids they refer to — never the pupil's text, profile or photos. Rows of
 * other pupils are left out; deleted rows are carried as deleted, so the pupil's copy of a
 * comment the mentor took back is deleted too.
 */
import type { RecordBase } from '../domain';
import type { FeedbackDocument } from '../dossier/feedback/format';
import { buildFeedbackDocument } from '../dossier/feedback/serialize';
import type { ForPupil, MentorDatabase } from './database';
import { mentorFeedback, type MentorAuthor, type MentorComment } from './feedback';
import { mentorScores, type MentorScore } from './scores';
import { mentorTalks, type MentorTalkRow } from './talks';

export interface PupilFeedbackInput {
  dossierId: string;
  author: MentorAuthor;
  exportedAt: Date;
  generator: { name: string; version: string };
  /** The mentor's rows; rows of other pupils may be among them and are left out. */
  feedback: readonly MentorComment[];
  leermeter: readonly MentorScore[];
  talks: readonly MentorTalkRow[];
}

/** The record as the file carries it: the mentor database's `dossierId` tag taken off. */
function withoutDossierId<T extends RecordBase>(row: ForPupil<T>): T {
  const record: Record<string, unknown> = { ...row };
  delete record.dossierId;
  return record as T;
}

function forPupil<T extends RecordBase>(rows: readonly ForPupil<T>[], dossierId: string): T[] {
  return rows.filter((row) => row.dossierId === dossierId).map((row) => withoutDossierId(row));
}

/**
 * The document for one pupil, checked by the format's own builder: it throws when the file would
 * not pass the pupil's import (e.g. an empty author name), so such a file is never made.
 */
export function feedbackDocumentForPupil(input: PupilFeedbackInput): FeedbackDocument {
  return buildFeedbackDocument({
    dossierId: input.dossierId,
    author: { name: input.author.name.trim(), role: input.author.role },
    exportedAt: input.exportedAt,
    generator: input.generator,
    feedback: forPupil(input.feedback, input.dossierId),
    leermeter: forPupil(input.leermeter, input.dossierId),
    mentorTalks: forPupil(input.talks, input.dossierId),
  });
}

/** Everything the mentor wrote for one pupil, deleted rows included, as the export needs it. */
export async function readMentorRecords(
  db: MentorDatabase,
  dossierId: string,
): Promise<Pick<PupilFeedbackInput, 'feedback' | 'leermeter' | 'talks'>> {
  return db.transaction('r', [db.feedback, db.leermeter, db.talks], async () => ({
    feedback: await mentorFeedback.listAllFor(db, dossierId),
    leermeter: await mentorScores.listAllFor(db, dossierId),
    talks: await mentorTalks.listAllFor(db, dossierId),
  }));
}

/** What a document holds that the pupil will see (deleted rows only withdraw earlier ones). */
export function feedbackDocumentCounts(document: FeedbackDocument): {
  comments: number;
  scores: number;
  talks: number;
} {
  const live = (rows: readonly RecordBase[]) => rows.filter((row) => row.deletedAt === null).length;
  return {
    comments: live(document.feedback),
    scores: live(document.leermeter),
    talks: live(document.mentorTalks),
  };
}
