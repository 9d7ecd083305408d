/**
 * Creating and changing records. Times are passed in rather than read from the clock, so the
 * functions stay pure and tests can pin them.
 */
import type { CompetencyKey } from './competencies';
import type { RecordBase } from './primitives';
import {
  emptySloFields,
  type Afspraak,
  type Attachment,
  type Choice,
  type ChoiceKind,
  type Conversation,
  type ConversationKind,
  type Experience,
  type ExperienceKind,
  type Feedback,
  type FeedbackAuthorRole,
  type Goal,
  type LeermeterScore,
  type LeermeterStep,
  type Profile,
  type Reflection,
  type Scorer,
  type Sector,
  type Trait,
  type TraitKind,
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

export { localDay } from './days';

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

export interface NewReflectionInput {
  title: string;
  date: string;
}

export function createReflection(input: NewReflectionInput, now: Date): Reflection {
  return {
    ...newRecordBase(now),
    title: input.title.trim(),
    date: input.date,
    competencies: [],
    competencyReflections: {},
    slo: emptySloFields(),
    starr: null,
    private: false,
  };
}

export interface NewGoalInput {
  text: string;
  competency?: CompetencyKey | null;
  dueDate?: string | null;
  sourceId?: string | null;
}

export function createGoal(input: NewGoalInput, now: Date): Goal {
  return {
    ...newRecordBase(now),
    text: input.text.trim(),
    competency: input.competency ?? null,
    dueDate: input.dueDate ?? null,
    status: 'open',
    sourceId: input.sourceId ?? null,
  };
}

export interface NewTraitInput {
  kind: TraitKind;
  name: string;
  description?: string;
}

export function createTrait(input: NewTraitInput, now: Date): Trait {
  return {
    ...newRecordBase(now),
    kind: input.kind,
    name: input.name.trim(),
    description: input.description ?? '',
    evidenceIds: [],
  };
}

export interface NewChoiceInput {
  option: string;
  kind: ChoiceKind;
  date: string;
  note?: string;
}

export function createChoice(input: NewChoiceInput, now: Date): Choice {
  return {
    ...newRecordBase(now),
    option: input.option.trim(),
    kind: input.kind,
    pros: [],
    cons: [],
    status: 'overwegen',
    date: input.date,
    note: input.note ?? '',
  };
}

export interface NewConversationInput {
  kind: ConversationKind;
  date: string;
  topics?: string;
}

/** A conversation starts as preparation; `held` turns true once it is recorded afterwards. */
export function createConversation(input: NewConversationInput, now: Date): Conversation {
  return {
    ...newRecordBase(now),
    kind: input.kind,
    date: input.date,
    participants: [],
    preparationQuestions: [],
    topics: input.topics ?? '',
    summary: '',
    afspraken: [],
    goalIds: [],
    held: false,
  };
}

export function createAfspraak(text: string): Afspraak {
  return { id: newId(), text: text.trim(), done: false };
}

export interface NewLeermeterScoreInput {
  competency: CompetencyKey;
  step: LeermeterStep;
  date: string;
  /** Defaults to the pupil: scores by others arrive with the mentor's feedback. */
  scoredBy?: Scorer;
  scorerName?: string;
  note?: string;
}

export function createLeermeterScore(input: NewLeermeterScoreInput, now: Date): LeermeterScore {
  return {
    ...newRecordBase(now),
    competency: input.competency,
    step: input.step,
    scoredBy: input.scoredBy ?? 'leerling',
    scorerName: input.scorerName?.trim() ?? '',
    date: input.date,
    note: input.note ?? '',
  };
}

export interface NewFeedbackInput {
  targetId: string;
  authorName: string;
  authorRole: FeedbackAuthorRole;
  text: string;
}

export function createFeedback(input: NewFeedbackInput, now: Date): Feedback {
  return {
    ...newRecordBase(now),
    targetId: input.targetId,
    authorName: input.authorName.trim(),
    authorRole: input.authorRole,
    text: input.text.trim(),
  };
}

export interface NewAttachmentInput {
  ownerId: string;
  fileName: string;
  mediaType: Attachment['mediaType'];
  byteSize: number;
  width?: number | null;
  height?: number | null;
}

export function createAttachment(input: NewAttachmentInput, now: Date): Attachment {
  return {
    ...newRecordBase(now),
    ownerId: input.ownerId,
    fileName: input.fileName,
    mediaType: input.mediaType,
    byteSize: input.byteSize,
    width: input.width ?? null,
    height: input.height ?? null,
  };
}
