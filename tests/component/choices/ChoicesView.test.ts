// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ChoicesView from '@/views/ChoicesView.vue';
import { choices, getDatabase, saveProfile } from '@/db';
import { createChoice, createProfile, markDeleted, type ChoiceStatus } from '@/domain';
import { mountView, resetDatabase } from '../support';
import { eventually } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function addChoice(option: string, status: ChoiceStatus, date: string, pros: string[] = []) {
  return choices.put(getDatabase(), {
    ...createChoice({ option, kind: 'beroep', date }, new Date()),
    status,
    pros,
  });
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('ChoicesView', { timeout: 20_000 }, () => {
  it('invites a first choice when there is none', async () => {
    const { wrapper } = await mountView(ChoicesView, { path: '/keuzes' });
    await eventually(() =>
      expect(wrapper.text()).toContain('Je hebt nog geen keuzes opgeschreven.'),
    );
    expect(wrapper.findAll('section')).toHaveLength(0);
  });

  it('groups the choices by status and summarises each one', async () => {
    const cook = await addChoice('Kok', 'overwegen', '2026-10-01', ['Creatief', 'Snel werk']);
    await addChoice('Bakker', 'afgevallen', '2026-09-01');
    await addChoice('Kapper', 'overwegen', '2026-11-01');
    await choices.put(
      getDatabase(),
      markDeleted(
        createChoice({ option: 'Weg', kind: 'beroep', date: '2026-01-01' }, new Date()),
        new Date(),
      ),
    );

    const { wrapper } = await mountView(ChoicesView, { path: '/keuzes' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(3));
    const groups = wrapper.findAll('section').map((section) => ({
      heading: section.find('h2').text(),
      options: section.findAll('h3').map((h) => h.text()),
    }));
    expect(groups).toEqual([
      { heading: 'Ik twijfel nog (2)', options: ['Kapper', 'Kok'] },
      { heading: 'Afgevallen (1)', options: ['Bakker'] },
    ]);
    const cookCard = wrapper.findAll('article').find((a) => a.text().includes('Kok'))!;
    expect(cookCard.text()).toContain('2 voor · 0 tegen');
    expect(cookCard.find('a').attributes('href')).toBe(`/keuzes/${cook.id}`);
  });
});
