import { defineStore } from 'pinia';
import { computed } from 'vue';
import { createChoice, withChanges, type Choice } from '@/domain';
import { choicesByStatus } from '@/domain/choices';
import { choices, getDatabase } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

/** Everything the form edits. */
export type ChoiceFields = Pick<
  Choice,
  'option' | 'kind' | 'pros' | 'cons' | 'status' | 'date' | 'note'
>;

/** Keuzes: the options the pupil weighs, grouped by status. */
export const useChoicesStore = defineStore('choices', () => {
  const live = useLiveQuery<Choice[]>(() => choices.listLive(getDatabase()), []);
  const groups = computed(() => choicesByStatus(live.value.value));

  async function get(id: string): Promise<Choice | undefined> {
    const found = await choices.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  async function add(fields: ChoiceFields): Promise<Choice> {
    const now = new Date();
    return choices.put(getDatabase(), withChanges(createChoice(fields, now), fields, now));
  }

  async function update(id: string, fields: ChoiceFields): Promise<Choice> {
    const current = await get(id);
    if (!current) throw new Error(`Choice ${id} does not exist.`);
    return choices.put(getDatabase(), withChanges(current, fields, new Date()));
  }

  return { groups, ready: live.ready, error: live.error, get, add, update };
});
