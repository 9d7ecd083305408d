/**
 * The timeline of everything in the dossier: one compact row per entry, derived from the records,
 * that the home screen pages, filters and searches without loading the records themselves.
 * Rows are derived data: they are rebuilt from the records whenever needed and never exported.
 * Leermeter scores show as rounds: all scores of one day are one row.
 */
import type { CompetencyKey } from './competencies';
import { localDay } from './days';
import type {
  Choice,
  Conversation,
  Experience,
  Goal,
  LeermeterScore,
  Reflection,
  Trait,
} from './records';
import { searchWords } from './search';

export const TIMELINE_KINDS = [
  'experience',
  'reflection',
  'goal',
  'conversation',
  'choice',
  'leermeter',
  'trait',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineRow {
  /** `<kind>:<record id>`, or `leermeter:<date>` for a leermeter round. */
  key: string;
  kind: TimelineKind;
  /** The record the row opens; null for a leermeter round, which opens the leermeter screen. */
  recordId: string | null;
  /** 1 unless the entry is in the trash; a number, because booleans cannot be index keys. */
  live: 0 | 1;
  /** The day the entry belongs to, `YYYY-MM-DD`. */
  date: string;
  /** `date|createdAt|key`: unique, and newest first when walked backwards. */
  sortKey: string;
  /** The pupil's own words for the heading: title, goal, option, trait name or people met. */
  title: string;
  /** Kind of experience, conversation, choice or trait; null for the others. */
  subKind: string | null;
  /** Status of a goal or choice; `gepland` or `gehouden` for a conversation. */
  status: string | null;
  /** Place or organisation of an experience; '' otherwise. */
  place: string;
  competencies: CompetencyKey[];
  /** How many scores a leermeter round holds; 0 for other rows. */
  count: number;
  /** Normalised distinct words of every text field (see ./search.ts). */
  words: string[];
}

export function timelineSortKey(date: string, createdAt: string, key: string): string {
  return `${date}|${createdAt}|${key}`;
}

export function timelineKey(kind: TimelineKind, id: string): string {
  return `${kind}:${id}`;
}

interface RowFields {
  kind: TimelineKind;
  id: string;
  recordId: string | null;
  live: boolean;
  date: string;
  createdAt: string;
  title: string;
  subKind?: string | null;
  status?: string | null;
  place?: string;
  competencies?: readonly CompetencyKey[];
  count?: number;
  texts: readonly string[];
}

function row(fields: RowFields): TimelineRow {
  const key = timelineKey(fields.kind, fields.id);
  return {
    key,
    kind: fields.kind,
    recordId: fields.recordId,
    live: fields.live ? 1 : 0,
    date: fields.date,
    sortKey: timelineSortKey(fields.date, fields.createdAt, key),
    title: fields.title,
    subKind: fields.subKind ?? null,
    status: fields.status ?? null,
    place: fields.place ?? '',
    competencies: [...new Set(fields.competencies ?? [])],
    count: fields.count ?? 0,
    words: searchWords(fields.texts),
  };
}

function reflectionTexts(entry: Experience | Reflection): string[] {
  return [
    ...Object.values(entry.competencyReflections).filter((text) => text !== undefined),
    ...Object.values(entry.slo),
    ...(entry.starr ? Object.values(entry.starr) : []),
  ];
}

export function experienceRow(experience: Experience): TimelineRow {
  return row({
    kind: 'experience',
    id: experience.id,
    recordId: experience.id,
    live: experience.deletedAt === null,
    date: experience.date,
    createdAt: experience.createdAt,
    title: experience.title,
    subKind: experience.kind,
    place: experience.place,
    competencies: experience.competencies,
    texts: [
      experience.title,
      // The kind's own Dutch word, so "snuffelstage" finds every snuffelstage.
      experience.kind,
      experience.place,
      experience.contact.name,
      experience.contact.role,
      experience.description,
      ...reflectionTexts(experience),
    ],
  });
}

export function reflectionRow(reflection: Reflection): TimelineRow {
  return row({
    kind: 'reflection',
    id: reflection.id,
    recordId: reflection.id,
    live: reflection.deletedAt === null,
    date: reflection.date,
    createdAt: reflection.createdAt,
    title: reflection.title,
    competencies: reflection.competencies,
    texts: [reflection.title, ...reflectionTexts(reflection)],
  });
}

/** A goal has no date of its own (a due date is a plan): it sits on the day it was set. */
export function goalRow(goal: Goal): TimelineRow {
  return row({
    kind: 'goal',
    id: goal.id,
    recordId: goal.id,
    live: goal.deletedAt === null,
    date: localDay(new Date(goal.createdAt)),
    createdAt: goal.createdAt,
    title: goal.text,
    status: goal.status,
    competencies: goal.competency ? [goal.competency] : [],
    texts: [goal.text],
  });
}

export function conversationRow(conversation: Conversation): TimelineRow {
  return row({
    kind: 'conversation',
    id: conversation.id,
    recordId: conversation.id,
    live: conversation.deletedAt === null,
    date: conversation.date,
    createdAt: conversation.createdAt,
    title: conversation.participants
      .map((person) => person.name.trim())
      .filter((name) => name !== '')
      .join(', '),
    subKind: conversation.kind,
    status: conversation.held ? 'gehouden' : 'gepland',
    texts: [
      conversation.kind,
      ...conversation.participants.flatMap((person) => [person.name, person.role]),
      ...conversation.preparationQuestions,
      conversation.topics,
      conversation.summary,
      ...conversation.afspraken.map((afspraak) => afspraak.text),
    ],
  });
}

export function choiceRow(choice: Choice): TimelineRow {
  return row({
    kind: 'choice',
    id: choice.id,
    recordId: choice.id,
    live: choice.deletedAt === null,
    date: choice.date,
    createdAt: choice.createdAt,
    title: choice.option,
    subKind: choice.kind,
    status: choice.status,
    texts: [choice.option, ...choice.pros, ...choice.cons, choice.note],
  });
}

/** Kwaliteiten and motieven have no date of their own: they sit on the day they were added. */
export function traitRow(trait: Trait): TimelineRow {
  return row({
    kind: 'trait',
    id: trait.id,
    recordId: trait.id,
    live: trait.deletedAt === null,
    date: localDay(new Date(trait.createdAt)),
    createdAt: trait.createdAt,
    title: trait.name,
    subKind: trait.kind,
    texts: [trait.name, trait.description],
  });
}

/**
 * The round of one day: every score with that date, by anyone. The row stays (as not live) when
 * all of the day's scores are in the trash, so the index always has one row per scored day.
 * Returns null when there are no scores with that date at all.
 */
export function leermeterRoundRow(
  date: string,
  scores: readonly LeermeterScore[],
): TimelineRow | null {
  const ofDay = scores.filter((score) => score.date === date);
  if (ofDay.length === 0) return null;
  const live = ofDay.filter((score) => score.deletedAt === null);
  const counted = live.length > 0 ? live : ofDay;
  // The round moves up in its day when a score is added to it later.
  const createdAt = counted.map((score) => score.createdAt).reduce((a, b) => (b > a ? b : a));
  return row({
    kind: 'leermeter',
    id: date,
    recordId: null,
    live: live.length > 0,
    date,
    createdAt,
    title: '',
    competencies: live.map((score) => score.competency),
    count: live.length,
    texts: ['leermeter', ...live.flatMap((score) => [score.note, score.scorerName])],
  });
}
