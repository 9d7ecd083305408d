import { defineStore } from 'pinia';
import { computed } from 'vue';
import { createGoal, withChanges, type Goal, type GoalStatus, type NewGoalInput } from '@/domain';
import { goalInputFromGevolg, groupGoalsByStatus } from '@/domain/goals';
import { discardNewGoal, findGoalSources, getDatabase, goals, type GoalSource } from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

type GoalChanges = Partial<Omit<Goal, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/** Goals and next steps, grouped by status, each with the entry it came from. */
export const useGoalsStore = defineStore('goals', () => {
  const live = useLiveQuery<{ goals: Goal[]; sources: Map<string, GoalSource> }>(
    async () => {
      const db = getDatabase();
      const all = await goals.listLive(db);
      const sourceIds = all.flatMap((goal) => (goal.sourceId ? [goal.sourceId] : []));
      return { goals: all, sources: await findGoalSources(db, sourceIds) };
    },
    { goals: [], sources: new Map() },
  );
  const groups = computed(() => groupGoalsByStatus(live.value.value.goals));
  const sources = computed(() => live.value.value.sources);
  const total = computed(() => live.value.value.goals.length);

  async function get(id: string): Promise<Goal | undefined> {
    const found = await goals.get(getDatabase(), id);
    return found && found.deletedAt === null ? found : undefined;
  }

  async function add(input: NewGoalInput, status: GoalStatus = 'open'): Promise<Goal> {
    const created = { ...createGoal(input, new Date()), status };
    return goals.put(getDatabase(), created);
  }

  async function update(id: string, changes: GoalChanges): Promise<Goal> {
    const current = await get(id);
    if (!current) throw new Error(`Goal ${id} does not exist.`);
    return goals.put(getDatabase(), withChanges(current, changes, new Date()));
  }

  /** The one-tap path from a reflection's gevolg to an open goal that points back to it. */
  function addFromGevolg(gevolg: string, sourceId: string): Promise<Goal> {
    return add(goalInputFromGevolg(gevolg, sourceId));
  }

  /** Undoes `addFromGevolg`. */
  function discardNew(id: string): Promise<void> {
    return discardNewGoal(getDatabase(), id, new Date());
  }

  return {
    groups,
    sources,
    total,
    ready: live.ready,
    error: live.error,
    get,
    add,
    update,
    addFromGevolg,
    discardNew,
    repository: goals,
  };
});
