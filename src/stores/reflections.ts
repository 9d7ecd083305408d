import { defineStore } from 'pinia';
import { createReflection, withChanges, type NewReflectionInput, type Reflection } from '@/domain';
import { getDatabase, listReflectionsNewestFirst, reflections } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

type ReflectionChanges = Partial<Omit<Reflection, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/** Reflecties that stand on their own, newest first. */
export const useReflectionsStore = defineStore('reflections', () => {
  const list = useLiveQuery<Reflection[]>(() => listReflectionsNewestFirst(getDatabase()), []);

  async function get(id: string): Promise<Reflection | undefined> {
    const found = await reflections.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  async function add(
    input: NewReflectionInput,
    changes: ReflectionChanges = {},
  ): Promise<Reflection> {
    const now = new Date();
    return reflections.put(getDatabase(), withChanges(createReflection(input, now), changes, now));
  }

  async function update(id: string, changes: ReflectionChanges): Promise<Reflection> {
    const current = await get(id);
    if (!current) throw new Error(`Reflection ${id} does not exist.`);
    return reflections.put(getDatabase(), withChanges(current, changes, new Date()));
  }

  return {
    list: list.value,
    ready: list.ready,
    error: list.error,
    get,
    add,
    update,
    repository: reflections,
  };
});
