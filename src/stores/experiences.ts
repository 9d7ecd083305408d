import { defineStore } from 'pinia';
import { ref } from 'vue';
import { createExperience, withChanges, type Experience, type NewExperienceInput } from '@/domain';
import { countLiveExperiences, experiences, getDatabase, listTimeline } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

export const TIMELINE_PAGE_SIZE = 30;

export const useExperiencesStore = defineStore('experiences', () => {
  /** How many timeline entries are shown; grows by a page at a time so long dossiers stay fast. */
  const shown = ref(TIMELINE_PAGE_SIZE);

  const timeline = useLiveQuery<Experience[]>(
    () => listTimeline(getDatabase(), { limit: shown.value }),
    [],
    [shown],
  );
  const total = useLiveQuery<number>(() => countLiveExperiences(getDatabase()), 0);

  function showMore() {
    shown.value += TIMELINE_PAGE_SIZE;
  }

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
    timeline: timeline.value,
    timelineReady: timeline.ready,
    timelineError: timeline.error,
    total: total.value,
    showMore,
    get,
    add,
    update,
  };
});
