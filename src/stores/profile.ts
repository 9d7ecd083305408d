import { defineStore } from 'pinia';
import { computed } from 'vue';
import { createProfile, withChanges, type NewProfileInput, type Profile } from '@/domain';
import { getDatabase, getProfile, saveProfile } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

export const useProfileStore = defineStore('profile', () => {
  const live = useLiveQuery<Profile | null>(
    async () => (await getProfile(getDatabase())) ?? null,
    null,
  );
  const profile = computed(() => live.value.value);

  /** Asks the database directly: the live query may not have answered yet at start-up. */
  async function hasProfile(): Promise<boolean> {
    return (await getProfile(getDatabase())) !== undefined;
  }

  async function create(input: NewProfileInput): Promise<Profile> {
    const created = createProfile(input, new Date());
    await saveProfile(getDatabase(), created);
    return created;
  }

  async function update(
    changes: Partial<Omit<Profile, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'dossierId'>>,
  ) {
    const current = await getProfile(getDatabase());
    if (!current) throw new Error('There is no profile to update yet.');
    await saveProfile(getDatabase(), withChanges(current, changes, new Date()));
  }

  return {
    profile,
    ready: live.ready,
    error: live.error,
    hasProfile,
    createProfile: create,
    update,
  };
});
