import { describe, expect, it } from 'vitest';
import {
  changesSince,
  competencyGaps,
  COMPETENCY_KEYS,
  coverageByCompetency,
  createChoice,
  createConversation,
  createExperience,
  createFeedback,
  createGoal,
  createLeermeterScore,
  createReflection,
  createTrait,
  markDeleted,
  withChanges,
  type CompetencyKey,
  type DossierSnapshot,
  type LeermeterStep,
  type RecordBase,
  type Scorer,
} from '@/domain';
import { at, inTimeZone } from './support';

const NOW = at('2026-06-01T10:00:00.000Z');

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

function experience(date: string, competencies: CompetencyKey[]) {
  const created = createExperience({ kind: 'snuffelstage', title: `Ervaring ${date}`, date }, NOW);
  return { ...created, competencies };
}

function reflection(date: string, competencies: CompetencyKey[]) {
  return { ...createReflection({ title: `Reflectie ${date}`, date }, NOW), competencies };
}

function goal(createdAt: string, competency: CompetencyKey | null) {
  return createGoal({ text: 'Doel', competency }, at(createdAt));
}

function score(
  competency: CompetencyKey,
  step: LeermeterStep,
  date: string,
  scoredBy: Scorer = 'leerling',
) {
  return createLeermeterScore({ competency, step, date, scoredBy }, NOW);
}

/** Pins a record's timestamps, as they would be after edits at those moments. */
function stamped<T extends RecordBase>(
  record: T,
  createdAt: string,
  updatedAt = createdAt,
  deletedAt: string | null = null,
): T {
  return { ...record, createdAt, updatedAt, deletedAt };
}

function coverageOf(competency: CompetencyKey, ...args: Parameters<typeof coverageByCompetency>) {
  const found = coverageByCompetency(...args).find((c) => c.competency === competency);
  if (!found) throw new Error(`no coverage for ${competency}`);
  return found;
}

describe('coverageByCompetency', () => {
  it('counts entries per competency, in catalogue order', () => {
    const dossier = snapshot({
      experiences: [
        experience('2026-02-10', ['werkexploratie', 'netwerken']),
        experience('2026-03-05', ['werkexploratie']),
      ],
      reflections: [reflection('2026-03-20', ['werkexploratie', 'kwaliteitenreflectie'])],
      goals: [goal('2026-04-02T09:00:00Z', 'werkexploratie'), goal('2026-04-03T09:00:00Z', null)],
    });
    const coverage = coverageByCompetency(dossier);
    expect(coverage.map((c) => c.competency)).toEqual([...COMPETENCY_KEYS]);
    expect(coverage.find((c) => c.competency === 'werkexploratie')).toMatchObject({
      experienceCount: 2,
      reflectionCount: 1,
      goalCount: 1,
      total: 4,
      lastActivity: '2026-04-02',
    });
    expect(coverageOf('netwerken', dossier)).toMatchObject({
      experienceCount: 1,
      total: 1,
      lastActivity: '2026-02-10',
    });
    expect(coverageOf('kwaliteitenreflectie', dossier)).toMatchObject({
      reflectionCount: 1,
      total: 1,
      lastActivity: '2026-03-20',
    });
    expect(coverageOf('loopbaansturing', dossier)).toMatchObject({
      experienceCount: 0,
      reflectionCount: 0,
      goalCount: 0,
      total: 0,
      lastActivity: null,
      leermeter: { first: null, latest: null, growth: null },
    });
  });

  it('counts an entry once even if a file lists its competency twice', () => {
    const dossier = snapshot({
      experiences: [experience('2026-02-10', ['netwerken', 'netwerken'])],
    });
    expect(coverageOf('netwerken', dossier).experienceCount).toBe(1);
  });

  it('keeps to the period, bounds included', () => {
    const dossier = snapshot({
      experiences: [
        experience('2026-01-31', ['netwerken']),
        experience('2026-02-01', ['netwerken']),
        experience('2026-02-28', ['netwerken']),
        experience('2026-03-01', ['netwerken']),
      ],
      reflections: [
        reflection('2026-02-14', ['netwerken']),
        reflection('2026-03-02', ['netwerken']),
      ],
    });
    const february = coverageOf('netwerken', dossier, { from: '2026-02-01', to: '2026-02-28' });
    expect(february).toMatchObject({
      experienceCount: 2,
      reflectionCount: 1,
      total: 3,
      lastActivity: '2026-02-28',
    });
    expect(coverageOf('netwerken', dossier).total).toBe(6);
  });

  it('dates a goal by the local day it was set', () => {
    // Set at 23:30 UTC on 31 March: already 1 April for a pupil in Amsterdam.
    const dossier = snapshot({ goals: [goal('2026-03-31T23:30:00Z', 'loopbaansturing')] });
    const april = { from: '2026-04-01', to: '2026-04-30' };
    const march = { from: '2026-03-01', to: '2026-03-31' };
    inTimeZone('Europe/Amsterdam', () => {
      expect(coverageOf('loopbaansturing', dossier, april)).toMatchObject({
        goalCount: 1,
        lastActivity: '2026-04-01',
      });
      expect(coverageOf('loopbaansturing', dossier, march).goalCount).toBe(0);
    });
  });

  it('ignores records in the trash', () => {
    const later = at('2026-06-02T10:00:00Z');
    const dossier = snapshot({
      experiences: [
        experience('2026-02-10', ['netwerken']),
        markDeleted(experience('2026-05-10', ['netwerken']), later),
      ],
      reflections: [markDeleted(reflection('2026-05-11', ['netwerken']), later)],
      goals: [markDeleted(goal('2026-05-12T10:00:00Z', 'netwerken'), later)],
      leermeter: [
        score('netwerken', 1, '2026-01-01'),
        markDeleted(score('netwerken', 4, '2026-05-13'), later),
      ],
    });
    expect(coverageOf('netwerken', dossier)).toMatchObject({
      experienceCount: 1,
      reflectionCount: 0,
      goalCount: 0,
      total: 1,
      lastActivity: '2026-02-10',
      leermeter: { first: 1, latest: 1, growth: null },
    });
  });

  it('shows leermeter growth from the pupil’s own scores, by date', () => {
    const dossier = snapshot({
      // Entered out of order: the dates decide which is first and latest.
      leermeter: [
        score('netwerken', 3, '2026-04-01'),
        score('netwerken', 1, '2026-01-15'),
        score('netwerken', 2, '2026-02-20'),
        score('netwerken', 4, '2026-03-01', 'mentor'),
        score('netwerken', 1, '2026-05-01', 'praktijkopleider'),
        score('werkexploratie', 4, '2026-03-01'),
      ],
    });
    expect(coverageOf('netwerken', dossier).leermeter).toEqual({ first: 1, latest: 3, growth: 2 });
    expect(coverageOf('werkexploratie', dossier).leermeter).toEqual({
      first: 4,
      latest: 4,
      growth: null,
    });
    // Scores are not entries.
    expect(coverageOf('netwerken', dossier)).toMatchObject({ total: 0, lastActivity: null });
  });

  it('shows a decline as negative growth and limits scores to the period', () => {
    const dossier = snapshot({
      leermeter: [
        score('motievenreflectie', 2, '2026-01-10'),
        score('motievenreflectie', 4, '2026-02-10'),
        score('motievenreflectie', 3, '2026-03-10'),
      ],
    });
    expect(coverageOf('motievenreflectie', dossier).leermeter.growth).toBe(1);
    expect(
      coverageOf('motievenreflectie', dossier, { from: '2026-02-01', to: '2026-03-31' }).leermeter,
    ).toEqual({ first: 4, latest: 3, growth: -1 });
  });

  it('orders same-day scores by when they were entered', () => {
    const early = stamped(score('netwerken', 4, '2026-03-01'), '2026-03-01T08:00:00.000Z');
    const late = stamped(score('netwerken', 2, '2026-03-01'), '2026-03-01T09:00:00.000Z');
    for (const leermeter of [
      [early, late],
      [late, early],
    ]) {
      expect(coverageOf('netwerken', snapshot({ leermeter })).leermeter).toEqual({
        first: 4,
        latest: 2,
        growth: -2,
      });
    }
  });
});

describe('competencyGaps', () => {
  const gapKeys = (...args: Parameters<typeof competencyGaps>) =>
    competencyGaps(...args).map((g) => g.competency);

  it('lists untouched competencies in catalogue order, with the last activity ever', () => {
    const dossier = snapshot({
      experiences: [
        experience('2026-05-20', ['werkexploratie', 'kwaliteitenreflectie']),
        experience('2025-11-03', ['netwerken']),
      ],
      reflections: [reflection('2026-03-14', ['netwerken'])],
    });
    expect(competencyGaps(dossier, '2026-06-15', 3)).toEqual([
      { competency: 'motievenreflectie', lastActivity: null },
      { competency: 'loopbaansturing', lastActivity: null },
      { competency: 'netwerken', lastActivity: '2026-03-14' },
    ]);
  });

  it('counts an entry exactly `months` months ago as inside the window', () => {
    const onBoundary = snapshot({ experiences: [experience('2026-03-15', ['netwerken'])] });
    const dayBefore = snapshot({ experiences: [experience('2026-03-14', ['netwerken'])] });
    expect(gapKeys(onBoundary, '2026-06-15', 3)).not.toContain('netwerken');
    expect(gapKeys(dayBefore, '2026-06-15', 3)).toContain('netwerken');
  });

  it('counts today itself as inside the window', () => {
    const dossier = snapshot({ reflections: [reflection('2026-06-15', ['netwerken'])] });
    expect(gapKeys(dossier, '2026-06-15', 3)).not.toContain('netwerken');
    expect(gapKeys(dossier, '2026-06-15', 0)).not.toContain('netwerken');
  });

  it('clamps at the month end: one month before 31 March is 28 February', () => {
    const on28 = snapshot({ experiences: [experience('2026-02-28', ['netwerken'])] });
    const on27 = snapshot({ experiences: [experience('2026-02-27', ['netwerken'])] });
    expect(gapKeys(on28, '2026-03-31', 1)).not.toContain('netwerken');
    expect(competencyGaps(on27, '2026-03-31', 1)).toContainEqual({
      competency: 'netwerken',
      lastActivity: '2026-02-27',
    });
  });

  it('does month arithmetic on local days, also west of UTC', () => {
    // Read through UTC, 1 March would become 28 February in Los Angeles and the window would
    // wrongly start on 28 January.
    const late = snapshot({ experiences: [experience('2026-01-31', ['netwerken'])] });
    const inside = snapshot({ experiences: [experience('2026-02-01', ['netwerken'])] });
    inTimeZone('America/Los_Angeles', () => {
      expect(gapKeys(late, '2026-03-01', 1)).toContain('netwerken');
      expect(gapKeys(inside, '2026-03-01', 1)).not.toContain('netwerken');
    });
  });

  it('counts goals by the day they were set and the pupil’s own leermeter scores', () => {
    const dossier = snapshot({
      goals: [goal('2026-05-01T12:00:00Z', 'loopbaansturing')],
      leermeter: [
        score('motievenreflectie', 2, '2026-05-02'),
        score('netwerken', 3, '2026-05-03', 'mentor'),
      ],
    });
    const gaps = gapKeys(dossier, '2026-06-15', 3);
    expect(gaps).not.toContain('loopbaansturing');
    expect(gaps).not.toContain('motievenreflectie');
    // A mentor's score says nothing about what the pupil did.
    expect(competencyGaps(dossier, '2026-06-15', 3)).toContainEqual({
      competency: 'netwerken',
      lastActivity: null,
    });
  });

  it('ignores entries in the trash', () => {
    const dossier = snapshot({
      experiences: [
        experience('2026-01-05', ['netwerken']),
        markDeleted(experience('2026-06-01', ['netwerken']), NOW),
      ],
    });
    expect(competencyGaps(dossier, '2026-06-15', 3)).toContainEqual({
      competency: 'netwerken',
      lastActivity: '2026-01-05',
    });
  });

  it('does not count entries dated after today', () => {
    const dossier = snapshot({
      experiences: [
        experience('2026-01-05', ['netwerken']),
        experience('2026-07-01', ['netwerken']),
      ],
    });
    expect(competencyGaps(dossier, '2026-06-15', 3)).toContainEqual({
      competency: 'netwerken',
      lastActivity: '2026-01-05',
    });
  });

  it('refuses a day or month count it cannot read', () => {
    expect(() => competencyGaps(snapshot(), 'gisteren', 3)).toThrow(RangeError);
    expect(() => competencyGaps(snapshot(), '2026-06-15', -1)).toThrow(RangeError);
    expect(() => competencyGaps(snapshot(), '2026-06-15', 1.5)).toThrow(RangeError);
  });
});

describe('changesSince', () => {
  const SINCE = '2026-05-01T12:00:00.000Z';
  const before = '2026-04-20T08:00:00.000Z';

  it('sorts records into created, updated and deleted', () => {
    const fresh = stamped(
      createTrait({ kind: 'kwaliteit', name: 'Nieuw' }, NOW),
      '2026-05-02T08:00:00.000Z',
    );
    const edited = stamped(goal(before, 'netwerken'), before, '2026-05-03T08:00:00.000Z');
    const untouched = stamped(experience('2026-04-01', []), before);
    const trashed = stamped(
      reflection('2026-04-02', []),
      before,
      '2026-05-04T08:00:00.000Z',
      '2026-05-04T08:00:00.000Z',
    );
    const trashedEarlier = stamped(reflection('2026-04-03', []), before, before, before);
    const dossier = snapshot({
      traits: [fresh],
      goals: [edited],
      experiences: [untouched],
      reflections: [trashed, trashedEarlier],
    });
    expect(changesSince(dossier, SINCE)).toEqual({
      created: [{ collection: 'traits', id: fresh.id, at: '2026-05-02T08:00:00.000Z' }],
      updated: [{ collection: 'goals', id: edited.id, at: '2026-05-03T08:00:00.000Z' }],
      deleted: [{ collection: 'reflections', id: trashed.id, at: '2026-05-04T08:00:00.000Z' }],
    });
  });

  it('treats `since` itself as already seen', () => {
    const createdAtSince = stamped(createTrait({ kind: 'motief', name: 'M' }, NOW), SINCE);
    const editedAtSince = stamped(createTrait({ kind: 'motief', name: 'N' }, NOW), before, SINCE);
    const createdAtSinceEditedLater = stamped(
      createTrait({ kind: 'motief', name: 'O' }, NOW),
      SINCE,
      '2026-05-01T12:00:00.001Z',
    );
    const changes = changesSince(
      snapshot({ traits: [createdAtSince, editedAtSince, createdAtSinceEditedLater] }),
      SINCE,
    );
    expect(changes.created).toEqual([]);
    expect(changes.updated.map((c) => c.id)).toEqual([createdAtSinceEditedLater.id]);
  });

  it('reports a record created and trashed since then only as deleted', () => {
    const record = stamped(
      createChoice({ option: 'Kapper', kind: 'beroep', date: '2026-05-02' }, NOW),
      '2026-05-02T08:00:00.000Z',
      '2026-05-03T08:00:00.000Z',
      '2026-05-03T08:00:00.000Z',
    );
    expect(changesSince(snapshot({ choices: [record] }), SINCE)).toEqual({
      created: [],
      updated: [],
      deleted: [{ collection: 'choices', id: record.id, at: '2026-05-03T08:00:00.000Z' }],
    });
  });

  it('reports a record restored from the trash since then as updated', () => {
    const restored = stamped(
      createTrait({ kind: 'motief', name: 'R' }, NOW),
      before,
      '2026-05-05T08:00:00.000Z',
    );
    expect(changesSince(snapshot({ traits: [restored] }), SINCE).updated).toEqual([
      { collection: 'traits', id: restored.id, at: '2026-05-05T08:00:00.000Z' },
    ]);
  });

  it('lists each kind newest first, across collections', () => {
    const day = (d: number) => `2026-05-${String(d).padStart(2, '0')}T08:00:00.000Z`;
    const dossier = snapshot({
      experiences: [
        stamped(experience('2026-05-02', []), day(2)),
        stamped(experience('2026-05-09', []), day(9)),
      ],
      conversations: [
        stamped(createConversation({ kind: 'trialoog', date: '2026-05-05' }, NOW), day(5)),
      ],
      leermeter: [stamped(score('netwerken', 2, '2026-05-07'), day(7))],
      goals: [
        stamped(goal(before, null), before, day(3)),
        stamped(goal(before, null), before, day(8)),
      ],
      traits: [
        stamped(createTrait({ kind: 'motief', name: 'A' }, NOW), before, day(4), day(4)),
        stamped(createTrait({ kind: 'motief', name: 'B' }, NOW), before, day(6), day(6)),
      ],
    });
    const changes = changesSince(dossier, SINCE);
    expect(changes.created.map((c) => [c.collection, c.at])).toEqual([
      ['experiences', day(9)],
      ['leermeter', day(7)],
      ['conversations', day(5)],
      ['experiences', day(2)],
    ]);
    expect(changes.updated.map((c) => c.at)).toEqual([day(8), day(3)]);
    expect(changes.deleted.map((c) => c.at)).toEqual([day(6), day(4)]);
  });

  it('covers every pupil collection and leaves the mentor’s feedback out', () => {
    const after = '2026-05-02T08:00:00.000Z';
    const dossier = snapshot({
      experiences: [stamped(experience('2026-05-02', []), after)],
      reflections: [stamped(reflection('2026-05-02', []), after)],
      goals: [stamped(goal(after, null), after)],
      traits: [stamped(createTrait({ kind: 'kwaliteit', name: 'K' }, NOW), after)],
      choices: [
        stamped(createChoice({ option: 'O', kind: 'beroep', date: '2026-05-02' }, NOW), after),
      ],
      conversations: [
        stamped(createConversation({ kind: 'trialoog', date: '2026-05-02' }, NOW), after),
      ],
      leermeter: [stamped(score('netwerken', 1, '2026-05-02'), after)],
      feedback: [
        stamped(
          createFeedback(
            { targetId: crypto.randomUUID(), authorName: 'M', authorRole: 'mentor', text: 'Goed' },
            NOW,
          ),
          after,
        ),
      ],
    });
    expect(
      changesSince(dossier, SINCE)
        .created.map((c) => c.collection)
        .sort(),
    ).toEqual([
      'choices',
      'conversations',
      'experiences',
      'goals',
      'leermeter',
      'reflections',
      'traits',
    ]);
  });

  it('compares moments, not text, when precision differs', () => {
    // As text "…:00Z" sorts after "…:00.000Z", though both are the same instant.
    const sameInstant = stamped(
      createTrait({ kind: 'motief', name: 'S' }, NOW),
      '2026-05-01T12:00:00Z',
    );
    const secondLater = stamped(
      createTrait({ kind: 'motief', name: 'T' }, NOW),
      '2026-05-01T12:00:01Z',
    );
    const changes = changesSince(snapshot({ traits: [sameInstant, secondLater] }), SINCE);
    expect(changes.created.map((c) => c.id)).toEqual([secondLater.id]);
  });

  it('refuses a `since` it cannot read', () => {
    expect(() => changesSince(snapshot(), 'vorige week')).toThrow(RangeError);
  });

  it('uses withChanges timestamps as the app writes them', () => {
    const created = createTrait({ kind: 'kwaliteit', name: 'Geduldig' }, at(before));
    const edited = withChanges(created, { description: 'Bij klanten' }, at('2026-05-10T10:00:00Z'));
    expect(changesSince(snapshot({ traits: [edited] }), SINCE).updated).toEqual([
      { collection: 'traits', id: created.id, at: '2026-05-10T10:00:00.000Z' },
    ]);
  });
});
