import { describe, expect, it } from 'vitest';
import { markDeleted } from '@/domain';
import { searchTerms } from '@/domain/search';
import {
  choiceRow,
  conversationRow,
  experienceRow,
  goalRow,
  leermeterRoundRow,
  reflectionRow,
  traitRow,
  type TimelineRow,
} from '@/domain/timeline';
import {
  NO_TIMELINE_FILTER,
  inRange,
  intersectRanges,
  matchesTimelineFilter,
  pageOfRows,
  periodForPreset,
  periodSortKeyRange,
  type TimelineFilter,
} from '@/domain/timeline-filter';
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
import { inTimeZone } from '../domain/support';

const filter = (changes: Partial<TimelineFilter>): TimelineFilter => ({
  ...NO_TIMELINE_FILTER,
  ...changes,
});

describe('timeline rows', () => {
  it('derive an experience row with every text field searchable', () => {
    const experience = sampleExperience({
      title: 'Snuffelstage bij Café Ôlijf',
      starr: { situatie: 'Drukke zaterdag', taak: '', actie: '', resultaat: '', reflectie: '' },
    });
    const row = experienceRow(experience);
    expect(row).toMatchObject({
      key: `experience:${experience.id}`,
      kind: 'experience',
      recordId: experience.id,
      live: 1,
      date: '2026-02-20',
      sortKey: `2026-02-20|${experience.createdAt}|experience:${experience.id}`,
      title: 'Snuffelstage bij Café Ôlijf',
      subKind: 'snuffelstage',
      place: 'Utrecht',
      competencies: ['werkexploratie', 'netwerken'],
      count: 0,
    });
    // Title, place, contact, description, competency reflection, SLO and STARR fields.
    for (const word of ['cafe', 'olijf', 'utrecht', 'mo', 'brood', 'handen', 'open', 'drukke']) {
      expect(row.words, word).toContain(word);
    }
  });

  it('mark a record in the trash as not live', () => {
    expect(reflectionRow(markDeleted(sampleReflection(), NOW)).live).toBe(0);
    expect(reflectionRow(sampleReflection()).live).toBe(1);
  });

  it('put goals and traits on the local day they were made', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    const createdAt = '2026-03-01T23:30:00.000Z';
    inTimeZone('Europe/Amsterdam', () => {
      expect(goalRow(sampleGoal({ createdAt })).date).toBe('2026-03-02');
      expect(traitRow(sampleTrait({ createdAt })).date).toBe('2026-03-02');
    });
    const goal = goalRow(sampleGoal({ text: 'Open dag ROC bezoeken', status: 'bezig' }));
    expect(goal).toMatchObject({
      title: 'Open dag ROC bezoeken',
      status: 'bezig',
      competencies: ['werkexploratie'],
    });
    expect(goalRow(sampleGoal({ competency: null })).competencies).toEqual([]);
  });

  it('name a conversation after the people in it and index its whole content', () => {
    const row = conversationRow(
      sampleConversation({
        kind: 'trialoog',
        held: true,
        participants: [
          { name: 'Dhr. Bakker', role: 'mentor' },
          { name: '', role: 'praktijkopleider' },
          { name: 'Mo Haddou', role: 'praktijkopleider' },
        ],
        summary: 'Afspraak gemaakt over stage',
      }),
    );
    expect(row).toMatchObject({
      title: 'Dhr. Bakker, Mo Haddou',
      subKind: 'trialoog',
      status: 'gehouden',
    });
    for (const word of ['trialoog', 'haddou', 'praktijkopleider', 'welke', 'stage', 'plannen']) {
      expect(row.words, word).toContain(word);
    }
    expect(conversationRow(sampleConversation()).status).toBe('gepland');
  });

  it('derive choices and traits with their kinds', () => {
    expect(choiceRow(sampleChoice({ status: 'gekozen' }))).toMatchObject({
      kind: 'choice',
      title: 'Bakker (mbo 2)',
      subKind: 'opleiding',
      status: 'gekozen',
    });
    expect(choiceRow(sampleChoice()).words).toEqual(
      expect.arrayContaining(['bakker', 'handen', 'vroeg']),
    );
    expect(traitRow(sampleTrait({ kind: 'motief', name: 'Helpen' }))).toMatchObject({
      kind: 'trait',
      subKind: 'motief',
      title: 'Helpen',
    });
  });
});

describe('leermeterRoundRow', () => {
  const day = '2026-03-05';
  const scores = [
    sampleScore({ date: day, competency: 'netwerken', createdAt: '2026-03-05T10:00:00.000Z' }),
    sampleScore({
      date: day,
      competency: 'werkexploratie',
      note: 'Beroepentest gedaan',
      createdAt: '2026-03-05T10:00:00.000Z',
    }),
    sampleScore({
      date: day,
      competency: 'netwerken',
      scoredBy: 'mentor',
      scorerName: 'Dhr. Bakker',
      createdAt: '2026-03-06T09:00:00.000Z',
    }),
    sampleScore({ date: '2026-01-10', competency: 'loopbaansturing' }),
  ];

  it('makes one row of all scores of a day', () => {
    const row = leermeterRoundRow(day, scores);
    expect(row).toMatchObject({
      key: `leermeter:${day}`,
      kind: 'leermeter',
      recordId: null,
      live: 1,
      date: day,
      count: 3,
      competencies: ['netwerken', 'werkexploratie'],
      // The latest score moves the round up within its day.
      sortKey: `${day}|2026-03-06T09:00:00.000Z|leermeter:${day}`,
    });
    expect(row?.words).toEqual(expect.arrayContaining(['leermeter', 'beroepentest', 'bakker']));
  });

  it('keeps a row that is not live when every score of the day is in the trash', () => {
    const trashed = scores.map((score) => markDeleted(score, NOW));
    expect(leermeterRoundRow(day, trashed)).toMatchObject({ live: 0, count: 0 });
  });

  it('gives no row for a day without scores', () => {
    expect(leermeterRoundRow('2026-04-01', scores)).toBeNull();
  });
});

describe('filtering', () => {
  const experience = experienceRow(sampleExperience({ title: 'Open dag Albeda' }));
  const goal = goalRow(sampleGoal());
  const trashed = experienceRow(markDeleted(sampleExperience(), NOW));

  it('never shows the trash', () => {
    expect(matchesTimelineFilter(trashed, NO_TIMELINE_FILTER)).toBe(false);
    expect(matchesTimelineFilter(experience, NO_TIMELINE_FILTER)).toBe(true);
  });

  it('filters by kind, kind of experience, competency, period and words', () => {
    expect(matchesTimelineFilter(experience, filter({ kind: 'goal' }))).toBe(false);
    expect(matchesTimelineFilter(goal, filter({ kind: 'goal' }))).toBe(true);
    expect(
      matchesTimelineFilter(
        experience,
        filter({ kind: 'experience', experienceKind: 'snuffelstage' }),
      ),
    ).toBe(true);
    expect(
      matchesTimelineFilter(experience, filter({ kind: 'experience', experienceKind: 'bijbaan' })),
    ).toBe(false);
    expect(matchesTimelineFilter(experience, filter({ competency: 'netwerken' }))).toBe(true);
    expect(matchesTimelineFilter(experience, filter({ competency: 'loopbaansturing' }))).toBe(
      false,
    );
    expect(
      matchesTimelineFilter(experience, filter({ period: { from: '2026-02-20', to: null } })),
    ).toBe(true);
    expect(
      matchesTimelineFilter(experience, filter({ period: { from: null, to: '2026-02-19' } })),
    ).toBe(false);
    expect(matchesTimelineFilter(experience, filter({ terms: searchTerms('ALBÉDA open') }))).toBe(
      true,
    );
    expect(matchesTimelineFilter(experience, filter({ terms: searchTerms('garage') }))).toBe(false);
  });

  it('pages candidate rows newest first within a range', () => {
    const rows: TimelineRow[] = ['2026-01-01', '2026-03-01', '2026-02-01', '2026-04-01'].map(
      (date) => experienceRow(sampleExperience({ date })),
    );
    const all = pageOfRows(
      [...rows, trashed],
      NO_TIMELINE_FILTER,
      { lower: null, upper: null },
      10,
    );
    expect(all.map((row) => row.date)).toEqual([
      '2026-04-01',
      '2026-03-01',
      '2026-02-01',
      '2026-01-01',
    ]);
    const below = pageOfRows(rows, NO_TIMELINE_FILTER, { lower: null, upper: all[1]!.sortKey }, 1);
    expect(below.map((row) => row.date)).toEqual(['2026-02-01']);
  });
});

describe('sort key ranges', () => {
  it('cover whole days of a period', () => {
    const range = periodSortKeyRange({ from: '2026-02-01', to: '2026-02-28' });
    const key = (date: string) => `${date}|2026-01-01T00:00:00.000Z|experience:x`;
    expect(inRange(key('2026-02-01'), range)).toBe(true);
    expect(inRange(key('2026-02-28'), range)).toBe(true);
    expect(inRange(key('2026-01-31'), range)).toBe(false);
    expect(inRange(key('2026-03-01'), range)).toBe(false);
    expect(periodSortKeyRange(null)).toEqual({ lower: null, upper: null });
  });

  it('intersect, or give null when they do not overlap', () => {
    expect(intersectRanges({ lower: 'b', upper: null }, { lower: null, upper: 'd' })).toEqual({
      lower: 'b',
      upper: 'd',
    });
    expect(intersectRanges({ lower: 'a', upper: 'c' }, { lower: 'b', upper: 'z' })).toEqual({
      lower: 'b',
      upper: 'c',
    });
    expect(intersectRanges({ lower: 'c', upper: null }, { lower: null, upper: 'c' })).toBeNull();
  });
});

describe('periodForPreset', () => {
  it('counts back from today', () => {
    expect(periodForPreset('all', '2026-03-31')).toBeNull();
    expect(periodForPreset('month', '2026-03-31')).toEqual({
      from: '2026-02-28',
      to: '2026-03-31',
    });
    expect(periodForPreset('threeMonths', '2026-05-15')).toEqual({
      from: '2026-02-15',
      to: '2026-05-15',
    });
    expect(periodForPreset('year', '2026-05-15')).toEqual({ from: '2025-05-15', to: '2026-05-15' });
  });

  it('starts the school year on 1 August', () => {
    expect(periodForPreset('schoolYear', '2026-03-10')).toEqual({
      from: '2025-08-01',
      to: '2026-03-10',
    });
    expect(periodForPreset('schoolYear', '2026-08-01')).toEqual({
      from: '2026-08-01',
      to: '2026-08-01',
    });
  });

  it('takes a custom period, swapped when given backwards, ignoring invalid days', () => {
    const today = '2026-03-10';
    expect(periodForPreset('custom', today, { from: '2026-02-01', to: null })).toEqual({
      from: '2026-02-01',
      to: null,
    });
    expect(periodForPreset('custom', today, { from: '2026-03-01', to: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-01',
    });
    expect(periodForPreset('custom', today, { from: '2026-02-31', to: 'gisteren' })).toBeNull();
  });

  it('refuses an invalid today', () => {
    expect(() => periodForPreset('month', 'nope')).toThrow(RangeError);
  });
});
