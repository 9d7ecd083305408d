/** What a dossier file holds, in numbers: for the import preview, the CLI and the merge summary. */
import { RECORD_COLLECTIONS, type DossierDocument, type RecordCollection } from './format';

export interface CollectionCount {
  /** Records not in the trash. */
  live: number;
  /** Records in the trash, carried along so merges respect the deletion. */
  deleted: number;
}

export interface DossierSummary {
  formatVersion: number;
  dossierId: string;
  name: string;
  exportedAt: string;
  generator: string;
  complete: boolean;
  counts: Record<RecordCollection, CollectionCount>;
  /** Earliest and latest calendar day of the dated entries, or null when there are none. */
  dateRange: { from: string; to: string } | null;
  attachmentBytes: number;
}

export function summarizeDocument(document: DossierDocument): DossierSummary {
  const counts = Object.fromEntries(
    RECORD_COLLECTIONS.map((name) => {
      const records: readonly { deletedAt: string | null }[] = document[name];
      const deleted = records.filter((record) => record.deletedAt !== null).length;
      return [name, { live: records.length - deleted, deleted }];
    }),
  ) as Record<RecordCollection, CollectionCount>;

  const days = [
    ...document.experiences,
    ...document.reflections,
    ...document.choices,
    ...document.conversations,
    ...document.leermeter,
  ]
    .filter((record) => record.deletedAt === null)
    .map((record) => record.date)
    .sort();

  return {
    formatVersion: document.formatVersion,
    dossierId: document.dossierId,
    name: document.profile.name,
    exportedAt: document.exportedAt,
    generator: `${document.generator.name} ${document.generator.version}`,
    complete: document.complete,
    counts,
    dateRange: days.length > 0 ? { from: days[0]!, to: days[days.length - 1]! } : null,
    attachmentBytes: document.attachments.reduce((sum, attachment) => sum + attachment.byteSize, 0),
  };
}
