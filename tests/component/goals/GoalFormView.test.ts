// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import GoalFormView from '@/views/GoalFormView.vue';
import { experiences, getDatabase, goals, loadDraft, saveProfile } from '@/db';
import { createExperience, createGoal, createProfile, goalSchema } from '@/domain';
import { useToastStore } from '@/stores/toast';
import { eventually, mountView, resetDatabase } from '../support';
import { button, field, valueOf } from '../reflection/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function openNew() {
  const mounted = await mountView(GoalFormView, { path: '/doelen/nieuw' });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

async function openExisting(id: string) {
  const mounted = await mountView(GoalFormView, { path: `/doelen/${id}`, props: { id } });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

describe('GoalFormView', () => {
  it('saves a new goal with competency, due date and status', async () => {
    const { wrapper, router } = await openNew();
    await field(wrapper, 'Wat is je doel').setValue('  Open dag ROC bezoeken  ');
    await field(wrapper, 'Bij welke competentie').setValue('werkexploratie');
    await field(wrapper, 'Wanneer wil je het af hebben?').setValue('2027-01-31');
    await field(wrapper, 'Status').setValue('bezig');
    await wrapper.find('form').trigger('submit');

    await eventually(() => expect(router.currentRoute.value.name).toBe('goals'));
    const [saved] = await goals.listLive(getDatabase());
    expect(goalSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      text: 'Open dag ROC bezoeken',
      competency: 'werkexploratie',
      dueDate: '2027-01-31',
      status: 'bezig',
      sourceId: null,
    });
    expect(await loadDraft(getDatabase(), 'goal:new')).toBeUndefined();
  });

  it('saves a goal without competency or due date as null', async () => {
    const { wrapper } = await openNew();
    await field(wrapper, 'Wat is je doel').setValue('Cv maken');
    await wrapper.find('form').trigger('submit');
    await eventually(async () =>
      expect(await goals.listLive(getDatabase())).toMatchObject([
        { text: 'Cv maken', competency: null, dueDate: null, status: 'open' },
      ]),
    );
  });

  it('refuses an empty or too long goal and saves nothing', async () => {
    const { wrapper } = await openNew();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vul dit in.');

    await field(wrapper, 'Wat is je doel').setValue('x'.repeat(501));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Maak je doel korter: hooguit 500 tekens.');
    expect(await goals.countLive(getDatabase())).toBe(0);
  });

  it('brings back a half-typed goal after a reload', async () => {
    const first = await openNew();
    await field(first.wrapper, 'Wat is je doel').setValue('Stage zoeken bij');
    await field(first.wrapper, 'Bij welke competentie').setValue('netwerken');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'goal:new')).toMatchObject({
        text: 'Stage zoeken bij',
        competency: 'netwerken',
      }),
    );
    first.wrapper.unmount();

    const second = await openNew();
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');
    expect(valueOf(field(second.wrapper, 'Wat is je doel'))).toBe('Stage zoeken bij');
    expect(valueOf(field(second.wrapper, 'Bij welke competentie'))).toBe('netwerken');
  });

  it('shows where a goal came from and links back to it', async () => {
    const db = getDatabase();
    const experience = await experiences.put(
      db,
      createExperience(
        { kind: 'open-dag', title: 'Open dag Deltion', date: '2026-11-01' },
        new Date(),
      ),
    );
    const goal = await goals.put(
      db,
      createGoal({ text: 'Meeloopdag plannen', sourceId: experience.id }, new Date()),
    );
    const { wrapper } = await openExisting(goal.id);
    const link = wrapper.find(`a[href="/ervaring/${experience.id}/reflectie"]`);
    expect(link.text()).toBe('Open dag Deltion');
    expect(wrapper.text()).toContain('Uit:');
  });

  it('changes an existing goal and moves it to the trash with undo', async () => {
    const goal = await goals.put(getDatabase(), createGoal({ text: 'Oud doel' }, new Date()));
    const edit = await openExisting(goal.id);
    await field(edit.wrapper, 'Status').setValue('gedaan');
    await edit.wrapper.find('form').trigger('submit');
    await eventually(async () =>
      expect((await goals.get(getDatabase(), goal.id))?.status).toBe('gedaan'),
    );
    edit.wrapper.unmount();

    const again = await openExisting(goal.id);
    await button(again.wrapper, 'Verwijderen').trigger('click');
    await eventually(() => expect(again.router.currentRoute.value.name).toBe('goals'));
    expect((await goals.get(getDatabase(), goal.id))?.deletedAt).not.toBeNull();
    await useToastStore().runAction();
    expect((await goals.get(getDatabase(), goal.id))?.deletedAt).toBeNull();
  });
});
