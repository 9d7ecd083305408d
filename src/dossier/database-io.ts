/**
 * Where dossier files meet the database: reading everything for an export, and writing an
 * imported dossier, which ./read.ts has fully checked before, in ONE Dexie transaction, so an
 * import lands completely or not at all. Drafts and settings are device-local and are neither
 * exported nor touched by an import.
 */
import type { Table } from 'dexie';
import type { Attachment, Profile } from '../domain/records';
import type { RecordBase } from '../domain/primitives';
import type { DossierDatabase } from '../db/database';
import { getProfile } from '../db/repositories/profile';
import { isQuotaError } from '../db/errors';
import { bufferView } from './bytes';
import { RECORD_COLLECTIONS, type DossierDocument, type RecordCollection } from './format';
import { decideMerge, emptyCounts, summarizeMerge, type MergeSummary } from './merge';
import type { ImportedDossier } from './read';
import type { WriteFailure } from './result';
import type { DossierContents } from './serialize';

type AnyRecordTable = Table<RecordBase & Record<string, unknown>, string>;

function recordTable(db: DossierDatabase, name: RecordCollection): AnyRecordTable {
  return db.table(name) as AnyRecordTable;
}

/** Every table an import writes to. */
function importTables(db: DossierDatabase): Table[] {
  return [db.profile, ...RECORD_COLLECTIONS.map((name) => db.table(name)), db.attachmentBlobs];
}

/** The whole dossier as stored, trash included; null when there is no profile yet. */
export async function readDossierContents(db: DossierDatabase): Promise<DossierContents | null> {
  return db.transaction('r', importTables(db), async () => {
    const profile = await getProfile(db);
    if (!profile) return null;
    return {
      profile,
      experiences: await db.experiences.toArray(),
      reflections: await db.reflections.toArray(),
      goals: await db.goals.toArray(),
      traits: await db.traits.toArray(),
      choices: await db.choices.toArray(),
      conversations: await db.conversations.toArray(),
      leermeter: await db.leermeter.toArray(),
      feedback: await db.feedback.toArray(),
      attachments: await db.attachments.toArray(),
      mentorTalks: await db.mentorTalks.toArray(),
    };
  });
}

/** The bytes of the given attachments, by id; an attachment without stored bytes is left out. */
export async function readAttachmentFiles(
  db: DossierDatabase,
  attachments: readonly Pick<Attachment, 'id'>[],
): Promise<Map<string, Uint8Array>> {
  const rows = await db.attachmentBlobs.bulkGet(attachments.map((attachment) => attachment.id));
  const files = new Map<string, Uint8Array>();
  for (const row of rows) {
    if (row) files.set(row.id, new Uint8Array(await row.blob.arrayBuffer()));
  }
  return files;
}

export type ImportPlan =
  | { kind: 'ok'; summary: MergeSummary }
  | { kind: 'other-pupil'; fileName: string; ownName: string };

interface PlannedWrite {
  plan: ImportPlan;
  profile: Profile | null;
  /** Profiles to remove first: the same dossier stored under another profile id. */
  replacedProfileIds: string[];
  records: Map<RecordCollection, (RecordBase & Record<string, unknown>)[]>;
}

/** Strips the manifest fields: the database keeps the attachment record, the blob apart. */
function storedRecord(name: RecordCollection, record: RecordBase & Record<string, unknown>) {
  if (name !== 'attachments') return record;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { path, sha256, ...attachment } = record;
  return attachment as RecordBase & Record<string, unknown>;
}

/** Decides, inside the caller's transaction, what an import would add and replace. */
/**
 * The stored records with these ids, in the same order (undefined where none). Only the ids the
 * table holds are fetched, one request each: a first import of a six-year dossier into an empty
 * database then reads the table's keys once instead of thousands of absent records.
 */
async function existingRecords<T>(
  table: Table<T, string>,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  const stored = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => stored.has(id));
  const found = new Map<string, T | undefined>();
  (await table.bulkGet(present)).forEach((record, index) => found.set(present[index]!, record));
  return ids.map((id) => found.get(id));
}

async function planWrite(db: DossierDatabase, document: DossierDocument): Promise<PlannedWrite> {
  const counts = emptyCounts();
  const records = new Map<RecordCollection, (RecordBase & Record<string, unknown>)[]>();
  const existingProfile = await getProfile(db);
  const incoming = document.profile;

  if (existingProfile && existingProfile.dossierId !== document.dossierId) {
    return {
      plan: { kind: 'other-pupil', fileName: incoming.name, ownName: existingProfile.name },
      profile: null,
      replacedProfileIds: [],
      records,
    };
  }

  let profile: Profile | null = null;
  const replacedProfileIds: string[] = [];
  const profileDecision = decideMerge(existingProfile, incoming);
  if (profileDecision === 'keep') counts.profile.unchanged += 1;
  else {
    profile = incoming;
    counts.profile[profileDecision === 'add' ? 'added' : 'updated'] += 1;
    if (existingProfile && existingProfile.id !== incoming.id)
      replacedProfileIds.push(existingProfile.id);
  }

  for (const name of RECORD_COLLECTIONS) {
    const incomingRecords = document[name] as readonly (RecordBase & Record<string, unknown>)[];
    const existing = await existingRecords(
      recordTable(db, name),
      incomingRecords.map((record) => record.id),
    );
    const chosen: (RecordBase & Record<string, unknown>)[] = [];
    incomingRecords.forEach((record, index) => {
      const decision = decideMerge(existing[index], record);
      if (decision === 'keep') counts[name].unchanged += 1;
      else {
        counts[name][decision === 'add' ? 'added' : 'updated'] += 1;
        chosen.push(storedRecord(name, record));
      }
    });
    records.set(name, chosen);
  }
  return {
    plan: { kind: 'ok', summary: summarizeMerge(existingProfile ? 'merge' : 'create', counts) },
    profile,
    replacedProfileIds,
    records,
  };
}

/** What importing this document would do, without writing anything: for the preview. */
export async function planImport(
  db: DossierDatabase,
  document: DossierDocument,
): Promise<ImportPlan> {
  return db.transaction('r', importTables(db), async () => (await planWrite(db, document)).plan);
}

export type WriteResult = { kind: 'ok'; summary: MergeSummary } | WriteFailure;

/**
 * Writes a checked dossier: creates the dossier on an empty device, merges it into the pupil's
 * own when the dossierId matches, and refuses another pupil's dossier. One transaction.
 */
export async function writeImport(
  db: DossierDatabase,
  dossier: ImportedDossier,
): Promise<WriteResult> {
  try {
    return await db.transaction('rw', importTables(db), async (): Promise<WriteResult> => {
      const planned = await planWrite(db, dossier.document);
      if (planned.plan.kind === 'other-pupil') return planned.plan;
      if (planned.replacedProfileIds.length > 0)
        await db.profile.bulkDelete(planned.replacedProfileIds);
      if (planned.profile) await db.profile.put(planned.profile);
      const attachments = (planned.records.get('attachments') ?? []) as unknown as Attachment[];
      const blobs = attachments.map((attachment) => {
        const bytes = dossier.files.get(attachment.id);
        // read.ts checked every listed file; a missing one here is a bug, and aborts the write.
        if (!bytes) throw new Error(`No bytes for attachment ${attachment.id}`);
        return {
          id: attachment.id,
          blob: new Blob([bufferView(bytes)], { type: attachment.mediaType }),
        };
      });
      // Every table's requests are queued at once; the transaction still commits all or nothing.
      const writes = [...planned.records]
        .filter(([, records]) => records.length > 0)
        .map(([name, records]) => recordTable(db, name).bulkPut(records));
      if (blobs.length > 0) writes.push(db.attachmentBlobs.bulkPut(blobs));
      await Promise.all(writes);
      return { kind: 'ok', summary: planned.plan.summary };
    });
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full' };
    return { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
