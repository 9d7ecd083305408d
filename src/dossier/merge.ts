/**
 * The merge rule for two copies of one dossier (same dossierId), record by record:
 * a record only in the file is added; a record in both is replaced only when the file's copy was
 * changed later (`updatedAt`); otherwise the device keeps its own. Deleting a record moves its
 * `updatedAt` too (markDeleted), so a deletion on either side wins over an older edit, and
 * a record is never duplicated because ids are compared, not contents.
 */
import type { RecordBase } from '../domain/primitives';
import { RECORD_COLLECTIONS, type RecordCollection } from './format';

export type MergeDecision = 'add' | 'update' | 'keep';

export function decideMerge(existing: RecordBase | undefined, incoming: RecordBase): MergeDecision {
  if (existing === undefined) return 'add';
  // Compared as moments, not strings: "…:00Z" and "…:00.000Z" are the same time.
  return Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt) ? 'update' : 'keep';
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type MergeTarget = 'profile' | RecordCollection;
export const MERGE_TARGETS: readonly MergeTarget[] = ['profile', ...RECORD_COLLECTIONS];

export interface MergeSummary {
  /** `create`: the device had no dossier yet; `merge`: the file joined the pupil's own. */
  mode: 'create' | 'merge';
  counts: Record<MergeTarget, MergeCounts>;
  /** Over the record collections (not the profile): what the pupil sees as "12 nieuw, 3 bijgewerkt". */
  added: number;
  updated: number;
  unchanged: number;
}

export function emptyCounts(): Record<MergeTarget, MergeCounts> {
  return Object.fromEntries(
    MERGE_TARGETS.map((target) => [target, { added: 0, updated: 0, unchanged: 0 }]),
  ) as Record<MergeTarget, MergeCounts>;
}

export function summarizeMerge(
  mode: MergeSummary['mode'],
  counts: Record<MergeTarget, MergeCounts>,
): MergeSummary {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const name of RECORD_COLLECTIONS) {
    added += counts[name].added;
    updated += counts[name].updated;
    unchanged += counts[name].unchanged;
  }
  return { mode, counts, added, updated, unchanged };
}
