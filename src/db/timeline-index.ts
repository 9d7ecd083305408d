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
import {
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
import {
  choiceRow,
  conversationRow,
  experienceRow,
  goalRow,
  leermeterRoundRow,
  reflectionRow,
  timelineKey,
  timelineSortKey,
  traitRow,
  type TimelineKind,
  type TimelineRow,
} from '../domain/timeline';

export const TIMELINE_TABLE = 'timeline';

export type RecordKind = Exclude<TimelineKind, 'leermeter'>;

/** The record tables mirrored one row per record; leermeter scores are mirrored per day. */
export const RECORD_TABLES: Readonly<Record<string, RecordKind>> = Object.freeze({
  experiences: 'experience',
  reflections: 'reflection',
  goals: 'goal',
  conversations: 'conversation',
  choices: 'choice',
  traits: 'trait',
});
export const LEERMETER_TABLE = 'leermeter';

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
