// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import GoalsView from '@/views/GoalsView.vue';
import { getDatabase, goals, reflections, saveProfile } from '@/db';
import { createGoal, createProfile, createReflection, type Goal } from '@/domain';
import { useToastStore } from '@/stores/toast';
import { eventually, mountView, resetDatabase } from '../support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function addGoal(text: string, extra: Partial<Goal> = {}) {
  return goals.put(getDatabase(), { ...createGoal({ text }, new Date()), ...extra });
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

/** The status headings and the goals under each, as the pupil sees them. */
function sections(wrapper: Wrapper) {
  return wrapper.findAll('section').map((section) => ({
    heading: section.find('h2').text(),
    goals: section.findAll('h3').map((h) => h.text()),
  }));
}

describe('GoalsView', () => {
  it('invites a first goal when there are none', async () => {
    const { wrapper } = await mountView(GoalsView, { path: '/doelen' });
    await eventually(() => expect(wrapper.text()).toContain('Je hebt nog geen doelen.'));
    expect(wrapper.findAll('section')).toHaveLength(0);
  });

  it('groups goals by status and shows their competency, due date and source', async () => {
    const reflection = await reflections.put(
      getDatabase(),
      createReflection({ title: 'Terugblik stage', date: '2026-10-01' }, new Date()),
    );
    await addGoal('Cv maken', { status: 'gedaan' });
    await addGoal('Open dag bezoeken', {
      competency: 'werkexploratie',
      dueDate: '2020-01-15',
      sourceId: reflection.id,
    });
    await addGoal('Stage zoeken', { status: 'bezig' });
    const { wrapper } = await mountView(GoalsView, { path: '/doelen' });
    await eventually(() => expect(wrapper.findAll('h3')).toHaveLength(3));

    expect(sections(wrapper)).toEqual([
      { heading: 'Open (1)', goals: ['Open dag bezoeken'] },
      { heading: 'Bezig (1)', goals: ['Stage zoeken'] },
      { heading: 'Gedaan (1)', goals: ['Cv maken'] },
    ]);
    const open = wrapper.findAll('article')[0]!;
    expect(open.text()).toContain('Werkexploratie');
    expect(open.text()).toContain('Over tijd: 15 jan. 2020');
    expect(open.find(`a[href="/reflectie/${reflection.id}"]`).text()).toBe('Terugblik stage');
    expect(wrapper.text()).toContain('3 doelen');
  });

  it('changes a status right from the list, and the goal moves to its new group', async () => {
    const goal = await addGoal('Stage zoeken');
    const { wrapper } = await mountView(GoalsView, { path: '/doelen' });
    await eventually(() => expect(wrapper.findAll('select')).toHaveLength(1));
    const select = wrapper.find('select');
    expect(select.attributes('aria-label')).toBe('Status van: Stage zoeken');

    await select.setValue('bezig');
    await eventually(async () =>
      expect((await goals.get(getDatabase(), goal.id))?.status).toBe('bezig'),
    );
    await eventually(() =>
      expect(sections(wrapper)).toEqual([{ heading: 'Bezig (1)', goals: ['Stage zoeken'] }]),
    );
    expect(useToastStore().current?.message).toBe('Status veranderd in: Bezig.');
    // Keyboard users keep their place: focus follows the goal to its new group.
    await eventually(() => expect(document.activeElement?.id).toBe(`goal-status-${goal.id}`));
  });
});
