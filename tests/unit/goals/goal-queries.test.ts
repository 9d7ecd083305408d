import { describe, expect, it } from 'vitest';
import { createConversation, createExperience, createGoal, createReflection } from '@/domain';
import {
  discardNewGoal,
  experiences,
  findGoalSources,
  goals,
  listGoalsFromSource,
  listReflectionsNewestFirst,
  reflections,
} from '@/db';
import { conversations } from '@/db/repositories/conversations';
import { createTestDatabase } from '../db/test-database';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('goal queries', () => {
  it('lists the live goals of one source only', async () => {
    const db = createTestDatabase();
    const experience = await experiences.put(
      db,
      createExperience({ kind: 'open-dag', title: 'Open dag', date: '2026-11-20' }, NOW),
    );
    const fromIt = await goals.put(db, createGoal({ text: 'A', sourceId: experience.id }, NOW));
    const trashed = await goals.put(db, createGoal({ text: 'B', sourceId: experience.id }, NOW));
    await goals.softDelete(db, trashed.id, NOW);
    await goals.put(db, createGoal({ text: 'C' }, NOW));
    await goals.put(db, createGoal({ text: 'D', sourceId: crypto.randomUUID() }, NOW));

    expect((await listGoalsFromSource(db, experience.id)).map((g) => g.id)).toEqual([fromIt.id]);
  });

  it('finds each source in its own table and leaves out sources in the trash', async () => {
    const db = createTestDatabase();
    const experience = await experiences.put(
      db,
      createExperience({ kind: 'bijbaan', title: 'Bijbaan', date: '2026-10-01' }, NOW),
    );
    const reflection = await reflections.put(
      db,
      createReflection({ title: 'Terugblik', date: '2026-11-01' }, NOW),
    );
    const conversation = await conversations.put(
      db,
      createConversation({ kind: 'trialoog', date: '2026-11-10' }, NOW),
    );
    const gone = await reflections.put(
      db,
      createReflection({ title: 'Weg', date: '2026-11-02' }, NOW),
    );
    await reflections.softDelete(db, gone.id, NOW);

    const found = await findGoalSources(db, [
      experience.id,
      reflection.id,
      conversation.id,
      gone.id,
      crypto.randomUUID(),
      experience.id,
    ]);
    expect([...found.values()]).toEqual([
      { kind: 'experience', id: experience.id, title: 'Bijbaan', date: '2026-10-01' },
      { kind: 'reflection', id: reflection.id, title: 'Terugblik', date: '2026-11-01' },
      {
        kind: 'conversation',
        id: conversation.id,
        conversationKind: 'trialoog',
        date: '2026-11-10',
      },
    ]);
    expect((await findGoalSources(db, [])).size).toBe(0);
  });

  it('takes back a goal made by mistake for good, and leaves other goals alone', async () => {
    const db = createTestDatabase();
    const mistake = await goals.put(db, createGoal({ text: 'Oeps' }, NOW));
    const keep = await goals.put(db, createGoal({ text: 'Blijft' }, NOW));
    await discardNewGoal(db, mistake.id, NOW);
    expect(await goals.get(db, mistake.id)).toBeUndefined();
    expect(await goals.listDeleted(db)).toEqual([]);
    expect(await goals.get(db, keep.id)).toEqual(keep);
  });
});

describe('listReflectionsNewestFirst', () => {
  it('lists live reflections by day, newest first, the latest written first on one day', async () => {
    const db = createTestDatabase();
    const add = (title: string, date: string, made: string) =>
      reflections.put(db, createReflection({ title, date }, new Date(made)));
    await add('Maart', '2026-03-10', '2026-03-10T10:00:00Z');
    await add('Mei vroeg', '2026-05-01', '2026-05-01T08:00:00Z');
    await add('Mei laat', '2026-05-01', '2026-05-01T20:00:00Z');
    const trashed = await add('Weg', '2026-06-01', '2026-06-01T10:00:00Z');
    await reflections.softDelete(db, trashed.id, NOW);

    expect((await listReflectionsNewestFirst(db)).map((r) => r.title)).toEqual([
      'Mei laat',
      'Mei vroeg',
      'Maart',
    ]);
  });
});
