/** Goals and next steps (ontwikkeldoelen). */
import { goalSchema, type ConversationKind, type Goal } from '../../domain';
import type { DossierDatabase } from '../database';
import { defineRecordRepository } from './record-repository';

export const goals = defineRecordRepository<Goal>({
  name: 'goals',
  table: (db) => db.goals,
  schema: goalSchema,
});

/**
 * Live goals that came out of one experience, reflection or conversation. A pupil has tens of
 * goals, not thousands, so a scan is cheaper than an index every goal write would maintain.
 */
export function listGoalsFromSource(db: DossierDatabase, sourceId: string): Promise<Goal[]> {
  return db.goals.filter((goal) => goal.deletedAt === null && goal.sourceId === sourceId).toArray();
}

/**
 * Takes back a goal the pupil just made by mistake (the undo of "make it a goal"): it never
 * meant to exist, so it is removed for good instead of cluttering the trash.
 */
export async function discardNewGoal(db: DossierDatabase, id: string, now: Date): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    await goals.softDelete(db, id, now);
    await goals.purge(db, [id]);
  });
}

/** Where a goal came from, to show and link it on the goal. */
export type GoalSource =
  | { kind: 'experience'; id: string; title: string; date: string }
  | { kind: 'reflection'; id: string; title: string; date: string }
  | { kind: 'conversation'; id: string; conversationKind: ConversationKind; date: string };

/**
 * The live sources of the given ids, looked up in every table a goal can come from. Sources in
 * the trash are left out: a goal does not point the pupil at something they threw away.
 */
export async function findGoalSources(
  db: DossierDatabase,
  sourceIds: readonly string[],
): Promise<Map<string, GoalSource>> {
  const ids = [...new Set(sourceIds)];
  const found = new Map<string, GoalSource>();
  if (ids.length === 0) return found;
  return db.transaction('r', db.experiences, db.reflections, db.conversations, async () => {
    const [experiences, reflections, conversations] = await Promise.all([
      db.experiences.bulkGet(ids),
      db.reflections.bulkGet(ids),
      db.conversations.bulkGet(ids),
    ]);
    for (const e of experiences) {
      if (e && e.deletedAt === null) {
        found.set(e.id, { kind: 'experience', id: e.id, title: e.title, date: e.date });
      }
    }
    for (const r of reflections) {
      if (r && r.deletedAt === null) {
        found.set(r.id, { kind: 'reflection', id: r.id, title: r.title, date: r.date });
      }
    }
    for (const c of conversations) {
      if (c && c.deletedAt === null) {
        found.set(c.id, { kind: 'conversation', id: c.id, conversationKind: c.kind, date: c.date });
      }
    }
    return found;
  });
}
