/**
 * The merge rule for a feedback file on the pupil's side, as a pure function (no Dexie), so it is
 * tested on plain arrays and the database module only reads and writes around it.
 *
 * - The file must be addressed to the pupil's dossier (`dossierId`), or nothing is merged.
 * - The mentor's records are added; a record already there (same id) is replaced only when the
 *   file's copy was changed later (`updatedAt`, see ../merge.ts decideMerge), so the same file
 *   twice changes nothing, and an older file never undoes a newer one.
 * - What the pupil wrote is never overwritten: when any record of the file has the id of a record
 *   the pupil wrote (an entry, or a leermeter score with `scoredBy: 'leerling'`), the whole file
 *   is refused.
 * - A comment on an entry that is not in the pupil's dossier (deleted for good, or never there)
 *   is left out and counted, so the summary can say so; the rest of the file is merged.
 */
import type { RecordBase } from '../../domain/primitives';
import type { Feedback, LeermeterScore, MentorTalk } from '../../domain/records';
import { decideMerge, type MergeCounts } from '../merge';
import type { FeedbackWriteFailure } from '../result';
import type { FeedbackDocument } from './format';
import { FEEDBACK_COLLECTIONS, type FeedbackCollection } from './validate';

/** What the pupil's dossier holds, as far as merging a feedback file needs it. */
export interface FeedbackMergeCurrent {
  /** The pupil's profile.dossierId; null when the device has no dossier yet. */
  dossierId: string | null;
  /** The mentor's records already in the dossier (trash included), found by id. */
  feedback: ReadonlyMap<string, Feedback>;
  leermeter: ReadonlyMap<string, LeermeterScore>;
  mentorTalks: ReadonlyMap<string, MentorTalk>;
  /** Ids of every record the pupil wrote: profile, entries, attachments, own leermeter scores. */
  pupilRecordIds: ReadonlySet<string>;
  /** Ids of the entries a comment may be about (experiences, reflections, goals, conversations). */
  targetIds: ReadonlySet<string>;
}

export interface FeedbackMergeSummary {
  counts: Record<FeedbackCollection, MergeCounts>;
  added: number;
  updated: number;
  unchanged: number;
  /** Comments left out because the entry they are about is not in the dossier. */
  skippedComments: number;
  /** True when the file brings nothing the dossier does not have yet. */
  nothingNew: boolean;
}

export interface FeedbackMergeWrites {
  feedback: Feedback[];
  leermeter: LeermeterScore[];
  mentorTalks: MentorTalk[];
}

export type FeedbackMergePlan =
  | { kind: 'ok'; summary: FeedbackMergeSummary; writes: FeedbackMergeWrites }
  | Exclude<FeedbackWriteFailure, { kind: 'storage-full' | 'write-failed' }>;

/** True for a leermeter score the pupil gave themselves: never the mentor's to change. */
export function isPupilScore(score: LeermeterScore): boolean {
  return score.scoredBy === 'leerling';
}

/** Decides what merging `incoming` into `current` would write. Pure; nothing is written. */
export function planFeedbackMerge(
  current: FeedbackMergeCurrent,
  incoming: FeedbackDocument,
): FeedbackMergePlan {
  if (current.dossierId === null) return { kind: 'no-dossier' };
  if (current.dossierId !== incoming.dossierId) return { kind: 'other-dossier' };

  for (const collection of FEEDBACK_COLLECTIONS) {
    for (const record of incoming[collection]) {
      const clash =
        current.pupilRecordIds.has(record.id) ||
        (collection === 'leermeter' &&
          current.leermeter.get(record.id) !== undefined &&
          isPupilScore(current.leermeter.get(record.id)!));
      if (clash) return { kind: 'pupil-record', collection, id: record.id };
    }
  }

  const counts = Object.fromEntries(
    FEEDBACK_COLLECTIONS.map((name) => [name, { added: 0, updated: 0, unchanged: 0 }]),
  ) as Record<FeedbackCollection, MergeCounts>;

  function choose<T extends RecordBase>(
    name: FeedbackCollection,
    records: readonly T[],
    existing: ReadonlyMap<string, T>,
  ): T[] {
    const chosen: T[] = [];
    for (const record of records) {
      const decision = decideMerge(existing.get(record.id), record);
      if (decision === 'keep') counts[name].unchanged += 1;
      else {
        counts[name][decision === 'add' ? 'added' : 'updated'] += 1;
        chosen.push(record);
      }
    }
    return chosen;
  }

  const comments = incoming.feedback.filter((comment) => current.targetIds.has(comment.targetId));
  const writes: FeedbackMergeWrites = {
    feedback: choose('feedback', comments, current.feedback),
    leermeter: choose('leermeter', incoming.leermeter, current.leermeter),
    mentorTalks: choose('mentorTalks', incoming.mentorTalks, current.mentorTalks),
  };

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const name of FEEDBACK_COLLECTIONS) {
    added += counts[name].added;
    updated += counts[name].updated;
    unchanged += counts[name].unchanged;
  }
  return {
    kind: 'ok',
    summary: {
      counts,
      added,
      updated,
      unchanged,
      skippedComments: incoming.feedback.length - comments.length,
      nothingNew: added + updated === 0,
    },
    writes,
  };
}
