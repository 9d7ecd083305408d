/**
 * Reading the timeline index of ./timeline-index.ts: making sure it is complete, then pages,
 * filters and text search for the home screen. Kept apart from the middleware, which every
 * database write needs and so loads with the first screen, while this loads with the timeline
 * (issue 7's size budget).
 */
import Dexie from 'dexie';
import { mostSelectiveTerm } from '../domain/search';
import { leermeterRoundRow, type TimelineRow } from '../domain/timeline';
import {
  intersectRanges,
  matchesTimelineFilter,
  pageOfRows,
  periodSortKeyRange,
  type SortKeyRange,
  type TimelineFilter,
} from '../domain/timeline-filter';
import type { DossierDatabase } from './database';
import { getSetting, setSetting } from './repositories/settings';
import { LEERMETER_TABLE, RECORD_TABLES, timelineRowOf, type RecordKind } from './timeline-index';

/**
 * Bump when the row shape or the word normalisation changes: every device then rebuilds its
 * index once, on the next start.
 */
export const TIMELINE_INDEX_FORMAT = 1;
const MARKER_SETTING = 'timelineIndex';

interface IndexMarker {
  format: number;
  dbVersion: number;
}

/** Checked by hand, not with zod: the timeline screen needs no schema library for this. */
function isIndexMarker(value: unknown): value is IndexMarker {
  const marker = value as Partial<IndexMarker> | null;
  return (
    typeof marker === 'object' &&
    marker !== null &&
    typeof marker.format === 'number' &&
    typeof marker.dbVersion === 'number'
  );
}

// ---------------------------------------------------------------------------------------------
// Keeping the index complete

const RECORD_TABLE_NAMES = Object.keys(RECORD_TABLES);

function sourceTables(db: DossierDatabase) {
  return [...Object.keys(RECORD_TABLES), LEERMETER_TABLE].map((name) => db.table(name));
}

/** One row per record, trash included, plus one per scored day: what a complete index holds. */
async function indexIsComplete(db: DossierDatabase): Promise<boolean> {
  return db.transaction('r', [...sourceTables(db), db.timeline], async () => {
    const counts = await Promise.all(RECORD_TABLE_NAMES.map((name) => db.table(name).count()));
    const days = await db.leermeter.orderBy('date').uniqueKeys();
    const expected = counts.reduce((sum, count) => sum + count, 0) + days.length;
    return (await db.timeline.count()) === expected;
  });
}

/** Rebuilds the whole index from the records, in one transaction. */
export async function rebuildTimelineIndex(db: DossierDatabase): Promise<void> {
  await db.transaction('rw', [...sourceTables(db), db.timeline, db.settings], async () => {
    await db.timeline.clear();
    for (const name of RECORD_TABLE_NAMES) {
      const kind = RECORD_TABLES[name] as RecordKind;
      const records: unknown[] = await db.table(name).toArray();
      await db.timeline.bulkPut(records.map((record) => timelineRowOf(kind, record)));
    }
    const scores = await db.leermeter.toArray();
    const rounds = [...new Set(scores.map((score) => score.date))]
      .map((date) => leermeterRoundRow(date, scores))
      .filter((row): row is TimelineRow => row !== null);
    await db.timeline.bulkPut(rounds);
    await setSetting(db, MARKER_SETTING, { format: TIMELINE_INDEX_FORMAT, dbVersion: db.verno });
  });
}

/**
 * Makes sure the index is complete and current before the timeline reads it: rebuilds it when it
 * was built by another index format or database version, or when its row count shows records
 * that were written past Dexie. Returns whether it rebuilt.
 */
export async function ensureTimelineIndex(db: DossierDatabase): Promise<boolean> {
  // Both asked at once: on the way to the first screen, each round trip counts.
  const [saved, complete] = await Promise.all([
    getSetting(db, MARKER_SETTING),
    indexIsComplete(db),
  ]);
  const marker = isIndexMarker(saved) ? saved : undefined;
  const current = marker?.format === TIMELINE_INDEX_FORMAT && marker.dbVersion === db.verno;
  if (current && complete) return false;
  await rebuildTimelineIndex(db);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * When the most selective search term matches at most this many entries, those rows are read
 * directly; otherwise the timeline is walked newest first until a page is full.
 */
const DIRECT_MATCH_LIMIT = 120;

export interface TimelinePageQuery {
  filter: TimelineFilter;
  /** The part of the timeline this page covers; `{ lower: null, upper: null }` for all of it. */
  range: SortKeyRange;
  /** At most this many rows; Infinity for every row in the range. */
  limit: number;
}

/** Whether rows must be checked one by one: the index itself limits live, kind and period. */
function needsRowCheck(filter: TimelineFilter): boolean {
  return (
    filter.terms.length > 0 ||
    filter.competency !== null ||
    (filter.kind === 'experience' && filter.experienceKind !== null)
  );
}

/** The first stretch of rows a filtered walk reads; each next one is twice as long, up to the cap. */
const WALK_FIRST_CHUNK = 64;
const WALK_MAX_CHUNK = 1024;

/**
 * The live rows in the window newest first (by kind when the filter names one) that pass the
 * filter, at most `limit`. Rows are read in stretches, each ONE request (IndexedDB's getAll walks
 * backwards too), and checked here: a Dexie filter would read through a cursor, a request per
 * row, which made a search for a common word the slowest one.
 */
async function walkNewestFirst(
  db: DossierDatabase,
  filter: TimelineFilter,
  window: SortKeyRange,
  limit: number,
): Promise<TimelineRow[]> {
  const lower = window.lower ?? Dexie.minKey;
  const newestFirst = (upper: unknown) =>
    (filter.kind === null
      ? db.timeline.where('[live+sortKey]').between([1, lower], [1, upper], true, false)
      : db.timeline
          .where('[live+kind+sortKey]')
          .between([1, filter.kind, lower], [1, filter.kind, upper], true, false)
    ).reverse();
  let upper: unknown = window.upper ?? Dexie.maxKey;
  if (!needsRowCheck(filter)) {
    return Number.isFinite(limit)
      ? newestFirst(upper).limit(limit).toArray()
      : newestFirst(upper).toArray();
  }
  const found: TimelineRow[] = [];
  for (let chunk = WALK_FIRST_CHUNK; ; chunk = Math.min(chunk * 2, WALK_MAX_CHUNK)) {
    const rows = await newestFirst(upper).limit(chunk).toArray();
    for (const row of rows) {
      if (!matchesTimelineFilter(row, filter)) continue;
      found.push(row);
      if (found.length >= limit) return found;
    }
    if (rows.length < chunk) return found;
    // Sort keys are unique and the upper bound is open: the next stretch starts below this one.
    upper = rows[rows.length - 1]!.sortKey;
  }
}

/**
 * The matching live entries of one part of the timeline, newest first. Pages through the
 * `[live+sortKey]` (or `[live+kind+sortKey]`) index; a text search first looks its most
 * selective term up in the `words` index.
 */
export async function queryTimeline(
  db: DossierDatabase,
  { filter, range, limit }: TimelinePageQuery,
): Promise<TimelineRow[]> {
  if (!(limit >= 1)) throw new RangeError(`Timeline limit must be at least 1, got ${limit}`);
  const window = intersectRanges(range, periodSortKeyRange(filter.period));
  if (window === null) return [];
  const anchor = mostSelectiveTerm(filter.terms);
  if (anchor !== undefined) {
    // A row appears once per word that starts with the term, so twice the limit of index keys
    // is read at most: a common word is walked for instead of listing all its thousands of rows.
    const found = await db.timeline
      .where('words')
      .startsWith(anchor)
      .limit(2 * DIRECT_MATCH_LIMIT)
      .primaryKeys();
    const keys = [...new Set(found)];
    if (found.length < 2 * DIRECT_MATCH_LIMIT && keys.length <= DIRECT_MATCH_LIMIT) {
      const rows = await db.timeline.bulkGet(keys);
      return pageOfRows(
        rows.filter((row): row is TimelineRow => row !== undefined),
        filter,
        window,
        limit,
      );
    }
  }
  return walkNewestFirst(db, filter, window, limit);
}

/** How many entries are in the timeline (not in the trash). */
export function countTimeline(db: DossierDatabase): Promise<number> {
  return db.timeline.where('[live+sortKey]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
}
