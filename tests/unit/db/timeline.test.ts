import { describe, expect, it } from 'vitest';
import {
  countLiveExperiences,
  experiences,
  hasLiveExperiences,
  listTimeline,
  type TimelineCursor,
} from '@/db';
import { markDeleted, type Experience } from '@/domain';
import { NOW, sampleExperience } from './sample-records';
import { createTestDatabase } from './test-database';

/** The expected order: date descending, then id descending on the same date. */
function timelineOrder(a: Experience, b: Experience): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/** 25 live experiences over 12 days (several sharing a date) plus 4 in the trash among them. */
function dossierWithHistory(): { live: Experience[]; trashed: Experience[] } {
  const live = Array.from({ length: 25 }, (_, index) =>
    sampleExperience({
      title: `Ervaring ${index + 1}`,
      // Days 1..12 of February, so every date holds two or three experiences.
      date: `2026-02-${String((index % 12) + 1).padStart(2, '0')}`,
    }),
  );
  const trashed = ['2026-02-12', '2026-02-05', '2026-02-05', '2026-01-01'].map((date) =>
    markDeleted(sampleExperience({ title: 'Weggegooid', date }), NOW),
  );
  return { live, trashed };
}

describe('listTimeline', () => {
  it('pages newest first in pages of 10, 10 and 5, skipping the trash', async () => {
    const db = createTestDatabase();
    const { live, trashed } = dossierWithHistory();
    // Written in a shuffled order, so the result order cannot come from insertion order.
    await experiences.putMany(db, [...live.slice(13), ...trashed, ...live.slice(0, 13)]);

    const pages: Experience[][] = [];
    let before: TimelineCursor | undefined;
    for (;;) {
      const page = await listTimeline(db, { limit: 10, before });
      pages.push(page);
      if (page.length < 10) break;
      before = page.at(-1);
    }

    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    const expected = [...live].sort(timelineOrder);
    expect(pages.flat().map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(pages.flat().every((e) => e.deletedAt === null)).toBe(true);
  });

  it('gives the same pages every time (ties on a date broken by id)', async () => {
    const db = createTestDatabase();
    const sameDay = Array.from({ length: 7 }, () => sampleExperience({ date: '2026-02-14' }));
    await experiences.putMany(db, sameDay);

    const first = await listTimeline(db, { limit: 3 });
    const second = await listTimeline(db, { limit: 3, before: first.at(-1) });
    const third = await listTimeline(db, { limit: 3, before: second.at(-1) });
    const ids = [...first, ...second, ...third].map((e) => e.id);
    expect(ids).toEqual(
      sameDay
        .map((e) => e.id)
        .sort()
        .reverse(),
    );
    expect(await listTimeline(db, { limit: 3 })).toEqual(first);
  });

  it('returns an empty page past the end and for an empty dossier', async () => {
    const db = createTestDatabase();
    expect(await listTimeline(db, { limit: 10 })).toEqual([]);
    const only = sampleExperience();
    await experiences.put(db, only);
    expect(await listTimeline(db, { limit: 10, before: only })).toEqual([]);
  });

  it('refuses a limit that is not a positive integer', async () => {
    const db = createTestDatabase();
    for (const limit of [0, -1, 2.5, Number.NaN]) {
      await expect(listTimeline(db, { limit })).rejects.toBeInstanceOf(RangeError);
    }
  });
});

describe('countLiveExperiences', () => {
  it('counts experiences outside the trash', async () => {
    const db = createTestDatabase();
    const { live, trashed } = dossierWithHistory();
    await experiences.putMany(db, [...live, ...trashed]);
    expect(await countLiveExperiences(db)).toBe(25);
    expect(await experiences.countLive(db)).toBe(25);
  });
});

describe('hasLiveExperiences', () => {
  it('answers whether any experience is outside the trash', async () => {
    const db = createTestDatabase();
    expect(await hasLiveExperiences(db)).toBe(false);
    const { live, trashed } = dossierWithHistory();
    await experiences.putMany(db, trashed);
    expect(await hasLiveExperiences(db)).toBe(false);
    await experiences.putMany(db, [live.at(-1)!]);
    expect(await hasLiveExperiences(db)).toBe(true);
  });
});
