import { describe, expect, it } from 'vitest';
import { adoptAgreedGoal, goals, listMentorTalks } from '@/db';
import { markDeleted } from '@/domain';
import { createTestDatabase } from '../db/test-database';
import { NOW, sampleConversation, sampleMentorTalk } from '../db/sample-records';

const later = new Date(NOW.getTime() + 60_000);

describe('mentor talks on the pupil’s device', () => {
  it('lists live talks newest first', async () => {
    const db = createTestDatabase();
    const old = sampleMentorTalk({ date: '2026-01-01' });
    const recent = sampleMentorTalk({ date: '2026-03-01' });
    const trashed = markDeleted(sampleMentorTalk({ date: '2026-04-01' }), NOW);
    await db.mentorTalks.bulkPut([old, recent, trashed]);
    expect((await listMentorTalks(db)).map((talk) => talk.id)).toEqual([recent.id, old.id]);
  });

  it('takes an agreed goal over as the pupil’s own goal, once', async () => {
    const db = createTestDatabase();
    const own = sampleConversation();
    await db.conversations.put(own);
    const talk = sampleMentorTalk({ conversationId: own.id });
    await db.mentorTalks.put(talk);
    const agreed = talk.agreedGoals[0]!;

    const goal = await adoptAgreedGoal(db, talk.id, agreed.id, NOW);
    expect(goal).toMatchObject({
      id: agreed.id,
      text: agreed.title,
      competency: agreed.competency,
      dueDate: agreed.dueDate,
      status: 'open',
      sourceId: own.id,
      deletedAt: null,
    });
    expect(await adoptAgreedGoal(db, talk.id, agreed.id, later)).toEqual(goal);
    expect(await db.goals.count()).toBe(1);
    expect(await db.mentorTalks.get(talk.id)).toEqual(talk);
  });

  it('links the goal to nothing when the pupil has no conversation of that talk', async () => {
    const db = createTestDatabase();
    const talk = sampleMentorTalk({ conversationId: crypto.randomUUID() });
    await db.mentorTalks.put(talk);
    const goal = await adoptAgreedGoal(db, talk.id, talk.agreedGoals[0]!.id, NOW);
    expect(goal?.sourceId).toBeNull();
  });

  it('restores a goal taken over and then trashed, and ignores unknown ids', async () => {
    const db = createTestDatabase();
    const talk = sampleMentorTalk();
    await db.mentorTalks.put(talk);
    const agreedId = talk.agreedGoals[0]!.id;
    await adoptAgreedGoal(db, talk.id, agreedId, NOW);
    await goals.softDelete(db, agreedId, later);
    const restored = await adoptAgreedGoal(db, talk.id, agreedId, new Date(later.getTime() + 1));
    expect(restored?.deletedAt).toBeNull();
    expect(await db.goals.count()).toBe(1);
    expect(await adoptAgreedGoal(db, talk.id, crypto.randomUUID(), NOW)).toBeUndefined();
    expect(await adoptAgreedGoal(db, crypto.randomUUID(), agreedId, NOW)).toBeUndefined();
  });
});
