/**
 * What changed in a dossier since a moment: the mentor's "sinds het vorige gesprek" view.
 * Unlike the other insights, this looks at soft-deleted records, because reporting deletions
 * is part of its job.
 */
import type { DossierSnapshot } from './insights';
import type { RecordBase } from './primitives';

export type ChangeCollection =
  'experiences' | 'reflections' | 'goals' | 'traits' | 'choices' | 'conversations' | 'leermeter';

export interface ChangeItem {
  collection: ChangeCollection;
  id: string;
  at: string;
}

export interface DossierChanges {
  created: ChangeItem[];
  updated: ChangeItem[];
  deleted: ChangeItem[];
}

// Feedback is the mentor's own writing, not a change by the pupil.
const CHANGE_COLLECTIONS: readonly ChangeCollection[] = [
  'experiences',
  'reflections',
  'goals',
  'traits',
  'choices',
  'conversations',
  'leermeter',
];

/**
 * What changed after `since`, newest first. Each record lands in at most one list: a record
 * now in the trash is only reported as deleted, even when it was also created after `since`.
 */
export function changesSince(snapshot: DossierSnapshot, since: string): DossierChanges {
  // Compare instants, not strings: valid stamps from other tools may differ in precision
  // ("…:00Z" and "…:00.000Z"), which breaks text order.
  const sinceMs = Date.parse(since);
  if (Number.isNaN(sinceMs)) throw new RangeError(`Invalid moment: ${since}`);
  const after = (stamp: string) => Date.parse(stamp) > sinceMs;
  const changes: DossierChanges = { created: [], updated: [], deleted: [] };
  for (const collection of CHANGE_COLLECTIONS) {
    const records: readonly RecordBase[] = snapshot[collection];
    for (const { id, createdAt, updatedAt, deletedAt } of records) {
      if (deletedAt !== null) {
        if (after(deletedAt)) changes.deleted.push({ collection, id, at: deletedAt });
      } else if (after(createdAt)) {
        changes.created.push({ collection, id, at: createdAt });
      } else if (after(updatedAt)) {
        changes.updated.push({ collection, id, at: updatedAt });
      }
    }
  }
  const newestFirst = (a: ChangeItem, b: ChangeItem) => Date.parse(b.at) - Date.parse(a.at);
  changes.created.sort(newestFirst);
  changes.updated.sort(newestFirst);
  changes.deleted.sort(newestFirst);
  return changes;
}
