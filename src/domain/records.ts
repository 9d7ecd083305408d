/**
 * The records of a loopbaandossier, as zod schemas with their inferred types.
 * Policy: these shapes are stored on the pupil's device and travel in dossier files, so fields
 * are only ever added (optional, or with a default filled in by a database upgrade and a file
 * migration); they are never renamed, retyped or removed.
 * Every object is strict: unknown keys are refused rather than silently carried along.
 */
import { z } from 'zod';
import { COMPETENCY_KEYS, type CompetencyKey } from './competencies';
import {
  competencyKey,
  isoDate,
  isoDateTime,
  longText,
  recordBase,
  shortText,
  uuid,
} from './primitives';

// ---------------------------------------------------------------------------------------------
// Profile

export const SECTORS = [
  'vmbo-bb',
  'vmbo-kb',
  'vmbo-gl',
  'vmbo-tl',
  'havo',
  'vwo',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
  'hbo',
  'anders',
] as const;
export type Sector = (typeof SECTORS)[number];

export const profileSchema = z.strictObject({
  ...recordBase,
  /** Identifies this pupil's dossier for ever, across devices and exports; merges rely on it. */
  dossierId: uuid,
  name: z.string().trim().min(1).max(100),
  school: shortText,
  sector: z.enum(SECTORS),
  /** Leerjaar; null when the pupil leaves it open. */
  year: z.number().int().min(1).max(8).nullable(),
  mentor: shortText,
});
export type Profile = z.infer<typeof profileSchema>;

// ---------------------------------------------------------------------------------------------
// Reflection content, shared by experiences and standalone reflections

/** The four questions the SLO asks about every LOB activity. */
export const sloFieldsSchema = z.strictObject({
  doel: longText,
  resultaat: longText,
  vondIkErvan: longText,
  gevolg: longText,
});
export type SloFields = z.infer<typeof sloFieldsSchema>;

export const starrSchema = z.strictObject({
  situatie: longText,
  taak: longText,
  actie: longText,
  resultaat: longText,
  reflectie: longText,
});
export type Starr = z.infer<typeof starrSchema>;

/** What the pupil wrote per competency; only the competencies they chose are present. */
export const competencyReflectionsSchema = z.strictObject(
  Object.fromEntries(COMPETENCY_KEYS.map((key) => [key, longText.optional()])) as Record<
    CompetencyKey,
    z.ZodOptional<typeof longText>
  >,
);
export type CompetencyReflections = z.infer<typeof competencyReflectionsSchema>;

const reflectionContent = {
  /** The competencies this entry touched; indexed so the timeline can filter on them. */
  competencies: z.array(competencyKey).max(COMPETENCY_KEYS.length),
  competencyReflections: competencyReflectionsSchema,
  slo: sloFieldsSchema,
  /** Present when the pupil chose to reflect with the STARR method. */
  starr: starrSchema.nullable(),
};

export function emptySloFields(): SloFields {
  return { doel: '', resultaat: '', vondIkErvan: '', gevolg: '' };
}

// ---------------------------------------------------------------------------------------------
// Ervaring (experience)

export const EXPERIENCE_KINDS = [
  'snuffelstage',
  'meeloopdag',
  'open-dag',
  'bpv',
  'bedrijfsbezoek',
  'gastles',
  'bijbaan',
  'vrijwilligerswerk',
  'project',
  'workshop',
  'beroepentest',
  'gesprek-professional',
  'voorlichting',
  'anders',
] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const contactSchema = z.strictObject({
  name: shortText,
  role: shortText,
});
export type Contact = z.infer<typeof contactSchema>;

export const experienceSchema = z.strictObject({
  ...recordBase,
  kind: z.enum(EXPERIENCE_KINDS),
  title: z.string().trim().min(1).max(200),
  date: isoDate,
  place: shortText,
  contact: contactSchema,
  description: longText,
  ...reflectionContent,
  /** How the pupil liked it, 1 (not at all) to 5 (very much); null when not rated. */
  rating: z.number().int().min(1).max(5).nullable(),
  /** Private entries stay out of exports unless the pupil includes them. */
  private: z.boolean(),
  attachmentIds: z.array(uuid).max(100),
});
export type Experience = z.infer<typeof experienceSchema>;

// ---------------------------------------------------------------------------------------------
// Reflectie that stands on its own, not tied to an experience

export const reflectionSchema = z.strictObject({
  ...recordBase,
  title: z.string().trim().min(1).max(200),
  date: isoDate,
  ...reflectionContent,
  private: z.boolean(),
});
export type Reflection = z.infer<typeof reflectionSchema>;

// ---------------------------------------------------------------------------------------------
// Goals and next steps

export const GOAL_STATUSES = ['open', 'bezig', 'gedaan', 'losgelaten'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const goalSchema = z.strictObject({
  ...recordBase,
  text: z.string().trim().min(1).max(500),
  competency: competencyKey.nullable(),
  dueDate: isoDate.nullable(),
  status: z.enum(GOAL_STATUSES),
  /** The experience, reflection or conversation this goal came out of, if any. */
  sourceId: uuid.nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

// ---------------------------------------------------------------------------------------------
// Kwaliteiten and motieven

export const TRAIT_KINDS = ['kwaliteit', 'motief'] as const;
export type TraitKind = (typeof TRAIT_KINDS)[number];

export const traitSchema = z.strictObject({
  ...recordBase,
  kind: z.enum(TRAIT_KINDS),
  name: z.string().trim().min(1).max(200),
  description: longText,
  /** Experiences and reflections that show this quality or motive. */
  evidenceIds: z.array(uuid).max(500),
});
export type Trait = z.infer<typeof traitSchema>;

// ---------------------------------------------------------------------------------------------
// Keuzes

export const CHOICE_KINDS = ['opleiding', 'beroep', 'anders'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];
export const CHOICE_STATUSES = ['overwegen', 'gekozen', 'afgevallen'] as const;
export type ChoiceStatus = (typeof CHOICE_STATUSES)[number];

export const choiceSchema = z.strictObject({
  ...recordBase,
  option: z.string().trim().min(1).max(200),
  kind: z.enum(CHOICE_KINDS),
  pros: z.array(shortText).max(50),
  cons: z.array(shortText).max(50),
  status: z.enum(CHOICE_STATUSES),
  date: isoDate,
  note: longText,
});
export type Choice = z.infer<typeof choiceSchema>;

// ---------------------------------------------------------------------------------------------
// Loopbaangesprek

export const CONVERSATION_KINDS = [
  'voortgangsgesprek',
  'loopbaanreflectiegesprek',
  'trialoog',
  'intakegesprek',
  'anders',
] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const afspraakSchema = z.strictObject({
  id: uuid,
  text: z.string().trim().min(1).max(500),
  done: z.boolean(),
});
export type Afspraak = z.infer<typeof afspraakSchema>;

export const conversationSchema = z.strictObject({
  ...recordBase,
  kind: z.enum(CONVERSATION_KINDS),
  date: isoDate,
  participants: z.array(contactSchema).max(20),
  /** Prepared beforehand: the questions the pupil wants to ask. */
  preparationQuestions: z.array(z.string().max(500)).max(50),
  /** Prepared beforehand: what the pupil wants to talk about. */
  topics: longText,
  /** Recorded afterwards. */
  summary: longText,
  afspraken: z.array(afspraakSchema).max(100),
  goalIds: z.array(uuid).max(100),
  /** False while the talk is only prepared; true once it took place and was recorded. */
  held: z.boolean(),
});
export type Conversation = z.infer<typeof conversationSchema>;

// ---------------------------------------------------------------------------------------------
// Leermeter

export const LEERMETER_STEPS = [1, 2, 3, 4] as const;
export type LeermeterStep = (typeof LEERMETER_STEPS)[number];
export const SCORERS = ['leerling', 'mentor', 'praktijkopleider'] as const;
export type Scorer = (typeof SCORERS)[number];

export const leermeterScoreSchema = z.strictObject({
  ...recordBase,
  competency: competencyKey,
  step: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  scoredBy: z.enum(SCORERS),
  scorerName: shortText,
  date: isoDate,
  note: z.string().max(1000),
});
export type LeermeterScore = z.infer<typeof leermeterScoreSchema>;

// ---------------------------------------------------------------------------------------------
// Attachments (metadata; the bytes are stored separately)

export const IMAGE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const attachmentSchema = z.strictObject({
  ...recordBase,
  /** The record the attachment belongs to (an experience, for photos). */
  ownerId: uuid,
  fileName: z.string().min(1).max(255),
  mediaType: z.enum(IMAGE_MEDIA_TYPES),
  byteSize: z
    .number()
    .int()
    .min(0)
    .max(20 * 1024 * 1024),
  width: z.number().int().min(1).max(20_000).nullable(),
  height: z.number().int().min(1).max(20_000).nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

// ---------------------------------------------------------------------------------------------
// Mentor feedback, shown beside the pupil's own text and never mixed into it

export const FEEDBACK_AUTHOR_ROLES = [
  'mentor',
  'slb',
  'coach',
  'decaan',
  'loopbaanbegeleider',
  'praktijkopleider',
] as const;
export type FeedbackAuthorRole = (typeof FEEDBACK_AUTHOR_ROLES)[number];

export const feedbackSchema = z.strictObject({
  ...recordBase,
  /** The entry commented on: an experience, reflection, goal or conversation. */
  targetId: uuid,
  authorName: shortText,
  authorRole: z.enum(FEEDBACK_AUTHOR_ROLES),
  text: z.string().trim().min(1).max(5000),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/**
 * The mentor's own record of a loopbaangesprek with the pupil: what the mentor wrote, kept apart
 * from the pupil's conversations so it can sit beside them without ever changing them. It reaches
 * the pupil through a feedback file (src/dossier/feedback/format.ts).
 */
export const mentorTalkSchema = z.strictObject({
  ...recordBase,
  /** The pupil's own (prepared) conversation this talk belongs to, when there is one. */
  conversationId: uuid.nullable(),
  kind: z.enum(CONVERSATION_KINDS),
  date: isoDate,
  authorName: shortText,
  authorRole: z.enum(FEEDBACK_AUTHOR_ROLES),
  /** Who else took part, e.g. the praktijkopleider in a trialoog. */
  participants: z.array(contactSchema).max(20),
  summary: longText,
  afspraken: z.array(afspraakSchema).max(100),
  /** Ontwikkeldoelen agreed in the talk; the pupil can take each over as a goal of their own. */
  agreedGoals: z
    .array(
      z.strictObject({
        id: uuid,
        title: z.string().trim().min(1).max(200),
        competency: competencyKey.nullable(),
        dueDate: isoDate.nullable(),
      }),
    )
    .max(100),
});
export type MentorTalk = z.infer<typeof mentorTalkSchema>;

export { isoDate, isoDateTime };
