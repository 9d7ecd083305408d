/**
 * Goals and next steps: how they are grouped and ordered, and how a reflection's "gevolg"
 * (the consequence for the next step) becomes a goal.
 */
import type { CompetencyKey } from './competencies';
import type { NewGoalInput } from './factories';
import { GOAL_STATUSES, type Goal, type GoalStatus } from './records';

/** The longest goal text the record allows (goalSchema). */
export const GOAL_TEXT_MAX = 500;

/**
 * A goal made from a gevolg counts as loopbaansturing: that competency asks "what is my next
 * step?", which is exactly what the gevolg answers. The pupil can change it on the goal.
 */
export const GEVOLG_GOAL_COMPETENCY: CompetencyKey = 'loopbaansturing';

/**
 * The goal text for a gevolg: on one line, and cut at a word boundary (with an ellipsis) when it
 * is longer than a goal may be. Empty when the gevolg holds only spaces.
 */
export function goalTextFromGevolg(gevolg: string): string {
  const oneLine = gevolg.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= GOAL_TEXT_MAX) return oneLine;
  const room = oneLine.slice(0, GOAL_TEXT_MAX - 1);
  const lastSpace = room.lastIndexOf(' ');
  // A text without spaces (a long link, say) is cut where it must be.
  const cut = lastSpace > GOAL_TEXT_MAX / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.trimEnd()}…`;
}

export function goalInputFromGevolg(gevolg: string, sourceId: string): NewGoalInput {
  return {
    text: goalTextFromGevolg(gevolg),
    competency: GEVOLG_GOAL_COMPETENCY,
    dueDate: null,
    sourceId,
  };
}

/**
 * Whether the "make it a goal" button can do something: `empty` when there is no gevolg yet,
 * `exists` when a live goal from the same source already says exactly this, else `ready`.
 * Keeps a double tap from making the same goal twice.
 */
export function gevolgGoalState(
  gevolg: string,
  goalsFromSource: readonly Goal[],
): { state: 'empty' } | { state: 'exists'; goal: Goal } | { state: 'ready' } {
  const text = goalTextFromGevolg(gevolg);
  if (text === '') return { state: 'empty' };
  const goal = goalsFromSource.find((g) => g.deletedAt === null && g.text === text);
  return goal ? { state: 'exists', goal } : { state: 'ready' };
}

/** Whether a goal that is still to be done has passed its due date (`today` as `YYYY-MM-DD`). */
export function isOverdue(goal: Goal, today: string): boolean {
  return (
    (goal.status === 'open' || goal.status === 'bezig') &&
    goal.dueDate !== null &&
    goal.dueDate < today
  );
}

/** Within a status: the nearest due date first, goals without one after, then newest made. */
function compareGoals(a: Goal, b: Goal): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return b.createdAt.localeCompare(a.createdAt);
}

export interface GoalGroup {
  status: GoalStatus;
  goals: Goal[];
}

/**
 * Live goals per status, in the order of GOAL_STATUSES (what to do now first, what is done or
 * let go last). Every status is present, also when it has no goals, so a screen can say so.
 */
export function groupGoalsByStatus(goals: readonly Goal[]): GoalGroup[] {
  return GOAL_STATUSES.map((status) => ({
    status,
    goals: goals.filter((g) => g.deletedAt === null && g.status === status).sort(compareGoals),
  }));
}
