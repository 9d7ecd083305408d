/**
 * Where a checked feedback file (./read.ts) meets the pupil's database: the current state is read
 * and the merge planned (./merge.ts) and written inside ONE Dexie transaction, so an import lands
 * completely or not at all, and nothing is written when the file is refused.
 */
import type { Table } from 'dexie';
import type { DossierDatabase } from '../../db/database';
import { getProfile } from '../../db/repositories/profile';
import { isQuotaError } from '../../db/errors';
import type { FeedbackWriteFailure } from '../result';
import type { FeedbackDocument } from './format';
import {
  isPupilScore,
  planFeedbackMerge,
  type FeedbackMergeCurrent,
  type FeedbackMergePlan,
  type FeedbackMergeSummary,
} from './merge';

/** The pupil's own entry tables: a comment may be about a record of the first four. */
const TARGET_TABLES = ['experiences', 'reflections', 'goals', 'conversations'] as const;
const OTHER_PUPIL_TABLES = ['profile', 'traits', 'choices', 'attachments'] as const;

function feedbackTables(db: DossierDatabase): Table[] {
  return [
    db.feedback,
    db.leermeter,
    db.mentorTalks,
    ...[...TARGET_TABLES, ...OTHER_PUPIL_TABLES].map((name) => db.table(name)),
  ];
}

const byIdMap = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

/** Reads what the merge needs; call inside a transaction over feedbackTables(). */
async function readCurrent(db: DossierDatabase): Promise<FeedbackMergeCurrent> {
  const profile = await getProfile(db);
  const targetIds = new Set<string>();
  for (const name of TARGET_TABLES) {
    for (const key of await db.table(name).toCollection().primaryKeys()) targetIds.add(String(key));
  }
  const pupilRecordIds = new Set(targetIds);
  for (const name of OTHER_PUPIL_TABLES) {
    for (const key of await db.table(name).toCollection().primaryKeys())
      pupilRecordIds.add(String(key));
  }
  const leermeter = await db.leermeter.toArray();
  for (const score of leermeter) if (isPupilScore(score)) pupilRecordIds.add(score.id);
  return {
    dossierId: profile?.dossierId ?? null,
    feedback: byIdMap(await db.feedback.toArray()),
    leermeter: byIdMap(leermeter.filter((score) => !isPupilScore(score))),
    mentorTalks: byIdMap(await db.mentorTalks.toArray()),
    pupilRecordIds,
    targetIds,
  };
}

/** What importing this feedback would do, without writing anything: for a preview. */
export async function planFeedbackImport(
  db: DossierDatabase,
  document: FeedbackDocument,
): Promise<FeedbackMergePlan> {
  return db.transaction('r', feedbackTables(db), async () =>
    planFeedbackMerge(await readCurrent(db), document),
  );
}

export type FeedbackImportResult =
  { kind: 'ok'; summary: FeedbackMergeSummary } | FeedbackWriteFailure;

/**
 * Merges a checked feedback file into the pupil's dossier in one transaction: comments, the
 * mentor's leermeter scores and mentor talks. Refuses (nothing written) a file for another
 * dossier, a device without a dossier, and a file that would overwrite anything the pupil wrote.
 */
export async function importFeedbackIntoDatabase(
  db: DossierDatabase,
  document: FeedbackDocument,
): Promise<FeedbackImportResult> {
  try {
    return await db.transaction(
      'rw',
      feedbackTables(db),
      async (): Promise<FeedbackImportResult> => {
        const plan = planFeedbackMerge(await readCurrent(db), document);
        if (plan.kind !== 'ok') return plan;
        const { writes } = plan;
        if (writes.feedback.length > 0) await db.feedback.bulkPut(writes.feedback);
        if (writes.leermeter.length > 0) await db.leermeter.bulkPut(writes.leermeter);
        if (writes.mentorTalks.length > 0) await db.mentorTalks.bulkPut(writes.mentorTalks);
        return { kind: 'ok', summary: plan.summary };
      },
    );
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full' };
    return { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
