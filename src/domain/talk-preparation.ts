/**
 * The mentor's talk preparation ("gespreksvoorbereiding"): pure views over a pupil's dossier copy
 * and the mentor's own records, for the screen and the printed talk sheet alike. Every function
 * takes plain record arrays and the moments it needs, so results depend only on the arguments.
 *
 * Policy: records in the trash count for nothing, except in `changesSinceDay`, which reports
 * deletions on purpose. Days are `YYYY-MM-DD` calendar days; a day becomes a moment only where
 * `changesSince` needs one, at local midnight (parseISO), never through UTC.
 */
import { isValid, parseISO } from 'date-fns';
import { changesSince, type ChangeCollection } from './changes';
import { COMPETENCY_KEYS, type CompetencyKey } from './competencies';
import { competencyGaps, coverageByCompetency } from './coverage';
import { isLive } from './factories';
import type { DossierSnapshot } from './insights';
import type { RecordBase } from './primitives';
import type {
  Afspraak,
  Conversation,
  Goal,
  GoalStatus,
  LeermeterScore,
  LeermeterStep,
  MentorTalk,
} from './records';

// ---------------------------------------------------------------------------------------------
// The last talk

/**
 * The mentor's talks as one list: those in the pupil's copy (merged into the pupil's dossier from
 * an earlier feedback file) and the mentor's own. The same talk can be in both; the later-edited
 * version wins.
 */
export function combineMentorTalks(
  inCopy: readonly MentorTalk[],
  own: readonly MentorTalk[],
): MentorTalk[] {
  const byId = new Map<string, MentorTalk>();
  for (const talk of [...inCopy, ...own]) {
    const known = byId.get(talk.id);
    if (!known || Date.parse(talk.updatedAt) >= Date.parse(known.updatedAt))
      byId.set(talk.id, talk);
  }
  return [...byId.values()];
}

/**
 * The day of the last talk with the pupil: the latest of the pupil's held conversations and the
 * mentor's own talk records. A conversation the pupil only prepared has not happened yet.
 */
export function lastTalkDay(
  conversations: readonly Conversation[],
  mentorTalks: readonly MentorTalk[],
): string | null {
  const days = [
    ...conversations.filter((c) => isLive(c) && c.held).map((c) => c.date),
    ...mentorTalks.filter(isLive).map((t) => t.date),
  ];
  return days.reduce<string | null>((max, day) => (max === null || day > max ? day : max), null);
}

function latestBy<T extends RecordBase & { date: string }>(records: readonly T[]): T | null {
  return records.reduce<T | null>((best, record) => {
    if (best === null) return record;
    if (record.date !== best.date) return record.date > best.date ? record : best;
    return Date.parse(record.updatedAt) > Date.parse(best.updatedAt) ? record : best;
  }, null);
}

export interface PreviousTalk {
  /** The pupil's latest held conversation, with the afspraken the pupil ticked off. */
  conversation: Conversation | null;
  /** The mentor's latest talk record for this pupil. */
  mentorTalk: MentorTalk | null;
}

/** The previous talk as both sides recorded it; either may be missing. */
export function previousTalk(
  conversations: readonly Conversation[],
  mentorTalks: readonly MentorTalk[],
): PreviousTalk {
  return {
    conversation: latestBy(conversations.filter((c) => isLive(c) && c.held)),
    mentorTalk: latestBy(mentorTalks.filter(isLive)),
  };
}

export interface AfsprakenProgress {
  afspraken: Afspraak[];
  done: number;
  total: number;
}

export function afsprakenProgress(afspraken: readonly Afspraak[]): AfsprakenProgress {
  return {
    afspraken: [...afspraken],
    done: afspraken.filter((afspraak) => afspraak.done).length,
    total: afspraken.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The pupil's preparation for the next talk

export interface PreparedQuestions {
  /** The prepared (not yet held) conversation the questions belong to; null when there is none. */
  conversation: Conversation | null;
  /** Non-empty questions, in the pupil's order. */
  questions: string[];
  /** What the pupil wants to talk about, trimmed; '' when nothing. */
  topics: string;
}

/**
 * The questions of the next talk the pupil prepared: the earliest live conversation that is not
 * held yet (a pupil preparing two talks ahead gets the nearer one first).
 */
export function preparedQuestions(conversations: readonly Conversation[]): PreparedQuestions {
  const next = [...conversations]
    .filter((c) => isLive(c) && !c.held)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))[0];
  if (!next) return { conversation: null, questions: [], topics: '' };
  return {
    conversation: next,
    questions: next.preparationQuestions.map((q) => q.trim()).filter((q) => q !== ''),
    topics: next.topics.trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// Open goals

const OPEN_STATUSES: readonly GoalStatus[] = ['bezig', 'open'];

export interface OpenGoal {
  goal: Goal;
  /** Past its due date while still open or bezig (`today` as `YYYY-MM-DD`). */
  overdue: boolean;
}

/**
 * Goals still to be done: those the pupil is working on first, then open ones; within each,
 * the nearest due date first, goals without one after.
 */
export function openGoals(goals: readonly Goal[], today: string): OpenGoal[] {
  const rank = (goal: Goal) => OPEN_STATUSES.indexOf(goal.status);
  return goals
    .filter((goal) => isLive(goal) && rank(goal) >= 0)
    .sort((a, b) => {
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      if (a.dueDate !== b.dueDate) {
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        return a.dueDate.localeCompare(b.dueDate);
      }
      return a.createdAt.localeCompare(b.createdAt);
    })
    .map((goal) => ({
      goal,
      overdue: goal.dueDate !== null && goal.dueDate < today,
    }));
}

// ---------------------------------------------------------------------------------------------
// Per competency

export interface ScoreMark {
  step: LeermeterStep;
  date: string;
}

export interface CompetencyStanding {
  competency: CompetencyKey;
  experienceCount: number;
  reflectionCount: number;
  goalCount: number;
  lastActivity: string | null;
  /** The pupil's latest self-score. */
  pupilScore: ScoreMark | null;
  /** The latest score by a mentor or praktijkopleider: in the copy, or the mentor's own. */
  mentorScore: ScoreMark | null;
  /** Nothing touched this competency in the last `gapMonths` months. */
  gap: boolean;
}

function latestScore(scores: readonly LeermeterScore[]): ScoreMark | null {
  const latest = scores.reduce<LeermeterScore | null>((best, score) => {
    if (best === null) return score;
    if (score.date !== best.date) return score.date > best.date ? score : best;
    return Date.parse(score.createdAt) >= Date.parse(best.createdAt) ? score : best;
  }, null);
  return latest ? { step: latest.step, date: latest.date } : null;
}

/**
 * Where each competency stands, in catalogue order: the pupil's activity (coverageByCompetency),
 * the latest self-score, the latest mentor view, and whether it lies idle (competencyGaps).
 * `mentorScores` are the mentor's own scores for this pupil; scores in the copy by a mentor or
 * praktijkopleider (merged earlier from a feedback file) count too.
 */
export function competencyStandings(
  snapshot: DossierSnapshot,
  mentorScores: readonly LeermeterScore[],
  today: string,
  gapMonths = 3,
): CompetencyStanding[] {
  const coverage = coverageByCompetency(snapshot);
  const gaps = new Set(competencyGaps(snapshot, today, gapMonths).map((gap) => gap.competency));
  const live = [...snapshot.leermeter, ...mentorScores].filter(isLive);
  return COMPETENCY_KEYS.map((competency) => {
    const row = coverage.find((entry) => entry.competency === competency);
    const ofCompetency = live.filter((score) => score.competency === competency);
    return {
      competency,
      experienceCount: row?.experienceCount ?? 0,
      reflectionCount: row?.reflectionCount ?? 0,
      goalCount: row?.goalCount ?? 0,
      lastActivity: row?.lastActivity ?? null,
      pupilScore: latestScore(ofCompetency.filter((s) => s.scoredBy === 'leerling')),
      mentorScore: latestScore(ofCompetency.filter((s) => s.scoredBy !== 'leerling')),
      gap: gaps.has(competency),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// New since the last talk

export type ChangeKind = 'created' | 'updated' | 'deleted';

/** The order the kinds of entries are listed in, most telling first. */
export const CHANGE_COLLECTION_ORDER: readonly ChangeCollection[] = [
  'experiences',
  'reflections',
  'goals',
  'conversations',
  'traits',
  'choices',
  'leermeter',
];

export interface ChangedEntry {
  change: ChangeKind;
  /** When it was created, last changed or put in the trash (UTC). */
  at: string;
  record: RecordBase;
}

export interface ChangeGroup {
  collection: ChangeCollection;
  entries: ChangedEntry[];
}

/** Local midnight at the start of a `YYYY-MM-DD` day, as a UTC moment. */
export function startOfDayMoment(day: string): string {
  const date = parseISO(day);
  if (!isValid(date) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new RangeError(`Invalid day: ${day}`);
  }
  return date.toISOString();
}

/**
 * What the pupil added, changed or deleted from the start of `day` on (the day itself counts:
 * a talk's own afspraken and what the pupil wrote after it that day are news for the next one),
 * grouped per kind of entry in CHANGE_COLLECTION_ORDER, newest first within a group; kinds
 * without changes are left out. `day` null means everything in the copy.
 */
export function changesSinceDay(snapshot: DossierSnapshot, day: string | null): ChangeGroup[] {
  const since = day === null ? new Date(0).toISOString() : startOfDayMoment(day);
  // changesSince reports moments strictly after `since`; one millisecond earlier makes the
  // start of the day itself count.
  const changes = changesSince(snapshot, new Date(Date.parse(since) - 1).toISOString());
  const byId = new Map<string, RecordBase>();
  for (const collection of CHANGE_COLLECTION_ORDER) {
    for (const record of snapshot[collection] as readonly RecordBase[]) byId.set(record.id, record);
  }
  const all = [
    ...changes.created.map((item) => ({ ...item, change: 'created' as const })),
    ...changes.updated.map((item) => ({ ...item, change: 'updated' as const })),
    ...changes.deleted.map((item) => ({ ...item, change: 'deleted' as const })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return CHANGE_COLLECTION_ORDER.map((collection) => ({
    collection,
    entries: all.flatMap((item) => {
      const record = byId.get(item.id);
      return item.collection === collection && record
        ? [{ change: item.change, at: item.at, record }]
        : [];
    }),
  })).filter((group) => group.entries.length > 0);
}

/** How many entries the groups hold together. */
export function countChanges(groups: readonly ChangeGroup[]): number {
  return groups.reduce((sum, group) => sum + group.entries.length, 0);
}
