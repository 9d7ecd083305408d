// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import HomeView from '@/views/HomeView.vue';
import { experiences, getDatabase, saveProfile } from '@/db';
import { createExperience, createProfile } from '@/domain';
import { TIMELINE_PAGE_SIZE } from '@/stores/timeline';
import { eventually, mountView, resetDatabase } from './support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function addExperience(title: string, date: string) {
  return experiences.put(
    getDatabase(),
    createExperience({ kind: 'snuffelstage', title, date }, new Date()),
  );
}

describe('HomeView', () => {
  it('greets the pupil and invites a first entry when the dossier is empty', async () => {
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.text()).toContain('Je hebt nog niets vastgelegd.'));
    expect(wrapper.text()).toContain('Hoi Daan!');
    expect(wrapper.findAll('li article')).toHaveLength(0);
  });

  it('lists experiences newest first and follows the database live', async () => {
    await addExperience('Open dag', '2026-02-01');
    await addExperience('Snuffelstage garage', '2026-05-12');
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article h3')).toHaveLength(2));
    expect(wrapper.findAll('article h3').map((h) => h.text())).toEqual([
      'Snuffelstage garage',
      'Open dag',
    ]);

    await addExperience('Bijbaan', '2026-03-15');
    await eventually(() =>
      expect(wrapper.findAll('article h3').map((h) => h.text())).toEqual([
        'Snuffelstage garage',
        'Bijbaan',
        'Open dag',
      ]),
    );
    // The timeline holds every kind of entry now, so it counts items rather than experiences.
    expect(wrapper.text()).toContain('3 items');
  });

  it('shows user text as text, never as HTML', async () => {
    await addExperience('<img src=x onerror="alert(1)">', '2026-01-01');
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.find('article h3').exists()).toBe(true));
    expect(wrapper.find('article h3').text()).toBe('<img src=x onerror="alert(1)">');
    expect(wrapper.find('article img').exists()).toBe(false);
  });

  it('loads the timeline a page at a time', async () => {
    const db = getDatabase();
    const many = Array.from({ length: TIMELINE_PAGE_SIZE + 5 }, (_, i) =>
      createExperience(
        {
          kind: 'project',
          title: `Project ${i}`,
          date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
        },
        new Date(),
      ),
    );
    await experiences.putMany(db, many);
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(TIMELINE_PAGE_SIZE));
    const more = wrapper.findAll('button').find((b) => b.text() === 'Meer laden');
    await more!.trigger('click');
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(TIMELINE_PAGE_SIZE + 5));
    expect(wrapper.findAll('button').some((b) => b.text() === 'Meer laden')).toBe(false);
  });
});
