import { describe, expect, it } from 'vitest';
import {
  InvalidRecordError,
  conversations,
  experiences,
  goals,
  listEvidenceByIds,
  listEvidenceOptions,
  reflections,
  saveConversationWithGoals,
} from '@/db';
import { createGoal, markDeleted } from '@/domain';
import { addGoalsFromConversation } from '@/domain/conversations';
import { NOW, sampleConversation, sampleExperience, sampleReflection } from './sample-records';
import { createTestDatabase } from './test-database';

describe('saveConversationWithGoals', () => {
  it('stores the conversation and the goals that came out of it together', async () => {
    const db = createTestDatabase();
    const { conversation, goals: newGoals } = addGoalsFromConversation(
      sampleConversation({ held: true }),
      ['Open dag bezoeken', 'Cv maken'],
      NOW,
    );
    await saveConversationWithGoals(db, conversation, newGoals);

    const stored = await conversations.get(db, conversation.id);
    expect(stored?.goalIds).toHaveLength(2);
    const storedGoals = await goals.listLive(db);
    expect(storedGoals.map((goal) => goal.id).sort()).toEqual([...stored!.goalIds].sort());
    expect(storedGoals.every((goal) => goal.sourceId === conversation.id)).toBe(true);
  });

  it('writes no goal when the conversation is invalid', async () => {
    const db = createTestDatabase();
    const { conversation, goals: newGoals } = addGoalsFromConversation(
      sampleConversation(),
      ['Stage zoeken'],
      NOW,
    );
    const broken = { ...conversation, date: 'morgen' };
    await expect(saveConversationWithGoals(db, broken, newGoals)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.goals.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
  });

  it('writes no conversation when one of its goals is invalid', async () => {
    const db = createTestDatabase();
    const conversation = sampleConversation();
    const empty = { ...createGoal({ text: 'x', sourceId: conversation.id }, NOW), text: ' ' };
    await expect(saveConversationWithGoals(db, conversation, [empty])).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.conversations.count()).toBe(0);
  });
});

describe('evidence for kwaliteiten and motieven', () => {
  it('lists live experiences and reflections, newest first', async () => {
    const db = createTestDatabase();
    const older = await experiences.put(
      db,
      sampleExperience({ title: 'Bakker', date: '2026-01-05' }),
    );
    const look = await reflections.put(
      db,
      sampleReflection({ title: 'Terugblik', date: '2026-02-01' }),
    );
    await experiences.put(db, markDeleted(sampleExperience({ title: 'Weg' }), NOW));

    expect(await listEvidenceOptions(db)).toEqual([
      { id: look.id, title: 'Terugblik', date: '2026-02-01', source: 'reflection' },
      { id: older.id, title: 'Bakker', date: '2026-01-05', source: 'experience' },
    ]);
  });

  it('reads only the entries asked for and skips those in the trash', async () => {
    const db = createTestDatabase();
    const wanted = await experiences.put(db, sampleExperience({ title: 'Gevraagd' }));
    await experiences.put(db, sampleExperience({ title: 'Niet gevraagd' }));
    const trashed = await experiences.put(db, markDeleted(sampleExperience(), NOW));
    const look = await reflections.put(db, sampleReflection({ title: 'Reflectie' }));

    const found = await listEvidenceByIds(db, [wanted.id, trashed.id, look.id, wanted.id]);
    expect(found.map((entry) => entry.title).sort()).toEqual(['Gevraagd', 'Reflectie']);
    expect(await listEvidenceByIds(db, [])).toEqual([]);
  });
});
