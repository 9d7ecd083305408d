/**
 * The trash: every record the pupil deleted, of every kind, until they empty it. Records in the
 * trash are ordinary rows with `deletedAt` set (see record-repository.ts); this module gathers
 * them across tables, restores one, and purges them all in a single transaction.
 */
import type {
  Attachment,
  Choice,
  Conversation,
  Experience,
  Feedback,
  Goal,
  LeermeterScore,
  Reflection,
  Trait,
} from '../../domain';
import type { DossierDatabase } from '../database';
import { attachments } from './attachments';
import { choices } from './choices';
import { conversations } from './conversations';
import { experiences } from './experiences';
import { feedback } from './feedback';
import { goals } from './goals';
import { leermeter } from './leermeter';
import { reflections } from './reflections';
import { traits } from './traits';

/** A record in the trash, tagged with its kind (its table). */
export type TrashEntry =
  | { kind: 'experiences'; record: Experience }
  | { kind: 'reflections'; record: Reflection }
  | { kind: 'goals'; record: Goal }
  | { kind: 'traits'; record: Trait }
  | { kind: 'choices'; record: Choice }
  | { kind: 'conversations'; record: Conversation }
  | { kind: 'leermeter'; record: LeermeterScore }
  | { kind: 'feedback'; record: Feedback }
  /** `ownerTitle`: the title of the experience the photo belongs to, if it still exists. */
  | { kind: 'attachments'; record: Attachment; ownerTitle: string | null };

export type TrashKind = TrashEntry['kind'];

/**
 * Every repository whose records can be in the trash. Experiences come before attachments, so
 * emptying the trash purges an experience's photos with it before looking at loose photos.
 */
const REPOSITORIES = {
  experiences,
  reflections,
  goals,
  traits,
  choices,
  conversations,
  leermeter,
  feedback,
  attachments,
} as const;

export const TRASH_KINDS = Object.keys(REPOSITORIES) as TrashKind[];

function trashTables(db: DossierDatabase) {
  return [
    db.experiences,
    db.reflections,
    db.goals,
    db.traits,
    db.choices,
    db.conversations,
    db.leermeter,
    db.feedback,
    db.attachments,
    db.attachmentBlobs,
    db.drafts,
  ];
}

/** Everything in the trash, most recently deleted first. */
export async function listTrash(db: DossierDatabase): Promise<TrashEntry[]> {
  return db.transaction('r', trashTables(db), async () => {
    const photos = await attachments.listDeleted(db);
    const owners = await db.experiences.bulkGet([...new Set(photos.map((p) => p.ownerId))]);
    const ownerTitles = new Map(
      owners.flatMap((owner) => (owner ? [[owner.id, owner.title]] : [])),
    );
    const entries: TrashEntry[] = [
      ...(await experiences.listDeleted(db)).map((record) => ({
        kind: 'experiences' as const,
        record,
      })),
      ...(await reflections.listDeleted(db)).map((record) => ({
        kind: 'reflections' as const,
        record,
      })),
      ...(await goals.listDeleted(db)).map((record) => ({ kind: 'goals' as const, record })),
      ...(await traits.listDeleted(db)).map((record) => ({ kind: 'traits' as const, record })),
      ...(await choices.listDeleted(db)).map((record) => ({ kind: 'choices' as const, record })),
      ...(await conversations.listDeleted(db)).map((record) => ({
        kind: 'conversations' as const,
        record,
      })),
      ...(await leermeter.listDeleted(db)).map((record) => ({
        kind: 'leermeter' as const,
        record,
      })),
      ...(await feedback.listDeleted(db)).map((record) => ({ kind: 'feedback' as const, record })),
      ...photos.map((record) => ({
        kind: 'attachments' as const,
        record,
        ownerTitle: ownerTitles.get(record.ownerId) ?? null,
      })),
    ];
    return entries.sort(byDeletedAtDescending);
  });
}

function byDeletedAtDescending(a: TrashEntry, b: TrashEntry): number {
  const left = a.record.deletedAt ?? '';
  const right = b.record.deletedAt ?? '';
  if (left !== right) return left < right ? 1 : -1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/** Takes one record out of the trash; undefined when it does not exist (any more). */
export function restoreFromTrash(
  db: DossierDatabase,
  kind: TrashKind,
  id: string,
  now: Date,
): Promise<unknown> {
  return REPOSITORIES[kind].restore(db, id, now);
}

/**
 * Deletes everything in the trash for good, in one transaction: all of it or nothing. Photos of
 * a purged experience go with it, and so do autosaved drafts of purged records (keys such as
 * `experience:<id>`), which would otherwise linger unseen. Returns how many records were purged.
 */
export async function emptyTrash(db: DossierDatabase): Promise<number> {
  return db.transaction('rw', trashTables(db), async () => {
    const purged: string[] = [];
    for (const kind of TRASH_KINDS) {
      const repository = REPOSITORIES[kind];
      const ids = (await repository.listDeleted(db)).map((record) => record.id);
      purged.push(...(await repository.purge(db, ids)));
    }
    if (purged.length > 0) {
      const gone = new Set(purged);
      await db.drafts
        .filter((draft) => draft.key.split(':').some((part) => gone.has(part)))
        .delete();
    }
    return purged.length;
  });
}
