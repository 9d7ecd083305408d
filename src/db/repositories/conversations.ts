/** Loopbaangesprekken: preparation beforehand, afspraken afterwards. */
import { conversationSchema, type Conversation, type Goal } from '../../domain';
import type { DossierDatabase } from '../database';
import { goals } from './goals';
import { defineRecordRepository } from './record-repository';

export const conversations = defineRecordRepository<Conversation>({
  name: 'conversations',
  table: (db) => db.conversations,
  schema: conversationSchema,
});

/**
 * Stores a conversation together with the goals that came out of it, all or nothing: a goal is
 * never left behind without the conversation that lists it, nor the other way round.
 */
export async function saveConversationWithGoals(
  db: DossierDatabase,
  conversation: Conversation,
  newGoals: readonly Goal[],
): Promise<Conversation> {
  return db.transaction('rw', db.conversations, db.goals, async () => {
    if (newGoals.length > 0) await goals.putMany(db, newGoals);
    return conversations.put(db, conversation);
  });
}
