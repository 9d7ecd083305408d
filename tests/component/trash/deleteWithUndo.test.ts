// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import ExperienceFormView from '@/views/ExperienceFormView.vue';
import ToastHost from '@/components/app/ToastHost.vue';
import { experiences, getDatabase, goals, saveProfile } from '@/db';
import { createExperience, createGoal, createProfile, type Goal } from '@/domain';
import { createAppI18n } from '@/plugins/i18n';
import nl from '@/locales/nl';
import { useDeleteWithUndo } from '@/composables/useDeleteWithUndo';
import { TOAST_DURATION_MS, useToastStore } from '@/stores/toast';
import { eventually, mountView, resetDatabase } from '../support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** A screen with one delete button, as any list of records has, beside the app's toast host. */
function mountDeleteButton(goal: Goal) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n('nl', { nl });
  const Screen = defineComponent({
    setup() {
      const deleteWithUndo = useDeleteWithUndo();
      return () =>
        h('main', [
          h('button', { type: 'button', onClick: () => deleteWithUndo(goals, goal.id) }, 'Weg'),
          h(ToastHost),
        ]);
    },
  });
  return mount(Screen, { attachTo: document.body, global: { plugins: [pinia, i18n] } });
}

function buttonNamed(wrapper: ReturnType<typeof mount>, name: string) {
  return wrapper.findAll('button').find((b) => b.text() === name);
}

describe('useDeleteWithUndo with the toast', () => {
  it('moves the record to the trash and offers undo, which restores it', async () => {
    const goal = await goals.put(getDatabase(), createGoal({ text: 'Stage zoeken' }, new Date()));
    const wrapper = mountDeleteButton(goal);

    await buttonNamed(wrapper, 'Weg')!.trigger('click');

    await eventually(async () =>
      expect((await goals.get(getDatabase(), goal.id))?.deletedAt).not.toBeNull(),
    );
    await eventually(() => expect(wrapper.text()).toContain('Naar de prullenbak verplaatst.'));
    // Moved, not gone: the record is still stored, only marked as in the trash.
    expect((await goals.get(getDatabase(), goal.id))?.text).toBe('Stage zoeken');
    expect(wrapper.find('[role="status"]').text()).toContain('Naar de prullenbak verplaatst.');

    await buttonNamed(wrapper, 'Ongedaan maken')!.trigger('click');

    await eventually(async () =>
      expect((await goals.get(getDatabase(), goal.id))?.deletedAt).toBeNull(),
    );
    await eventually(() => expect(wrapper.text()).toContain('Teruggezet.'));
    expect(buttonNamed(wrapper, 'Ongedaan maken')).toBeUndefined();
  });

  it('closes the toast with its close button, and the record stays in the trash', async () => {
    const goal = await goals.put(getDatabase(), createGoal({ text: 'Stage zoeken' }, new Date()));
    const wrapper = mountDeleteButton(goal);
    await buttonNamed(wrapper, 'Weg')!.trigger('click');
    await eventually(() => expect(wrapper.text()).toContain('Naar de prullenbak verplaatst.'));

    await wrapper.find('button[aria-label="Sluiten"]').trigger('click');

    expect(wrapper.text()).not.toContain('Naar de prullenbak verplaatst.');
    expect((await goals.get(getDatabase(), goal.id))?.deletedAt).not.toBeNull();
  });
});

describe('the toast store', () => {
  it('goes away by itself, but waits while the pupil reaches for its button', () => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    const toast = useToastStore();
    const run = vi.fn();

    toast.show('Naar de prullenbak verplaatst.', { label: 'Ongedaan maken', run });
    vi.advanceTimersByTime(TOAST_DURATION_MS - 1);
    expect(toast.current?.message).toBe('Naar de prullenbak verplaatst.');
    toast.hold();
    vi.advanceTimersByTime(TOAST_DURATION_MS * 3);
    expect(toast.current).not.toBeNull();
    toast.release();
    vi.advanceTimersByTime(TOAST_DURATION_MS / 2);
    expect(toast.current).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('shows one toast at a time: a newer one replaces the older', () => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    const toast = useToastStore();
    const first = toast.show('Eerste');
    toast.show('Tweede');
    toast.dismiss(first.id);
    expect(toast.current?.message).toBe('Tweede');
    vi.advanceTimersByTime(TOAST_DURATION_MS);
    expect(toast.current).toBeNull();
  });
});

describe('deleting an experience from its screen', () => {
  it('moves it to the trash, goes back to the dossier, and undo brings it back', async () => {
    const experience = await experiences.put(
      getDatabase(),
      createExperience({ kind: 'bijbaan', title: 'Bijbaan', date: '2026-10-01' }, new Date()),
    );
    const { wrapper, router, i18n } = await mountView(ExperienceFormView, {
      path: `/ervaring/${experience.id}`,
      props: { id: experience.id },
    });
    const toast = mount(ToastHost, { attachTo: document.body, global: { plugins: [i18n] } });
    await eventually(() => expect(wrapper.find('form').exists()).toBe(true));

    await buttonNamed(wrapper, 'Ervaring verwijderen')!.trigger('click');

    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
    const trashed = await experiences.get(getDatabase(), experience.id);
    expect(trashed?.deletedAt).not.toBeNull();
    expect(await experiences.countLive(getDatabase())).toBe(0);
    await eventually(() => expect(toast.text()).toContain('Naar de prullenbak verplaatst.'));

    await buttonNamed(toast, 'Ongedaan maken')!.trigger('click');
    await flushPromises();
    await eventually(async () =>
      expect((await experiences.get(getDatabase(), experience.id))?.deletedAt).toBeNull(),
    );
  });

  it('is not offered while the experience is new', async () => {
    const { wrapper } = await mountView(ExperienceFormView, { path: '/ervaring/nieuw' });
    await eventually(() => expect(wrapper.find('form').exists()).toBe(true));
    expect(buttonNamed(wrapper, 'Ervaring verwijderen')).toBeUndefined();
  });
});
