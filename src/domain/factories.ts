/**
 * Creating and changing records. Times are passed in rather than read from the clock, so the
 * functions stay pure and tests can pin them.
 */
import type { RecordBase } from './primitives';
import {
  emptySloFields,
  type Experience,
  type ExperienceKind,
  type Profile,
  type Sector,
} from './records';

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function newRecordBase(now: Date): RecordBase {
  const stamp = now.toISOString();
  return { id: newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
}

/** Returns a copy with the changes applied and `updatedAt` moved to `now`. */
export function withChanges<T extends RecordBase>(
  record: T,
  changes: Partial<Omit<T, keyof RecordBase>>,
  now: Date,
): T {
  return { ...record, ...changes, updatedAt: now.toISOString() };
}

export function markDeleted<T extends RecordBase>(record: T, now: Date): T {
  const stamp = now.toISOString();
  return { ...record, deletedAt: stamp, updatedAt: stamp };
}

export function markRestored<T extends RecordBase>(record: T, now: Date): T {
  return { ...record, deletedAt: null, updatedAt: now.toISOString() };
}

export function isLive(record: RecordBase): boolean {
  return record.deletedAt === null;
}

/** The local calendar day of a moment, as `YYYY-MM-DD` (not UTC: a pupil's "today"). */
export function localDay(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export interface NewProfileInput {
  name: string;
  school?: string;
  sector: Sector;
  year?: number | null;
  mentor?: string;
}

export function createProfile(input: NewProfileInput, now: Date): Profile {
  return {
    ...newRecordBase(now),
    dossierId: newId(),
    name: input.name.trim(),
    school: input.school?.trim() ?? '',
    sector: input.sector,
    year: input.year ?? null,
    mentor: input.mentor?.trim() ?? '',
  };
}

export interface NewExperienceInput {
  kind: ExperienceKind;
  title: string;
  date: string;
  place?: string;
  contact?: { name: string; role: string };
  description?: string;
}

export function createExperience(input: NewExperienceInput, now: Date): Experience {
  return {
    ...newRecordBase(now),
    kind: input.kind,
    title: input.title.trim(),
    date: input.date,
    place: input.place?.trim() ?? '',
    contact: {
      name: input.contact?.name.trim() ?? '',
      role: input.contact?.role.trim() ?? '',
    },
    description: input.description ?? '',
    competencies: [],
    competencyReflections: {},
    slo: emptySloFields(),
    starr: null,
    rating: null,
    private: false,
    attachmentIds: [],
  };
}
