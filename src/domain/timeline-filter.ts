/**
 * Filtering and paging the timeline rows of ./timeline.ts. Kept apart from the row builders
 * because those run inside every database write (src/db/timeline-index.ts) and so load with the
 * first screen, while filtering is only needed once the timeline is shown (issue 7's size budget).
 */
import { subMonths, subYears } from 'date-fns';
import type { CompetencyKey } from './competencies';
import { localDay } from './days';
import type { ExperienceKind } from './records';
import { matchesTerms } from './search';
import type { TimelineKind, TimelineRow } from './timeline';

/** Inclusive days; null on a side means open-ended. */
export interface TimelinePeriod {
  from: string | null;
  to: string | null;
}

export interface TimelineFilter {
  kind: TimelineKind | null;
  /** Only used together with kind 'experience'. */
  experienceKind: ExperienceKind | null;
  competency: CompetencyKey | null;
  period: TimelinePeriod | null;
  /** Normalised search terms (see `searchTerms`); empty for no text search. */
  terms: readonly string[];
}

export const NO_TIMELINE_FILTER: TimelineFilter = Object.freeze({
  kind: null,
  experienceKind: null,
  competency: null,
  period: null,
  terms: [],
});

export function isFiltered(filter: TimelineFilter): boolean {
  return (
    filter.kind !== null ||
    filter.competency !== null ||
    filter.period !== null ||
    filter.terms.length > 0
  );
}

/** A window of sort keys: `lower` inclusive, `upper` exclusive; null is open-ended. */
export interface SortKeyRange {
  lower: string | null;
  upper: string | null;
}

/** The sort keys of a period's days (a sort key starts with its date). */
export function periodSortKeyRange(period: TimelinePeriod | null): SortKeyRange {
  return {
    lower: period?.from ?? null,
    // '|' follows the date in every sort key, and '}' sorts right after '|'.
    upper: period?.to ? `${period.to}}` : null,
  };
}

/** Where two windows overlap; null when they do not. */
export function intersectRanges(a: SortKeyRange, b: SortKeyRange): SortKeyRange | null {
  const lower =
    a.lower === null ? b.lower : b.lower === null || a.lower > b.lower ? a.lower : b.lower;
  const upper =
    a.upper === null ? b.upper : b.upper === null || a.upper < b.upper ? a.upper : b.upper;
  if (lower !== null && upper !== null && lower >= upper) return null;
  return { lower, upper };
}

export function inRange(sortKey: string, range: SortKeyRange): boolean {
  return (
    (range.lower === null || sortKey >= range.lower) &&
    (range.upper === null || sortKey < range.upper)
  );
}

/** Whether a live row passes every filter (the trash is never shown). */
export function matchesTimelineFilter(row: TimelineRow, filter: TimelineFilter): boolean {
  if (row.live !== 1) return false;
  if (filter.kind !== null && row.kind !== filter.kind) return false;
  if (filter.kind === 'experience' && filter.experienceKind !== null) {
    if (row.subKind !== filter.experienceKind) return false;
  }
  if (filter.competency !== null && !row.competencies.includes(filter.competency)) return false;
  if (filter.period?.from && row.date < filter.period.from) return false;
  if (filter.period?.to && row.date > filter.period.to) return false;
  return matchesTerms(row.words, filter.terms);
}

/** Newest first: sort keys descending. */
export function newestFirst(a: TimelineRow, b: TimelineRow): number {
  return a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0;
}

/**
 * One page from a set of candidate rows: the matching rows within the range, newest first, at
 * most `limit` of them.
 */
export function pageOfRows(
  rows: readonly TimelineRow[],
  filter: TimelineFilter,
  range: SortKeyRange,
  limit: number,
): TimelineRow[] {
  return rows
    .filter((row) => inRange(row.sortKey, range) && matchesTimelineFilter(row, filter))
    .sort(newestFirst)
    .slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Periods a pupil can pick

export const PERIOD_PRESETS = [
  'all',
  'month',
  'threeMonths',
  'schoolYear',
  'year',
  'custom',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

// localDay rather than date-fns' format: the same `yyyy-MM-dd`, without format's locale data,
// since this module loads with the first screen (the timeline index needs it).
function day(date: Date): string {
  return localDay(date);
}

/**
 * The days a preset covers up to and including `today`. A Dutch school year starts on 1 August
 * here (regions start between mid-August and early September; 1 August covers all of them).
 * 'custom' uses `custom`, with the bounds swapped when given the wrong way round.
 */
export function periodForPreset(
  preset: PeriodPreset,
  today: string,
  custom: TimelinePeriod = { from: null, to: null },
): TimelinePeriod | null {
  const now = parseDay(today);
  if (!now) throw new RangeError(`Invalid day: ${today}`);
  switch (preset) {
    case 'all':
      return null;
    case 'month':
      return { from: day(subMonths(now, 1)), to: today };
    case 'threeMonths':
      return { from: day(subMonths(now, 3)), to: today };
    case 'year':
      return { from: day(subYears(now, 1)), to: today };
    case 'schoolYear': {
      const startYear = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
      return { from: `${String(startYear).padStart(4, '0')}-08-01`, to: today };
    }
    case 'custom': {
      const from = validDay(custom.from);
      const to = validDay(custom.to);
      if (from === null && to === null) return null;
      if (from !== null && to !== null && from > to) return { from: to, to: from };
      return { from, to };
    }
  }
}

function validDay(value: string | null): string | null {
  return value && parseDay(value) ? value : null;
}

/**
 * A `YYYY-MM-DD` day as local midnight, or null when it is not a real calendar day (2026-02-30).
 * By hand rather than date-fns' parseISO, whose general ISO parser this module (loaded with the
 * first screen, issue 7) does not need.
 */
function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, dayOfMonth);
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === dayOfMonth;
  return real ? date : null;
}
