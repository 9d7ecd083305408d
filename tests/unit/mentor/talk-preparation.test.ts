import { describe, expect, it } from 'vitest';
import {
  markDeleted,
  newRecordBase,
  withChanges,
  type DossierSnapshot,
  type MentorTalk,
} from '@/domain';
import {
  afsprakenProgress,
  changesSinceDay,
  combineMentorTalks,
  competencyStandings,
  countChanges,
  lastTalkDay,
  openGoals,
  preparedQuestions,
  previousTalk,
  startOfDayMoment,
} from '@/domain/talk-preparation';
import {
  NOW,
  sampleConversation,
  sampleExperience,
  sampleGoal,
  sampleReflection,
  sampleScore,
} from '../db/sample-records';
import { inTimeZone } from '../domain/support';

function snapshot(parts: Partial<DossierSnapshot> = {}): DossierSnapshot {
  return {
    experiences: [],
    reflections: [],
    goals: [],
    traits: [],
    choices: [],
    conversations: [],
    leermeter: [],
    feedback: [],
    ...parts,
  };
}

function talk(date: string, overrides: Partial<MentorTalk> = {}): MentorTalk {
  return {
    ...newRecordBase(NOW),
    conversationId: null,
    kind: 'voortgangsgesprek',
    date,
    authorName: 'Dhr. Bakker',
    authorRole: 'mentor',
    participants: [],
    summary: '',
    afspraken: [],
    agreedGoals: [],
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

describe('lastTalkDay and previousTalk', () => {
  it('takes the latest held conversation or mentor talk, ignoring prepared talks and the trash', () => {
    const held = sampleConversation({ held: true, date: '2026-02-10' });
    const prepared = sampleConversation({ held: false, date: '2026-04-01' });
    const trashedHeld = markDeleted(sampleConversation({ held: true, date: '2026-03-30' }), NOW);
    const mentorTalk = talk('2026-03-01');
    const trashedTalk = markDeleted(talk('2026-03-31'), NOW);

    expect(lastTalkDay([held, prepared, trashedHeld], [mentorTalk, trashedTalk])).toBe(
      '2026-03-01',
    );
    expect(lastTalkDay([held, prepared], [])).toBe('2026-02-10');
    expect(lastTalkDay([prepared], [])).toBeNull();
    expect(previousTalk([held, prepared, trashedHeld], [mentorTalk, trashedTalk])).toEqual({
      conversation: held,
      mentorTalk,
    });
  });

  it('prefers the later-edited record when two talks share a day', () => {
    const first = talk('2026-03-01');
    const second = withChanges(
      talk('2026-03-01'),
      { summary: 'later' },
      at('2026-03-05T10:00:00Z'),
    );
    expect(previousTalk([], [second, first]).mentorTalk).toBe(second);
    expect(previousTalk([], [first, second]).mentorTalk).toBe(second);
  });

  it('combines the mentor talks in the copy with the mentor’s own, the later edit winning', () => {
    const merged = talk('2026-02-01');
    const editedSince = withChanges(merged, { summary: 'bijgewerkt' }, at('2026-03-05T10:00:00Z'));
    const onlyMine = talk('2026-03-05');

    const combined = combineMentorTalks([merged], [editedSince, onlyMine]);
    expect(combined).toEqual([editedSince, onlyMine]);
    expect(combineMentorTalks([editedSince], [merged])).toEqual([editedSince]);
  });

  it('counts which afspraken were done', () => {
    const progress = afsprakenProgress([
      { id: crypto.randomUUID(), text: 'Open dag bezoeken', done: true },
      { id: crypto.randomUUID(), text: 'Cv maken', done: false },
    ]);
    expect([progress.done, progress.total]).toEqual([1, 2]);
  });
});

describe('preparedQuestions', () => {
  it('takes the nearest prepared talk and drops empty questions', () => {
    const later = sampleConversation({ date: '2026-05-01', preparationQuestions: ['Later?'] });
    const next = sampleConversation({
      date: '2026-04-01',
      preparationQuestions: [' Welke open dagen zijn er? ', '', '  '],
      topics: '  Mijn stage  ',
    });
    const held = sampleConversation({
      held: true,
      date: '2026-03-01',
      preparationQuestions: ['Oud'],
    });

    expect(preparedQuestions([later, held, next])).toEqual({
      conversation: next,
      questions: ['Welke open dagen zijn er?'],
      topics: 'Mijn stage',
    });
    expect(preparedQuestions([held])).toEqual({ conversation: null, questions: [], topics: '' });
  });
});

describe('openGoals', () => {
  it('lists bezig before open, nearest due date first, and marks overdue ones', () => {
    const done = sampleGoal({ status: 'gedaan', text: 'Gedaan' });
    const letGo = sampleGoal({ status: 'losgelaten', text: 'Losgelaten' });
    const noDue = sampleGoal({ status: 'open', dueDate: null, text: 'Zonder datum' });
    const soon = sampleGoal({ status: 'open', dueDate: '2026-03-01', text: 'Te laat' });
    const later = sampleGoal({ status: 'open', dueDate: '2026-06-01', text: 'Later' });
    const busy = sampleGoal({ status: 'bezig', dueDate: '2026-07-01', text: 'Bezig' });
    const trashed = markDeleted(sampleGoal({ status: 'open', text: 'Weg' }), NOW);

    const result = openGoals([done, letGo, noDue, later, soon, busy, trashed], '2026-03-15');

    expect(result.map(({ goal, overdue }) => [goal.text, overdue])).toEqual([
      ['Bezig', false],
      ['Te laat', true],
      ['Later', false],
      ['Zonder datum', false],
    ]);
  });
});

describe('competencyStandings', () => {
  it('combines activity, the latest pupil score and the latest mentor view per competency', () => {
    const dossier = snapshot({
      experiences: [
        sampleExperience({ date: '2026-03-01', competencies: ['werkexploratie', 'netwerken'] }),
        sampleExperience({ date: '2026-01-10', competencies: ['werkexploratie'] }),
      ],
      reflections: [sampleReflection({ date: '2026-02-01', competencies: ['werkexploratie'] })],
      leermeter: [
        sampleScore({ competency: 'werkexploratie', step: 2, date: '2026-01-01' }),
        sampleScore({ competency: 'werkexploratie', step: 3, date: '2026-03-01' }),
        // merged earlier from a feedback file
        sampleScore({
          competency: 'werkexploratie',
          step: 2,
          date: '2026-02-01',
          scoredBy: 'mentor',
        }),
        markDeleted(sampleScore({ competency: 'netwerken', step: 4, date: '2026-03-02' }), NOW),
      ],
    });
    const mine = [
      sampleScore({
        competency: 'werkexploratie',
        step: 4,
        date: '2026-03-10',
        scoredBy: 'mentor',
      }),
    ];

    const rows = competencyStandings(dossier, mine, '2026-03-15');

    const werk = rows.find((row) => row.competency === 'werkexploratie');
    expect(werk).toEqual({
      competency: 'werkexploratie',
      experienceCount: 2,
      reflectionCount: 1,
      goalCount: 0,
      lastActivity: '2026-03-01',
      pupilScore: { step: 3, date: '2026-03-01' },
      mentorScore: { step: 4, date: '2026-03-10' },
      gap: false,
    });
    const netwerken = rows.find((row) => row.competency === 'netwerken');
    expect(netwerken).toMatchObject({ experienceCount: 1, pupilScore: null, mentorScore: null });
    const sturing = rows.find((row) => row.competency === 'loopbaansturing');
    expect(sturing).toMatchObject({ experienceCount: 0, lastActivity: null, gap: true });
    expect(rows.map((row) => row.competency)).toEqual([
      'kwaliteitenreflectie',
      'motievenreflectie',
      'werkexploratie',
      'loopbaansturing',
      'netwerken',
    ]);
  });
});

describe('changesSinceDay', () => {
  const stamp = (iso: string) => ({ createdAt: iso, updatedAt: iso });

  it('groups new, changed and deleted entries from the start of the day on, newest first', () => {
    const old = sampleExperience({ ...stamp('2026-02-01T10:00:00.000Z'), title: 'Oud' });
    const changed = {
      ...old,
      id: crypto.randomUUID(),
      title: 'Gewijzigd',
      updatedAt: '2026-03-11T09:00:00.000Z',
    };
    const morning = sampleExperience({ ...stamp('2026-03-10T00:30:00.000Z'), title: 'Ochtend' });
    const newer = sampleExperience({ ...stamp('2026-03-12T08:00:00.000Z'), title: 'Nieuwer' });
    const goal = sampleGoal(stamp('2026-03-11T12:00:00.000Z'));
    const deleted = markDeleted(
      sampleReflection(stamp('2026-01-01T00:00:00.000Z')),
      at('2026-03-13T00:00:00Z'),
    );

    const groups = inTimeZone('UTC', () =>
      changesSinceDay(
        snapshot({
          experiences: [old, changed, morning, newer],
          goals: [goal],
          reflections: [deleted],
        }),
        '2026-03-10',
      ),
    );

    expect(
      groups.map((group) => [
        group.collection,
        group.entries.map((entry) => [
          entry.change,
          (entry.record as { title?: string }).title ?? entry.record.id,
        ]),
      ]),
    ).toEqual([
      [
        'experiences',
        [
          ['created', 'Nieuwer'],
          ['updated', 'Gewijzigd'],
          ['created', 'Ochtend'],
        ],
      ],
      ['reflections', [['deleted', deleted.title]]],
      ['goals', [['created', goal.id]]],
    ]);
    expect(countChanges(groups)).toBe(5);
  });

  it('reads the day in the local time zone, not UTC', () => {
    // 23:30 UTC on 9 March is already 10 March in Amsterdam.
    const lateEvening = sampleExperience(stamp('2026-03-09T23:30:00.000Z'));
    const dossier = snapshot({ experiences: [lateEvening] });
    expect(
      inTimeZone('Europe/Amsterdam', () => countChanges(changesSinceDay(dossier, '2026-03-10'))),
    ).toBe(1);
    expect(inTimeZone('UTC', () => countChanges(changesSinceDay(dossier, '2026-03-10')))).toBe(0);
    expect(inTimeZone('Europe/Amsterdam', () => startOfDayMoment('2026-03-10'))).toBe(
      '2026-03-09T23:00:00.000Z',
    );
  });

  it('shows everything in the copy without a day, and refuses a day that is not one', () => {
    const dossier = snapshot({ experiences: [sampleExperience()], goals: [sampleGoal()] });
    expect(countChanges(changesSinceDay(dossier, null))).toBe(2);
    expect(() => changesSinceDay(dossier, '10-03-2026')).toThrow(RangeError);
  });
});
