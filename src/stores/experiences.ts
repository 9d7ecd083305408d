import { defineStore } from 'pinia';
import { createExperience, withChanges, type Experience, type NewExperienceInput } from '@/domain';
import { experiences, getDatabase } from '@/db';

// The home screen's timeline of every kind of entry lives in ./timeline.ts.
export const useExperiencesStore = defineStore('experiences', () => {
  async function get(id: string): Promise<Experience | undefined> {
    const found = await experiences.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  async function add(input: NewExperienceInput): Promise<Experience> {
    const created = createExperience(input, new Date());
    await experiences.put(getDatabase(), created);
    return created;
  }

  async function update(
    id: string,
    changes: Partial<Omit<Experience, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>,
  ): Promise<Experience> {
    const current = await get(id);
    if (!current) throw new Error(`Experience ${id} does not exist.`);
    const next = withChanges(current, changes, new Date());
    await experiences.put(getDatabase(), next);
    return next;
  }

  return {
    get,
    add,
    update,
  };
});
