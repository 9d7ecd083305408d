import { defineStore } from 'pinia';
import { computed } from 'vue';
import { createConversation, withChanges, type Conversation, type Goal } from '@/domain';
import { addGoalsFromConversation, splitConversations } from '@/domain/conversations';
import { conversations, getDatabase, saveConversationWithGoals } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

/** Everything the form edits; `goalIds` only grows, through `newGoalTexts` in `save`. */
export type ConversationFields = Pick<
  Conversation,
  | 'kind'
  | 'date'
  | 'topics'
  | 'preparationQuestions'
  | 'held'
  | 'participants'
  | 'summary'
  | 'afspraken'
>;

function liveGoals(found: readonly (Goal | undefined)[]): Goal[] {
  return found.filter((goal): goal is Goal => goal !== undefined && goal.deletedAt === null);
}

/** Loopbaangesprekken, and the goals that came out of them. */
export const useConversationsStore = defineStore('conversations', () => {
  const live = useLiveQuery<{ conversations: Conversation[]; goals: Goal[] }>(
    async () => {
      const db = getDatabase();
      const all = await conversations.listLive(db);
      const goalIds = [...new Set(all.flatMap((conversation) => conversation.goalIds))];
      return { conversations: all, goals: liveGoals(await db.goals.bulkGet(goalIds)) };
    },
    { conversations: [], goals: [] },
  );
  const lists = computed(() => splitConversations(live.value.value.conversations));
  const goalsById = computed(() => new Map(live.value.value.goals.map((goal) => [goal.id, goal])));

  async function get(id: string): Promise<Conversation | undefined> {
    const found = await conversations.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  /** The live goals among these ids (goals in the trash are left out), in the order given. */
  async function goalsOf(ids: readonly string[]): Promise<Goal[]> {
    return liveGoals(await getDatabase().goals.bulkGet([...ids]));
  }

  /**
   * Stores a new conversation (no `id`) or changes one; each text in `newGoalTexts` becomes a
   * goal that points back to the conversation, written in the same transaction.
   */
  async function save(
    id: string | undefined,
    fields: ConversationFields,
    newGoalTexts: readonly string[],
  ): Promise<Conversation> {
    const now = new Date();
    const base = id ? await get(id) : createConversation(fields, now);
    if (!base) throw new Error(`Conversation ${id} does not exist.`);
    const changed = withChanges(base, fields, now);
    const { conversation, goals } = addGoalsFromConversation(changed, newGoalTexts, now);
    return saveConversationWithGoals(getDatabase(), conversation, goals);
  }

  return { lists, goalsById, ready: live.ready, error: live.error, get, goalsOf, save };
});
