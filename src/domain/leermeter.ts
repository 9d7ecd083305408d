/**
 * The leermeter over time: rounds of self-scores, series for a chart, and what saving a round
 * changes. A round is every score the pupil gave themselves on one day. Scores by a mentor or
 * praktijkopleider are shown beside the pupil's own, never mixed into them.
 */
import { COMPETENCY_KEYS, type CompetencyKey } from './competencies';
import { createLeermeterScore, withChanges } from './factories';
import { SCORERS, type LeermeterScore, type LeermeterStep, type Scorer } from './records';

/** Oldest first; scores of one day keep the order they were given in. */
export function byDateThenCreated(a: LeermeterScore, b: LeermeterScore): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
}

export interface LeermeterRound {
  date: string;
  /** The pupil's own live scores of that day, in catalogue order of competencies. */
  scores: LeermeterScore[];
}

/** The pupil's rounds, newest first. */
export function pupilRounds(scores: readonly LeermeterScore[]): LeermeterRound[] {
  const byDate = new Map<string, LeermeterScore[]>();
  for (const score of scores) {
    if (score.deletedAt !== null || score.scoredBy !== 'leerling') continue;
    byDate.set(score.date, [...(byDate.get(score.date) ?? []), score]);
  }
  const order = (score: LeermeterScore) => COMPETENCY_KEYS.indexOf(score.competency);
  return [...byDate.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, ofDay]) => ({
      date,
      scores: ofDay.sort((a, b) => order(a) - order(b) || byDateThenCreated(a, b)),
    }));
}

export interface LeermeterSeries {
  scoredBy: Scorer;
  /** Oldest first. */
  scores: LeermeterScore[];
}

/** One series per kind of scorer that scored, the pupil first; the trash is left out. */
export function leermeterSeries(scores: readonly LeermeterScore[]): LeermeterSeries[] {
  return SCORERS.map((scoredBy) => ({
    scoredBy,
    scores: scores
      .filter((score) => score.deletedAt === null && score.scoredBy === scoredBy)
      .sort(byDateThenCreated),
  })).filter((series) => series.scores.length > 0);
}

export interface RoundEntry {
  step: LeermeterStep;
  note: string;
}

export type RoundInput = Partial<Record<CompetencyKey, RoundEntry>>;

/**
 * The scores to store for a round the pupil saved on `date`. `existing` are the pupil's live
 * scores of the round being changed (empty for a new round): a competency scored before is
 * updated in place (keeping its id, so history and merges stay intact), a new one is created.
 * Competencies left out of `input` keep their existing score unchanged.
 */
export function roundScoresToSave(
  existing: readonly LeermeterScore[],
  date: string,
  input: RoundInput,
  now: Date,
): LeermeterScore[] {
  const result: LeermeterScore[] = [];
  for (const competency of COMPETENCY_KEYS) {
    const entry = input[competency];
    const before = existing.find((score) => score.competency === competency);
    if (!entry) {
      if (before && before.date !== date) result.push(withChanges(before, { date }, now));
      continue;
    }
    const note = entry.note.trim();
    if (!before) {
      result.push(createLeermeterScore({ competency, step: entry.step, date, note }, now));
    } else if (before.step !== entry.step || before.note !== note || before.date !== date) {
      result.push(withChanges(before, { step: entry.step, note, date }, now));
    }
  }
  return result;
}
