/** Loopbaangesprekken: preparation beforehand, afspraken afterwards. */
import { conversationSchema, type Conversation } from '../../domain';
import { defineRecordRepository } from './record-repository';

export const conversations = defineRecordRepository<Conversation>({
  name: 'conversations',
  table: (db) => db.conversations,
  schema: conversationSchema,
});
