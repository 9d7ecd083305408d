// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExperienceReflectLink from '@/components/reflection/ExperienceReflectLink.vue';
import { experiences, getDatabase, saveProfile } from '@/db';
import { createExperience, createProfile, withChanges } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('ExperienceReflectLink', () => {
  it('invites reflection, then shows the competencies touched as the experience changes', async () => {
    const db = getDatabase();
    const experience = await experiences.put(
      db,
      createExperience({ kind: 'bijbaan', title: 'Bijbaan', date: '2026-10-01' }, new Date()),
    );
    const { wrapper } = await mountView(ExperienceReflectLink, {
      path: `/ervaring/${experience.id}`,
      props: { experienceId: experience.id },
    });
    await eventually(() => expect(wrapper.find('a').exists()).toBe(true));
    expect(wrapper.find('a').text()).toBe('Reflecteren');
    expect(wrapper.find('a').attributes('href')).toBe(`/ervaring/${experience.id}/reflectie`);
    expect(wrapper.find('ul').exists()).toBe(false);

    await experiences.put(
      db,
      withChanges(experience, { competencies: ['motievenreflectie', 'netwerken'] }, new Date()),
    );
    await eventually(() =>
      expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
        'Motievenreflectie',
        'Netwerken',
      ]),
    );
    expect(wrapper.find('ul').attributes('aria-label')).toBe('Competenties');
    expect(wrapper.text()).toContain('Deze ervaring ging over:');
    expect(wrapper.find('a').text()).toBe('Reflectie bekijken of aanpassen');
  });

  it('names the competencies in English when the app is in English', async () => {
    const experience = await experiences.put(getDatabase(), {
      ...createExperience({ kind: 'gastles', title: 'Gastles', date: '2026-10-01' }, new Date()),
      competencies: ['werkexploratie'],
    });
    const { wrapper } = await mountView(ExperienceReflectLink, {
      path: `/ervaring/${experience.id}`,
      props: { experienceId: experience.id },
      locale: 'en',
    });
    await eventually(() => expect(wrapper.find('li').exists()).toBe(true));
    expect(wrapper.find('li').text()).toBe('Exploring work and education');
    expect(wrapper.find('a').text()).toBe('View or change your reflection');
  });
});
