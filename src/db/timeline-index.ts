/**
 * The timeline index: the `timeline` table holds one compact row per dossier entry (see
 * src/domain/timeline.ts), so the home screen can page, filter and search thousands of entries
 * through IndexedDB indexes without loading the records themselves.
 *
 * Policy: the rows are derived data. They are written by a Dexie middleware in the SAME
 * transaction as every write to a record table, whoever makes it (repositories, an import, the
 * trash), so the index can never disagree with a committed record. The middleware adds the
 * `timeline` store to every read-write transaction on a record table; callers need not know.
 * Writes that bypass Dexie (another tool, raw IndexedDB) and version upgrades are caught by
 * `ensureTimelineIndex`, which rebuilds the whole index from the records when it is out of step.
 * The index is never exported: dossier files carry the records, not this table.
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type {
  Choice,
  Conversation,
  Experience,
  Goal,
  LeermeterScore,
  Reflection,
  Trait,
} from '../domain';
import { mostSelectiveTerm } from '../domain/search';
import {
  choiceRow,
  conversationRow,
  experienceRow,
  goalRow,
  intersectRanges,
  leermeterRoundRow,
  matchesTimelineFilter,
  pageOfRows,
  periodSortKeyRange,
  reflectionRow,
  timelineKey,
  timelineSortKey,
  traitRow,
  type SortKeyRange,
  type TimelineFilter,
  type TimelineKind,
  type TimelineRow,
} from '../domain/timeline';
import type { DossierDatabase } from './database';
import { getSetting, setSetting } from './repositories/settings';

export const TIMELINE_TABLE = 'timeline';

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

/** Checked by hand, not with zod: this module loads with the first screen, zod does not. */
function isIndexMarker(value: unknown): value is IndexMarker {
  const marker = value as Partial<IndexMarker> | null;
  return (
    typeof marker === 'object' &&
    marker !== null &&
    typeof marker.format === 'number' &&
    typeof marker.dbVersion === 'number'
  );
}

type RecordKind = Exclude<TimelineKind, 'leermeter'>;

/** The record tables mirrored one row per record; leermeter scores are mirrored per day. */
const RECORD_TABLES: Readonly<Record<string, RecordKind>> = Object.freeze({
  experiences: 'experience',
  reflections: 'reflection',
  goals: 'goal',
  conversations: 'conversation',
  choices: 'choice',
  traits: 'trait',
});
const LEERMETER_TABLE = 'leermeter';

function isSourceTable(name: string): boolean {
  return name in RECORD_TABLES || name === LEERMETER_TABLE;
}

function deriveRow(kind: RecordKind, record: unknown): TimelineRow {
  switch (kind) {
    case 'experience':
      return experienceRow(record as Experience);
    case 'reflection':
      return reflectionRow(record as Reflection);
    case 'goal':
      return goalRow(record as Goal);
    case 'conversation':
      return conversationRow(record as Conversation);
    case 'choice':
      return choiceRow(record as Choice);
    case 'trait':
      return traitRow(record as Trait);
  }
}

/**
 * The row of a record. Records are validated before they are written, but a row must never be
 * the reason a write fails: a record the derivation cannot read still gets a plain row, so it
 * stays visible (untitled) and the index keeps one row per record.
 */
export function timelineRowOf(kind: RecordKind, record: unknown): TimelineRow {
  try {
    return deriveRow(kind, record);
  } catch {
    const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<
      string,
      unknown
    >;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const key = timelineKey(kind, text(fields.id));
    const date = text(fields.date) || text(fields.createdAt).slice(0, 10);
    return {
      key,
      kind,
      recordId: text(fields.id),
      live: fields.deletedAt === null || fields.deletedAt === undefined ? 1 : 0,
      date,
      sortKey: timelineSortKey(date, text(fields.createdAt), key),
      title: '',
      subKind: null,
      status: null,
      place: '',
      competencies: [],
      count: 0,
      words: [],
    };
  }
}

function failedOnce(response: DBCoreMutateResponse): void {
  if (response.numFailures > 0) {
    const first = Object.values(response.failures)[0];
    throw first ?? new Error('Writing the timeline index failed');
  }
}

/** Mirrors a write to experiences, reflections, goals, conversations, choices or traits. */
async function mirrorRecordWrite(
  table: DBCoreTable,
  timeline: DBCoreTable,
  kind: RecordKind,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  // A range delete (Table.clear, Collection.delete) names no keys: find them first.
  const rangeKeys =
    req.type === 'deleteRange'
      ? (
          await table.query({
            trans: req.trans,
            values: false,
            query: { index: table.schema.primaryKey, range: req.range },
          })
        ).result
      : [];
  const response = await table.mutate(req);
  if (req.type === 'add' || req.type === 'put') {
    const rows = req.values
      .filter((_, index) => !(index in response.failures))
      .map((record: unknown) => timelineRowOf(kind, record));
    if (rows.length > 0) {
      failedOnce(await timeline.mutate({ trans: req.trans, type: 'put', values: rows }));
    }
  } else {
    const ids = req.type === 'delete' ? req.keys : rangeKeys;
    if (ids.length > 0) {
      const keys = ids.map((id) => timelineKey(kind, String(id)));
      failedOnce(await timeline.mutate({ trans: req.trans, type: 'delete', keys }));
    }
  }
  return response;
}

/** Mirrors a write to leermeter scores: every day whose scores changed gets its round again. */
async function mirrorLeermeterWrite(
  table: DBCoreTable,
  timeline: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const primaryKey = table.schema.primaryKey;
  const days = new Set<string>();
  const addDay = (score: unknown) => {
    const date = (score as Partial<LeermeterScore> | undefined)?.date;
    if (typeof date === 'string') days.add(date);
  };

  // The days the changed scores were on before this write, then the days they are on after it.
  let before: unknown[];
  if (req.type === 'deleteRange') {
    before = (
      await table.query({ trans, values: true, query: { index: primaryKey, range: req.range } })
    ).result;
  } else {
    const keys =
      req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(primaryKey.extractKey!));
    const known = keys.filter((key) => key !== undefined && key !== null);
    before = known.length > 0 ? await table.getMany({ trans, keys: known }) : [];
  }
  before.forEach(addDay);
  if (req.type === 'add' || req.type === 'put') req.values.forEach(addDay);

  const response = await table.mutate(req);

  const dateIndex = table.schema.getIndexByKeyPath('date');
  if (!dateIndex) throw new Error('The leermeter table has no date index');
  for (const date of days) {
    const { result } = await table.query({
      trans,
      values: true,
      query: { index: dateIndex, range: { type: 1 as DBCoreRangeType, lower: date, upper: date } },
    });
    const row = leermeterRoundRow(date, result as LeermeterScore[]);
    failedOnce(
      await timeline.mutate(
        row
          ? { trans, type: 'put', values: [row] }
          : { trans, type: 'delete', keys: [timelineKey('leermeter', date)] },
      ),
    );
  }
  return response;
}

/** The Dexie middleware that keeps the timeline table in step; see the file header. */
export const timelineIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TimelineIndex',
  create(down) {
    if (!down.schema.tables.some((table) => table.name === TIMELINE_TABLE)) return down;
    // Only transactions this middleware widened are mirrored. Upgrade transactions do not pass
    // through `transaction()`; ensureTimelineIndex rebuilds after a version change instead.
    const mirrored = new WeakSet<DBCoreTransaction>();
    const timeline = down.table(TIMELINE_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesRecords = mode === 'readwrite' && stores.some(isSourceTable);
        const scope =
          writesRecords && !stores.includes(TIMELINE_TABLE) ? [...stores, TIMELINE_TABLE] : stores;
        const trans = down.transaction(scope, mode, options);
        if (writesRecords) mirrored.add(trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (!isSourceTable(name)) return table;
        const kind = RECORD_TABLES[name];
        return {
          ...table,
          mutate(req) {
            if (!mirrored.has(req.trans)) return table.mutate(req);
            return kind
              ? mirrorRecordWrite(table, timeline, kind, req)
              : mirrorLeermeterWrite(table, timeline, req);
          },
        };
      },
    };
  },
};

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
  const saved = await getSetting(db, MARKER_SETTING);
  const marker = isIndexMarker(saved) ? saved : undefined;
  const current = marker?.format === TIMELINE_INDEX_FORMAT && marker.dbVersion === db.verno;
  if (current && (await indexIsComplete(db))) return false;
  await rebuildTimelineIndex(db);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * When the most selective search term matches at most this many entries, those rows are read
 * directly; otherwise the timeline is walked newest first until a page is full.
 */
const DIRECT_MATCH_LIMIT = 400;

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

/**
 * The live rows in the window newest first (by kind when the filter names one) that pass the
 * filter, at most `limit`. Without a check per row the page is ONE request (IndexedDB's getAll
 * walks backwards too); a filter on rows makes Dexie read through a cursor, a request per row.
 */
function walkNewestFirst(
  db: DossierDatabase,
  filter: TimelineFilter,
  window: SortKeyRange,
  limit: number,
): Promise<TimelineRow[]> {
  const lower = window.lower ?? Dexie.minKey;
  const upper = window.upper ?? Dexie.maxKey;
  const newestFirst = (
    filter.kind === null
      ? db.timeline.where('[live+sortKey]').between([1, lower], [1, upper], true, false)
      : db.timeline
          .where('[live+kind+sortKey]')
          .between([1, filter.kind, lower], [1, filter.kind, upper], true, false)
  ).reverse();
  const walk = needsRowCheck(filter)
    ? newestFirst.filter((row) => matchesTimelineFilter(row, filter))
    : newestFirst;
  return Number.isFinite(limit) ? walk.limit(limit).toArray() : walk.toArray();
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
    // A row appears once per word that starts with the term.
    const keys = [...new Set(await db.timeline.where('words').startsWith(anchor).primaryKeys())];
    if (keys.length <= DIRECT_MATCH_LIMIT) {
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
