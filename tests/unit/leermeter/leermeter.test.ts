import { describe, expect, it } from 'vitest';
import {
  LeermeterDateTakenError,
  leermeter,
  restoreLeermeterScores,
  saveLeermeterRound,
  trashLeermeterRound,
} from '@/db';
import { createLeermeterScore, markDeleted, type LeermeterScore } from '@/domain';
import { leermeterSeries, pupilRounds, roundScoresToSave } from '@/domain/leermeter';
import { createTestDatabase } from '../db/test-database';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date('2026-03-02T10:00:00.000Z');

function score(fields: Partial<LeermeterScore> & Pick<LeermeterScore, 'competency' | 'date'>) {
  return { ...createLeermeterScore({ step: 2, ...fields }, NOW), ...fields };
}

describe('pupilRounds', () => {
  it('groups the pupil’s live scores by day, newest first, in catalogue order', () => {
    const rounds = pupilRounds([
      score({ competency: 'netwerken', date: '2026-01-10' }),
      score({ competency: 'kwaliteitenreflectie', date: '2026-01-10' }),
      score({ competency: 'werkexploratie', date: '2026-02-01' }),
      score({ competency: 'werkexploratie', date: '2026-02-01', scoredBy: 'mentor' }),
      markDeleted(score({ competency: 'loopbaansturing', date: '2026-03-01' }), NOW),
    ]);
    expect(rounds.map((round) => [round.date, round.scores.map((s) => s.competency)])).toEqual([
      ['2026-02-01', ['werkexploratie']],
      ['2026-01-10', ['kwaliteitenreflectie', 'netwerken']],
    ]);
  });
});

describe('leermeterSeries', () => {
  it('gives one series per scorer, the pupil first, oldest first, without the trash', () => {
    const series = leermeterSeries([
      score({ competency: 'netwerken', date: '2026-02-01', scoredBy: 'praktijkopleider' }),
      score({ competency: 'netwerken', date: '2026-02-01' }),
      score({ competency: 'netwerken', date: '2025-12-01' }),
      markDeleted(score({ competency: 'netwerken', date: '2026-01-01', scoredBy: 'mentor' }), NOW),
    ]);
    expect(series.map((s) => [s.scoredBy, s.scores.map((x) => x.date)])).toEqual([
      ['leerling', ['2025-12-01', '2026-02-01']],
      ['praktijkopleider', ['2026-02-01']],
    ]);
  });
});

describe('roundScoresToSave', () => {
  it('creates a score per chosen competency for a new round, trimming notes', () => {
    const saved = roundScoresToSave(
      [],
      '2026-03-01',
      { netwerken: { step: 3, note: '  Zelf gebeld ' }, werkexploratie: { step: 1, note: '' } },
      NOW,
    );
    expect(saved.map((s) => [s.competency, s.step, s.note, s.date, s.scoredBy])).toEqual([
      ['werkexploratie', 1, '', '2026-03-01', 'leerling'],
      ['netwerken', 3, 'Zelf gebeld', '2026-03-01', 'leerling'],
    ]);
  });

  it('updates changed scores in place, leaves unchanged ones alone, moves them with the date', () => {
    const netwerken = score({ competency: 'netwerken', date: '2026-02-01', step: 1 });
    const werk = score({ competency: 'werkexploratie', date: '2026-02-01', step: 2 });
    const same = roundScoresToSave(
      [netwerken, werk],
      '2026-02-01',
      { netwerken: { step: 2, note: '' }, werkexploratie: { step: 2, note: werk.note } },
      LATER,
    );
    expect(same).toEqual([{ ...netwerken, step: 2, note: '', updatedAt: LATER.toISOString() }]);

    const moved = roundScoresToSave([netwerken, werk], '2026-02-05', {}, LATER);
    // Catalogue order: werkexploratie comes before netwerken.
    expect(moved.map((s) => [s.id, s.date])).toEqual([
      [werk.id, '2026-02-05'],
      [netwerken.id, '2026-02-05'],
    ]);
  });
});

describe('saving, trashing and restoring rounds', () => {
  it('saves a round in one go and refuses a second round on the same day', async () => {
    const db = createTestDatabase();
    await saveLeermeterRound(
      db,
      { originalDate: null, date: '2026-03-01', input: { netwerken: { step: 2, note: '' } } },
      NOW,
    );
    await expect(
      saveLeermeterRound(
        db,
        {
          originalDate: null,
          date: '2026-03-01',
          input: { werkexploratie: { step: 4, note: '' } },
        },
        NOW,
      ),
    ).rejects.toBeInstanceOf(LeermeterDateTakenError);
    expect((await leermeter.listLive(db)).map((s) => s.competency)).toEqual(['netwerken']);
  });

  it('moves a round to another free day, keeping the ids', async () => {
    const db = createTestDatabase();
    const [first] = await saveLeermeterRound(
      db,
      { originalDate: null, date: '2026-03-01', input: { netwerken: { step: 2, note: '' } } },
      NOW,
    );
    await saveLeermeterRound(
      db,
      {
        originalDate: '2026-03-01',
        date: '2026-03-04',
        input: { netwerken: { step: 3, note: '' } },
      },
      LATER,
    );
    expect(await leermeter.listLive(db)).toEqual([
      { ...first, step: 3, date: '2026-03-04', updatedAt: LATER.toISOString() },
    ]);
  });

  it('trashes only the pupil’s scores of a day, and restores them all', async () => {
    const db = createTestDatabase();
    const mentor = score({ competency: 'netwerken', date: '2026-03-01', scoredBy: 'mentor' });
    await leermeter.putMany(db, [
      score({ competency: 'netwerken', date: '2026-03-01' }),
      score({ competency: 'werkexploratie', date: '2026-03-01' }),
      mentor,
    ]);
    const ids = await trashLeermeterRound(db, '2026-03-01', LATER);
    expect(ids).toHaveLength(2);
    expect((await leermeter.listLive(db)).map((s) => s.id)).toEqual([mentor.id]);
    await restoreLeermeterScores(db, ids, LATER);
    expect(await leermeter.listLive(db)).toHaveLength(3);
  });
});
