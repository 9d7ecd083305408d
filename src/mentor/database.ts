/**
 * Mentor mode ("Begeleiden"): a second IndexedDB database, apart from the pupil dossier in
 * src/db/database.ts, so a mentor's read-only copies of their pupils' dossiers never mix with a
 * dossier of their own, and "delete all copies" is one clear operation.
 *
 * It lives in src/mentor/ rather than src/db/ because it stores dossier documents, so it sits
 * beside src/dossier/ in the layers (domain → db → dossier → mentor → stores → views).
 *
 * Schema policy: the same as src/db/database.ts — a shipped version is never edited; changes come as
 * `this.version(n + 1)` with an upgrade and a test seeded from the old version; stored fields are
 * only ever added.
 *
 * What lives here:
 * - `pupils`: one row per pupil: the last imported dossier document (validated by the one import
 *   pipeline in src/dossier/read.ts), read-only. Re-importing a newer file of the same
 *   `dossierId` replaces `document` and keeps everything the mentor wrote.
 * - `pupilAttachments`: the photo bytes of those copies, keyed by dossier and attachment id.
 * - `feedback`, `leermeter`, `talks`: what the mentor wrote for a pupil, each row tagged with the
 *   pupil's `dossierId`; exported as a feedback file (src/dossier/feedback/format.ts).
 * - `drafts`, `settings`: the mentor's autosaved forms and their own name and role.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Feedback, LeermeterScore, MentorTalk } from '../domain';
import type { Draft, Setting } from '../db/database';
import type { DossierDocument } from '../dossier/format';

export const MENTOR_DATABASE_NAME = 'loopbaandossier-begeleiden';
export const MENTOR_DATABASE_VERSION = 1;

/** Version 1. Never edit once shipped: declare a version 2 instead. */
export const MENTOR_SCHEMA_V1 = Object.freeze({
  pupils: 'dossierId, name, importedAt',
  pupilAttachments: '[dossierId+id], dossierId',
  feedback: 'id, dossierId, targetId, updatedAt',
  leermeter: 'id, dossierId, [dossierId+competency], updatedAt',
  talks: 'id, dossierId, date, updatedAt',
  drafts: 'key, updatedAt',
  settings: 'key',
} as const);

/** A read-only copy of one pupil's dossier, as last imported. */
export interface PupilCopy {
  /** The pupil's dossierId (equals document.dossierId). */
  dossierId: string;
  /** Copied from document.profile.name so the list sorts and shows without loading documents. */
  name: string;
  /** When the mentor imported the current copy (UTC ISO). */
  importedAt: string;
  /** When the pupil made the file (document.exportedAt); a re-import only replaces an older one. */
  exportedAt: string;
  document: DossierDocument;
}

/** The bytes of one photo of a pupil's copy. */
export interface PupilAttachmentBlob {
  dossierId: string;
  id: string;
  blob: Blob;
}

/** What the mentor wrote is always tagged with the pupil it is for. */
export type ForPupil<T> = T & { dossierId: string };

type Store<T, K> = EntityTable<T, K extends keyof T ? K : never, T>;

export class MentorDatabase extends Dexie {
  declare readonly pupils: Store<PupilCopy, 'dossierId'>;
  declare readonly pupilAttachments: Dexie.Table<
    PupilAttachmentBlob,
    [string, string],
    PupilAttachmentBlob
  >;
  declare readonly feedback: Store<ForPupil<Feedback>, 'id'>;
  declare readonly leermeter: Store<ForPupil<LeermeterScore>, 'id'>;
  declare readonly talks: Store<ForPupil<MentorTalk>, 'id'>;
  declare readonly drafts: Store<Draft, 'key'>;
  declare readonly settings: Store<Setting, 'key'>;

  constructor(name: string = MENTOR_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(MENTOR_SCHEMA_V1);
  }
}

let mentorDatabase: MentorDatabase | undefined;

/** The app-wide mentor database, opened lazily on first query. */
export function getMentorDatabase(): MentorDatabase {
  mentorDatabase ??= new MentorDatabase(MENTOR_DATABASE_NAME);
  return mentorDatabase;
}

/** A separate instance, e.g. one per test with a unique name. */
export function createMentorDatabase(name: string, options?: DexieOptions): MentorDatabase {
  return new MentorDatabase(name, options);
}
