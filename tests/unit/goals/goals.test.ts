import { describe, expect, it } from 'vitest';
import { createGoal, goalSchema, markDeleted, type Goal, type GoalStatus } from '@/domain';
import {
  GOAL_TEXT_MAX,
  gevolgGoalState,
  goalInputFromGevolg,
  goalTextFromGevolg,
  groupGoalsByStatus,
  isOverdue,
} from '@/domain/goals';

const SOURCE = '0b7c2f5e-0000-4000-8000-000000000001';

function goal(
  text: string,
  extra: Partial<Pick<Goal, 'status' | 'dueDate' | 'sourceId'>> = {},
  made = '2026-11-01T10:00:00Z',
): Goal {
  return { ...createGoal({ text }, new Date(made)), ...extra };
}

describe('goalTextFromGevolg', () => {
  it('puts the gevolg on one trimmed line', () => {
    expect(goalTextFromGevolg('  Ik ga naar de\nopen dag   van ROC  ')).toBe(
      'Ik ga naar de open dag van ROC',
    );
    expect(goalTextFromGevolg(' \n\t ')).toBe('');
  });

  it('cuts a long gevolg at a word boundary so the goal is still valid', () => {
    const long = 'woord '.repeat(200);
    const text = goalTextFromGevolg(long);
    expect(text.length).toBeLessThanOrEqual(GOAL_TEXT_MAX);
    expect(text.endsWith('woord…')).toBe(true);
    expect(goalSchema.safeParse({ ...goal('x'), text }).success).toBe(true);
  });

  it('cuts a long text without spaces where it must', () => {
    const text = goalTextFromGevolg('x'.repeat(800));
    expect(text).toBe(`${'x'.repeat(GOAL_TEXT_MAX - 1)}…`);
  });
});

describe('goalInputFromGevolg', () => {
  it('makes an open loopbaansturing goal that points back to its source', () => {
    const made = createGoal(goalInputFromGevolg('Meeloopdag plannen', SOURCE), new Date());
    expect(made).toMatchObject({
      text: 'Meeloopdag plannen',
      competency: 'loopbaansturing',
      dueDate: null,
      status: 'open',
      sourceId: SOURCE,
    });
    expect(goalSchema.safeParse(made).success).toBe(true);
  });
});

describe('gevolgGoalState', () => {
  it('is empty without a gevolg, ready with a new one, exists when already a goal', () => {
    const existing = goal('Meeloopdag plannen', { sourceId: SOURCE });
    expect(gevolgGoalState('  ', [existing])).toEqual({ state: 'empty' });
    expect(gevolgGoalState('Iets anders', [existing])).toEqual({ state: 'ready' });
    expect(gevolgGoalState('Meeloopdag\n plannen ', [existing])).toEqual({
      state: 'exists',
      goal: existing,
    });
  });

  it('ignores a goal that is in the trash', () => {
    const thrownAway = markDeleted(goal('Meeloopdag plannen'), new Date());
    expect(gevolgGoalState('Meeloopdag plannen', [thrownAway])).toEqual({ state: 'ready' });
  });
});

describe('isOverdue', () => {
  it('is true only for unfinished goals whose due date is before today', () => {
    const today = '2026-11-25';
    expect(isOverdue(goal('a', { dueDate: '2026-11-24' }), today)).toBe(true);
    expect(isOverdue(goal('a', { dueDate: '2026-11-24', status: 'bezig' }), today)).toBe(true);
    expect(isOverdue(goal('a', { dueDate: '2026-11-25' }), today)).toBe(false);
    expect(isOverdue(goal('a', { dueDate: '2026-11-24', status: 'gedaan' }), today)).toBe(false);
    expect(isOverdue(goal('a', { dueDate: '2026-11-24', status: 'losgelaten' }), today)).toBe(
      false,
    );
    expect(isOverdue(goal('a'), today)).toBe(false);
  });
});

describe('groupGoalsByStatus', () => {
  it('gives every status in order, each sorted by nearest due date, then newest', () => {
    const later = goal('later', { dueDate: '2026-12-20' });
    const soon = goal('soon', { dueDate: '2026-12-01' });
    const undatedOld = goal('undated old', {}, '2026-10-01T10:00:00Z');
    const undatedNew = goal('undated new', {}, '2026-11-10T10:00:00Z');
    const busy = goal('busy', { status: 'bezig' });
    const done = goal('done', { status: 'gedaan' });
    const trashed = markDeleted(goal('trashed'), new Date());

    const groups = groupGoalsByStatus([undatedOld, later, done, trashed, soon, busy, undatedNew]);
    expect(groups.map((g) => g.status)).toEqual<GoalStatus[]>([
      'open',
      'bezig',
      'gedaan',
      'losgelaten',
    ]);
    expect(groups[0]!.goals.map((g) => g.text)).toEqual([
      'soon',
      'later',
      'undated new',
      'undated old',
    ]);
    expect(groups[1]!.goals.map((g) => g.text)).toEqual(['busy']);
    expect(groups[2]!.goals.map((g) => g.text)).toEqual(['done']);
    expect(groups[3]!.goals).toEqual([]);
  });
});
