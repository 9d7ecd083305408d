import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  SCHEMA_V1,
  experiences,
  goals,
  leermeter,
  reflections,
  setSetting,
  type DossierDatabase,
} from '@/db';
import { withChanges, type Experience } from '@/domain';
import { searchTerms } from '@/domain/search';
import type { TimelineRow } from '@/domain/timeline';
import { NO_TIMELINE_FILTER, pageOfRows, type TimelineFilter } from '@/domain/timeline-filter';
import {
  countTimeline,
  ensureTimelineIndex,
  queryTimeline,
  rebuildTimelineIndex,
  TIMELINE_INDEX_FORMAT,
} from '@/db/timeline-query';
import {
  NOW,
  sampleChoice,
  sampleConversation,
  sampleExperience,
  sampleGoal,
  sampleReflection,
  sampleScore,
  sampleTrait,
} from '../db/sample-records';
import { createTestDatabase, useTestDatabases } from '../db/test-database';

const ALL = { lower: null, upper: null };
const LATER = new Date('2026-03-03T10:00:00.000Z');

function rows(db: DossierDatabase): Promise<TimelineRow[]> {
  return db.timeline.toArray();
}

async function rowOf(db: DossierDatabase, key: string): Promise<TimelineRow | undefined> {
  return db.timeline.get(key);
}

describe('the timeline index middleware', () => {
  it('mirrors every write to a record table in the same transaction', async () => {
    const db = createTestDatabase();
    const experience = sampleExperience({ title: 'Open dag Albeda' });
    await experiences.put(db, experience);
    expect(await rowOf(db, `experience:${experience.id}`)).toMatchObject({
      title: 'Open dag Albeda',
      live: 1,
    });

    await experiences.put(db, withChanges(experience, { title: 'Open dag Zadkine' }, LATER));
    expect((await rowOf(db, `experience:${experience.id}`))?.title).toBe('Open dag Zadkine');

    await experiences.softDelete(db, experience.id, LATER);
    expect((await rowOf(db, `experience:${experience.id}`))?.live).toBe(0);
    await experiences.restore(db, experience.id, LATER);
    expect((await rowOf(db, `experience:${experience.id}`))?.live).toBe(1);

    await experiences.softDelete(db, experience.id, LATER);
    await experiences.purge(db, [experience.id]);
    expect(await rowOf(db, `experience:${experience.id}`)).toBeUndefined();
  });

  it('covers every kind of entry, also in a caller’s transaction that does not name the index', async () => {
    const db = createTestDatabase();
    const tables = [db.experiences, db.reflections, db.goals, db.traits, db.choices];
    await db.transaction('rw', [...tables, db.conversations, db.leermeter], async () => {
      await db.experiences.add(sampleExperience());
      await db.reflections.bulkPut([sampleReflection(), sampleReflection()]);
      await db.goals.put(sampleGoal());
      await db.traits.put(sampleTrait());
      await db.choices.put(sampleChoice());
      await db.conversations.put(sampleConversation());
      await db.leermeter.bulkPut([sampleScore(), sampleScore({ competency: 'werkexploratie' })]);
    });
    const kinds = (await rows(db)).map((row) => row.kind).sort();
    expect(kinds).toEqual([
      'choice',
      'conversation',
      'experience',
      'goal',
      'leermeter',
      'reflection',
      'reflection',
      'trait',
    ]);
  });

  it('writes nothing when the transaction fails', async () => {
    const db = createTestDatabase();
    await expect(
      db.transaction('rw', db.experiences, async () => {
        await db.experiences.put(sampleExperience());
        throw new Error('something later failed');
      }),
    ).rejects.toThrow('something later failed');
    expect(await db.experiences.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
  });

  it('follows deletes by key, by range and by clearing a table', async () => {
    const db = createTestDatabase();
    const [a, b, c] = [sampleExperience(), sampleExperience(), sampleExperience()];
    const goal = sampleGoal();
    await experiences.putMany(db, [a!, b!, c!]);
    await goals.put(db, goal);
    await db.experiences.delete(a!.id);
    expect(await db.timeline.count()).toBe(3);
    await db.experiences.where('id').equals(b!.id).delete();
    expect(await db.timeline.count()).toBe(2);
    await db.experiences.clear();
    expect((await rows(db)).map((row) => row.key)).toEqual([`goal:${goal.id}`]);
  });

  it('keeps one leermeter round per day, following moved and deleted scores', async () => {
    const db = createTestDatabase();
    const first = sampleScore({ date: '2026-02-01', competency: 'netwerken' });
    const second = sampleScore({ date: '2026-02-01', competency: 'werkexploratie' });
    await leermeter.putMany(db, [first, second]);
    expect(await rowOf(db, 'leermeter:2026-02-01')).toMatchObject({ count: 2, live: 1 });

    await leermeter.put(db, withChanges(second, { date: '2026-03-01' }, LATER));
    expect(await rowOf(db, 'leermeter:2026-02-01')).toMatchObject({
      count: 1,
      competencies: ['netwerken'],
    });
    expect(await rowOf(db, 'leermeter:2026-03-01')).toMatchObject({ count: 1 });

    await leermeter.softDelete(db, first.id, LATER);
    expect(await rowOf(db, 'leermeter:2026-02-01')).toMatchObject({ count: 0, live: 0 });
    await leermeter.purge(db, [first.id]);
    expect(await rowOf(db, 'leermeter:2026-02-01')).toBeUndefined();
    await db.leermeter.clear();
    expect(await db.timeline.count()).toBe(0);
  });

  it('lets a live query see new entries', async () => {
    const db = createTestDatabase();
    const seen: number[] = [];
    const subscription = liveQuery(() => countTimeline(db)).subscribe((count) => seen.push(count));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await experiences.put(db, sampleExperience());
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    subscription.unsubscribe();
  });
});

describe('ensureTimelineIndex', () => {
  it('rebuilds the index for records written past Dexie’s middleware, then leaves it be', async () => {
    const { name, open, track } = useTestDatabases();
    const db = open();
    await experiences.put(db, sampleExperience({ title: 'Via de app' }));
    expect(await ensureTimelineIndex(db)).toBe(true); // no marker yet
    expect(await ensureTimelineIndex(db)).toBe(false);

    // Another writer that knows the tables but not the middleware (as raw IndexedDB would).
    const raw = track(new Dexie(name));
    raw.version(1).stores({ ...SCHEMA_V1 });
    await raw
      .table('experiences')
      .bulkPut([
        sampleExperience({ title: 'Buiten de app om' }),
        sampleExperience({ title: 'Nog een' }),
      ]);
    await raw.table('leermeter').put(sampleScore({ date: '2026-01-05' }));
    raw.close();

    expect(await countTimeline(db)).toBe(1);
    expect(await ensureTimelineIndex(db)).toBe(true);
    expect(await countTimeline(db)).toBe(4);
    expect((await rows(db)).map((row) => row.title).sort()).toEqual([
      '',
      'Buiten de app om',
      'Nog een',
      'Via de app',
    ]);
    expect(await ensureTimelineIndex(db)).toBe(false);
  });

  it('rebuilds once after the index format changed', async () => {
    const db = createTestDatabase();
    await experiences.put(db, sampleExperience());
    await rebuildTimelineIndex(db);
    expect(await ensureTimelineIndex(db)).toBe(false);
    await setSetting(db, 'timelineIndex', { format: TIMELINE_INDEX_FORMAT - 1, dbVersion: 1 });
    expect(await ensureTimelineIndex(db)).toBe(true);
    expect(await ensureTimelineIndex(db)).toBe(false);
  });

  it('gives a row even to a record the derivation cannot read', async () => {
    const db = createTestDatabase();
    const broken = { id: 'not-a-record', createdAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
    await db.experiences.put(broken as unknown as Experience);
    expect(await rowOf(db, 'experience:not-a-record')).toMatchObject({ live: 1, title: '' });
  });
});

describe('queryTimeline', () => {
  /** 60 entries of several kinds over two months, some sharing a day, a few in the trash. */
  async function seededDossier(db: DossierDatabase) {
    const day = (n: number) =>
      `2026-0${1 + Math.floor(n / 28)}-${String((n % 28) + 1).padStart(2, '0')}`;
    const many = Array.from({ length: 40 }, (_, n) =>
      sampleExperience({
        title: n % 5 === 0 ? `Bijbaan bij Café ${n}` : `Snuffelstage ${n}`,
        kind: n % 5 === 0 ? 'bijbaan' : 'snuffelstage',
        date: day(n % 50),
        competencies: n % 2 === 0 ? ['netwerken'] : ['werkexploratie'],
        deletedAt: n % 13 === 0 ? NOW.toISOString() : null,
      }),
    );
    await experiences.putMany(db, many);
    await reflections.putMany(
      db,
      Array.from({ length: 12 }, (_, n) =>
        sampleReflection({ title: `Refléctie ${n}`, date: day(n * 4) }),
      ),
    );
    await goals.putMany(
      db,
      Array.from({ length: 8 }, () => sampleGoal()),
    );
    return db.timeline.toArray();
  }

  async function allPages(db: DossierDatabase, filter: TimelineFilter, size: number) {
    const pages: TimelineRow[][] = [];
    let upper: string | null = null;
    for (;;) {
      const page = await queryTimeline(db, { filter, range: { lower: null, upper }, limit: size });
      pages.push(page);
      if (page.length < size) return pages;
      upper = page.at(-1)!.sortKey;
    }
  }

  const cases: [string, Partial<TimelineFilter>][] = [
    ['no filter', {}],
    ['kind', { kind: 'reflection' }],
    ['kind of experience', { kind: 'experience', experienceKind: 'bijbaan' }],
    ['competency', { competency: 'netwerken' }],
    ['period', { period: { from: '2026-01-10', to: '2026-02-03' } }],
    ['search without accents', { terms: searchTerms('reflectie') }],
    ['search with accents and case', { terms: searchTerms('CAFÉ bij') }],
    [
      'search and kind and competency',
      { terms: searchTerms('snuf'), competency: 'werkexploratie' },
    ],
    ['search that finds nothing', { terms: searchTerms('garage') }],
  ];

  it.each(cases)('pages through the index like a full scan would: %s', async (name, changes) => {
    const db = createTestDatabase();
    const all = await seededDossier(db);
    const filter = { ...NO_TIMELINE_FILTER, ...changes };
    const expected = pageOfRows(all, filter, ALL, Infinity);
    // Each case selects some entries but not all (or none, where that is the point).
    const live = all.filter((row) => row.live === 1).length;
    if (name === 'search that finds nothing') expect(expected).toEqual([]);
    else expect(expected.length).toBeGreaterThan(0);
    if (name !== 'no filter') expect(expected.length).toBeLessThan(live);
    const pages = await allPages(db, filter, 7);
    expect(pages.flat().map((row) => row.key)).toEqual(expected.map((row) => row.key));
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expect(await queryTimeline(db, { filter, range: ALL, limit: Infinity })).toEqual(expected);
  });

  it('finds the same when a search term matches more entries than it reads directly', async () => {
    const db = createTestDatabase();
    const many = Array.from({ length: 450 }, (_, n) =>
      sampleExperience({
        title: `Stage ${n}`,
        description: n % 3 === 0 ? 'Bakkerij' : 'Garage',
        date: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      }),
    );
    await experiences.putMany(db, many);
    const all = await db.timeline.toArray();
    for (const query of ['stage', 'stage bakkerij', 'bakkerij']) {
      const filter = { ...NO_TIMELINE_FILTER, terms: searchTerms(query) };
      const expected = pageOfRows(all, filter, ALL, 25);
      expect(
        (await queryTimeline(db, { filter, range: ALL, limit: 25 })).map((r) => r.key),
      ).toEqual(expected.map((r) => r.key));
    }
  });

  it('pages through rare matches spread over a long timeline', async () => {
    const db = createTestDatabase();
    // 330 entries, of which 9 touch netwerken: each page of 4 walks past many other rows.
    const many = Array.from({ length: 330 }, (_, n) =>
      sampleExperience({
        title: `Dag ${n}`,
        date: `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
        competencies: n % 40 === 7 ? ['netwerken'] : ['werkexploratie'],
      }),
    );
    await experiences.putMany(db, many);
    const all = await db.timeline.toArray();
    const filter: TimelineFilter = { ...NO_TIMELINE_FILTER, competency: 'netwerken' };
    const expected = pageOfRows(all, filter, ALL, Infinity);
    expect(expected).toHaveLength(9);
    const pages = await allPages(db, filter, 4);
    expect(pages.map((page) => page.length)).toEqual([4, 4, 1]);
    expect(pages.flat().map((row) => row.key)).toEqual(expected.map((row) => row.key));
  });

  it('counts only entries outside the trash and refuses a limit below 1', async () => {
    const db = createTestDatabase();
    const all = await seededDossier(db);
    expect(await countTimeline(db)).toBe(all.filter((row) => row.live === 1).length);
    await expect(
      queryTimeline(db, { filter: NO_TIMELINE_FILTER, range: ALL, limit: 0 }),
    ).rejects.toBeInstanceOf(RangeError);
  });
});
