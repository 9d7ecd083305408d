import { COMPETENCY_KEYS, newId, type CompetencyKey, type MentorTalk } from '@/domain';

/** An agreed ontwikkeldoel as the talk form edits it: '' stands for "none" in the selects. */
export interface AgreedGoalDraft {
  id: string;
  title: string;
  competency: CompetencyKey | '';
  dueDate: string;
}

export function newAgreedGoal(): AgreedGoalDraft {
  return { id: newId(), title: '', competency: '', dueDate: '' };
}

export function agreedGoalsToDrafts(goals: MentorTalk['agreedGoals']): AgreedGoalDraft[] {
  return goals.map((goal) => ({
    id: goal.id,
    title: goal.title,
    competency: goal.competency ?? '',
    dueDate: goal.dueDate ?? '',
  }));
}

/** Rows restored from a draft of another app version: only well-formed ones are kept. */
export function agreedGoalsFromDraft(items: readonly unknown[]): AgreedGoalDraft[] {
  return items.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const row = item as Record<string, unknown>;
    if (typeof row.id !== 'string' || typeof row.title !== 'string') return [];
    const competency = COMPETENCY_KEYS.includes(row.competency as CompetencyKey)
      ? (row.competency as CompetencyKey)
      : '';
    const dueDate = typeof row.dueDate === 'string' ? row.dueDate : '';
    return [{ id: row.id, title: row.title, competency, dueDate }];
  });
}

/**
 * The goals to store, or null when a row has a due date or competency but no title (the mentor
 * must give it one or remove it). Rows left wholly empty are dropped.
 */
export function agreedGoalsToStore(
  drafts: readonly AgreedGoalDraft[],
): MentorTalk['agreedGoals'] | null {
  const kept = drafts.filter(
    (goal) => goal.title.trim() !== '' || goal.competency !== '' || goal.dueDate !== '',
  );
  if (kept.some((goal) => goal.title.trim() === '')) return null;
  return kept.map((goal) => ({
    id: goal.id,
    title: goal.title.trim(),
    competency: goal.competency === '' ? null : goal.competency,
    dueDate: /^\d{4}-\d{2}-\d{2}$/.test(goal.dueDate) ? goal.dueDate : null,
  }));
}
