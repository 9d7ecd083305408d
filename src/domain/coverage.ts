/**
 * Where each competency stands: coverage, leermeter growth and gaps.
 * Policy: soft-deleted records are in the trash and count for nothing. Days are `YYYY-MM-DD`
 * local calendar days and are never converted through UTC.
 */
import { format, isValid, parseISO, subMonths } from 'date-fns';
import { COMPETENCY_KEYS, type CompetencyKey } from './competencies';
import { isLive, localDay } from './factories';
import type { DossierSnapshot } from './insights';
import type { LeermeterScore, LeermeterStep } from './records';

/** Inclusive range of calendar days, `YYYY-MM-DD`. */
export interface DayPeriod {
  from: string;
  to: string;
}

export interface LeermeterTrend {
  first: LeermeterStep | null;
  latest: LeermeterStep | null;
  /** `latest - first`; null until there are two scores, since one score shows no growth. */
  growth: number | null;
}

export interface CompetencyCoverage {
  competency: CompetencyKey;
  experienceCount: number;
  reflectionCount: number;
  goalCount: number;
  /** Entries only; leermeter scores measure the pupil rather than add activity. */
  total: number;
  lastActivity: string | null;
  leermeter: LeermeterTrend;
}

export interface CompetencyGap {
  competency: CompetencyKey;
  /** The last day anything touched this competency, so the UI can say "sinds maart niets". */
  lastActivity: string | null;
}

type EntrySource = 'experience' | 'reflection' | 'goal' | 'leermeter';

interface Touch {
  competency: CompetencyKey;
  day: string;
  source: EntrySource;
}

function inPeriod(day: string, period?: DayPeriod): boolean {
  // YYYY-MM-DD sorts as text in calendar order, so no Date (and no time zone) is involved.
  return !period || (day >= period.from && day <= period.to);
}

function latestDay(days: readonly string[]): string | null {
  return days.reduce<string | null>((max, day) => (max === null || day > max ? day : max), null);
}

/** Every live entry's link to a competency, with the calendar day it belongs to. */
function touches(snapshot: DossierSnapshot): Touch[] {
  const result: Touch[] = [];
  const add = (keys: readonly CompetencyKey[], day: string, source: EntrySource) => {
    // A file may list a competency twice; an entry still counts once for it.
    for (const competency of new Set(keys)) result.push({ competency, day, source });
  };
  for (const e of snapshot.experiences.filter(isLive)) add(e.competencies, e.date, 'experience');
  for (const r of snapshot.reflections.filter(isLive)) add(r.competencies, r.date, 'reflection');
  for (const g of snapshot.goals.filter(isLive)) {
    // A goal has no date of its own (dueDate is a plan, not activity): it counts on the
    // pupil's local day it was set, which is when the pupil worked on that competency.
    if (g.competency) add([g.competency], localDay(new Date(g.createdAt)), 'goal');
  }
  for (const s of pupilScores(snapshot)) add([s.competency], s.date, 'leermeter');
  return result;
}

/** Only the pupil's own scores: a mentor's view is shown beside them, not mixed in. */
function pupilScores(snapshot: DossierSnapshot): LeermeterScore[] {
  return snapshot.leermeter.filter((s) => isLive(s) && s.scoredBy === 'leerling');
}

function leermeterTrend(scores: readonly LeermeterScore[]): LeermeterTrend {
  // Same-day scores keep the order they were entered in.
  const sorted = [...scores].sort(
    (a, b) => a.date.localeCompare(b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const first = sorted[0]?.step ?? null;
  const latest = sorted[sorted.length - 1]?.step ?? null;
  const growth = sorted.length >= 2 && first !== null && latest !== null ? latest - first : null;
  return { first, latest, growth };
}

/** Coverage of each competency in catalogue order, optionally within a period of days. */
export function coverageByCompetency(
  snapshot: DossierSnapshot,
  period?: DayPeriod,
): CompetencyCoverage[] {
  const entries = touches(snapshot).filter(
    (t) => t.source !== 'leermeter' && inPeriod(t.day, period),
  );
  const scores = pupilScores(snapshot).filter((s) => inPeriod(s.date, period));
  return COMPETENCY_KEYS.map((competency) => {
    const mine = entries.filter((t) => t.competency === competency);
    const count = (source: EntrySource) => mine.filter((t) => t.source === source).length;
    return {
      competency,
      experienceCount: count('experience'),
      reflectionCount: count('reflection'),
      goalCount: count('goal'),
      total: mine.length,
      lastActivity: latestDay(mine.map((t) => t.day)),
      leermeter: leermeterTrend(scores.filter((s) => s.competency === competency)),
    };
  });
}

/**
 * Competencies with no entry or own leermeter score in the last `months` calendar months up to
 * and including `today`. A day exactly `months` months back counts as inside; date-fns clamps
 * to the month's end (31 March minus one month is 28 February).
 * Entries dated after `today` are plans, not activity, and are ignored.
 */
export function competencyGaps(
  snapshot: DossierSnapshot,
  today: string,
  months: number,
): CompetencyGap[] {
  // parseISO reads a bare date as local midnight (unlike `new Date('YYYY-MM-DD')`, which is
  // UTC), so the arithmetic stays on the pupil's calendar.
  const todayDate = parseISO(today);
  if (!isValid(todayDate)) throw new RangeError(`Invalid day: ${today}`);
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`Invalid months: ${months}`);
  const windowStart = format(subMonths(todayDate, months), 'yyyy-MM-dd');
  const past = touches(snapshot).filter((t) => t.day <= today);
  return COMPETENCY_KEYS.flatMap((competency) => {
    const last = latestDay(past.filter((t) => t.competency === competency).map((t) => t.day));
    return last !== null && last >= windowStart ? [] : [{ competency, lastActivity: last }];
  });
}
