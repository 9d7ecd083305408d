// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReflectionsView from '@/views/ReflectionsView.vue';
import { getDatabase, reflections, saveProfile } from '@/db';
import { createProfile, createReflection } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('ReflectionsView', () => {
  it('invites a first reflection when there are none', async () => {
    const { wrapper } = await mountView(ReflectionsView, { path: '/reflecties' });
    await eventually(() => expect(wrapper.text()).toContain('Je hebt nog geen losse reflecties.'));
    expect(wrapper.find('a[href="/reflectie/nieuw"]').text()).toBe('Nieuwe reflectie');
  });

  it('lists reflections newest first with their competencies, private mark and live updates', async () => {
    const db = getDatabase();
    await reflections.put(
      db,
      createReflection({ title: 'Januari', date: '2026-01-10' }, new Date()),
    );
    await reflections.put(db, {
      ...createReflection({ title: 'Juni', date: '2026-06-10' }, new Date()),
      competencies: ['werkexploratie', 'netwerken'],
      private: true,
    });
    const { wrapper } = await mountView(ReflectionsView, { path: '/reflecties' });
    await eventually(() => expect(wrapper.findAll('article h2')).toHaveLength(2));
    expect(wrapper.findAll('article h2').map((h) => h.text())).toEqual(['Juni', 'Januari']);
    const june = wrapper.findAll('article')[0]!;
    expect(june.findAll('li').map((li) => li.text())).toEqual(['Werkexploratie', 'Netwerken']);
    expect(june.text()).toContain('Privé');
    expect(wrapper.findAll('article')[1]!.text()).not.toContain('Privé');
    expect(wrapper.text()).toContain('2 reflecties');

    await reflections.put(db, createReflection({ title: 'Maart', date: '2026-03-01' }, new Date()));
    await eventually(() =>
      expect(wrapper.findAll('article h2').map((h) => h.text())).toEqual([
        'Juni',
        'Maart',
        'Januari',
      ]),
    );
  });
});
