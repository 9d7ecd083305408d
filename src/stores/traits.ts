import { defineStore } from 'pinia';
import { computed } from 'vue';
import { createTrait, withChanges, type Trait } from '@/domain';
import { traitsByKind, type EvidenceOption } from '@/domain/traits';
import { getDatabase, listEvidenceByIds, traits } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

/** Everything the form edits. */
export type TraitFields = Pick<Trait, 'kind' | 'name' | 'description' | 'evidenceIds'>;

/** Kwaliteiten and motieven, with the experiences and reflections each one points to. */
export const useTraitsStore = defineStore('traits', () => {
  const live = useLiveQuery<{ traits: Trait[]; evidence: EvidenceOption[] }>(
    async () => {
      const db = getDatabase();
      const all = await traits.listLive(db);
      const evidence = await listEvidenceByIds(
        db,
        all.flatMap((trait) => trait.evidenceIds),
      );
      return { traits: all, evidence };
    },
    { traits: [], evidence: [] },
  );
  const groups = computed(() => traitsByKind(live.value.value.traits));
  const evidence = computed(() => live.value.value.evidence);

  async function get(id: string): Promise<Trait | undefined> {
    const found = await traits.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  async function add(fields: TraitFields): Promise<Trait> {
    const created = createTrait(fields, new Date());
    return traits.put(getDatabase(), { ...created, evidenceIds: fields.evidenceIds });
  }

  async function update(id: string, fields: TraitFields): Promise<Trait> {
    const current = await get(id);
    if (!current) throw new Error(`Trait ${id} does not exist.`);
    return traits.put(getDatabase(), withChanges(current, fields, new Date()));
  }

  return { groups, evidence, ready: live.ready, error: live.error, get, add, update };
});
