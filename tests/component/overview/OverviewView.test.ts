// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import OverviewView from '@/views/OverviewView.vue';
import { experiences, getDatabase, goals, leermeter, reflections, saveProfile } from '@/db';
import {
  createExperience,
  createGoal,
  createLeermeterScore,
  createProfile,
  createReflection,
  markDeleted,
  withChanges,
} from '@/domain';
import { useTimelineStore } from '@/stores/timeline';
import { eventually, mountView, resetDatabase } from '../support';

// The overview reads "today" from the clock; pin it, keeping timers real for Dexie and waits.
const TODAY = new Date('2026-06-15T10:00:00');
const NOW = new Date('2026-06-15T08:00:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, NOW));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function seed() {
  const db = getDatabase();
  const experience = (title: string, date: string, competencies: string[]) =>
    withChanges(
      createExperience({ kind: 'snuffelstage', title, date }, NOW),
      { competencies: competencies as never },
      NOW,
    );
  await experiences.putMany(db, [
    experience('Snuffelstage garage', '2026-06-01', ['werkexploratie', 'loopbaansturing']),
    experience('Open dag', '2026-05-10', ['werkexploratie']),
    // Netwerken last touched in March: a gap of more than 3 months by 15 June.
    experience('Gesprek met oom', '2026-03-05', ['netwerken']),
    markDeleted(experience('Weggegooid', '2026-06-10', ['netwerken']), NOW),
  ]);
  await reflections.put(
    db,
    withChanges(
      createReflection({ title: 'Wat ik goed kan', date: '2026-06-02' }, NOW),
      { competencies: ['kwaliteitenreflectie'] },
      NOW,
    ),
  );
  await goals.put(db, createGoal({ text: 'Open dag ROC', competency: 'werkexploratie' }, NOW));
  await leermeter.putMany(db, [
    createLeermeterScore({ competency: 'werkexploratie', step: 1, date: '2025-11-01' }, NOW),
    createLeermeterScore({ competency: 'werkexploratie', step: 3, date: '2026-06-01' }, NOW),
    createLeermeterScore({ competency: 'kwaliteitenreflectie', step: 2, date: '2026-06-01' }, NOW),
    // A mentor's score is shown beside the pupil's, never counted as the pupil's growth.
    createLeermeterScore(
      { competency: 'kwaliteitenreflectie', step: 4, date: '2026-06-03', scoredBy: 'mentor' },
      NOW,
    ),
  ]);
}

function card(wrapper: VueWrapper, name: string) {
  const found = wrapper.findAll('article').find((a) => a.find('h2').text() === name);
  if (!found) throw new Error(`No card for ${name}`);
  return found;
}

describe('OverviewView', () => {
  it('shows per competency the entries, the last activity and the leermeter growth', async () => {
    await seed();
    const { wrapper } = await mountView(OverviewView, { path: '/overzicht' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(5));
    expect(wrapper.findAll('article h2').map((h) => h.text())).toEqual([
      'Kwaliteitenreflectie',
      'Motievenreflectie',
      'Werkexploratie',
      'Loopbaansturing',
      'Netwerken',
    ]);

    const werk = card(wrapper, 'Werkexploratie').text();
    expect(werk).toContain('3 items');
    expect(werk).toContain('2 ervaringen, 1 doel');
    expect(werk).toContain('15 juni 2026'); // the goal, set today
    expect(werk).toContain('van Net begonnen naar Goed op weg (+2)');

    const kwaliteiten = card(wrapper, 'Kwaliteitenreflectie').text();
    expect(card(wrapper, 'Kwaliteitenreflectie').find('.competency-card__breakdown').text()).toBe(
      '1 reflectie',
    );
    expect(kwaliteiten).toContain('één meting: Op weg');
  });

  it('names gaps in plain words, and “nog nooit” when there was never anything', async () => {
    await seed();
    const { wrapper } = await mountView(OverviewView, { path: '/overzicht' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(5));
    expect(card(wrapper, 'Netwerken').find('.competency-card__gap').text()).toBe(
      'Je hebt sinds maart niets over netwerken vastgelegd.',
    );
    expect(card(wrapper, 'Motievenreflectie').find('.competency-card__gap').text()).toBe(
      'Je hebt nog nooit iets over je motieven vastgelegd.',
    );
    expect(card(wrapper, 'Motievenreflectie').text()).toContain('nog nooit');
    expect(card(wrapper, 'Werkexploratie').find('.competency-card__gap').exists()).toBe(false);
  });

  it('says the year when the last activity was in another year', async () => {
    await experiences.put(
      getDatabase(),
      withChanges(
        createExperience({ kind: 'gastles', title: 'Gastles', date: '2025-11-20' }, NOW),
        { competencies: ['netwerken'] },
        NOW,
      ),
    );
    const { wrapper } = await mountView(OverviewView, { path: '/overzicht', locale: 'en' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(5));
    expect(card(wrapper, 'Networking').find('.competency-card__gap').text()).toBe(
      'You have not recorded anything about networking since November 2025.',
    );
  });

  it('links to adding something for each competency and to its part of the timeline', async () => {
    await seed();
    const { wrapper, router } = await mountView(OverviewView, { path: '/overzicht' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(5));
    const netwerken = card(wrapper, 'Netwerken');
    const links = netwerken.findAll('a');
    expect(links.map((a) => [a.attributes('aria-label'), a.attributes('href')])).toEqual([
      ['Ervaring toevoegen: Netwerken', '/ervaring/nieuw'],
      ['Reflectie schrijven: Netwerken', '/reflectie/nieuw?competentie=netwerken'],
    ]);
    expect(links.map((a) => a.text())).toEqual(['+ Ervaring', '+ Reflectie']);

    await netwerken.find('button').trigger('click');
    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
    expect(useTimelineStore().competency).toBe('netwerken');
  });

  it('follows the database live', async () => {
    const { wrapper } = await mountView(OverviewView, { path: '/overzicht' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(5));
    expect(card(wrapper, 'Loopbaansturing').text()).toContain('niets');
    await goals.put(
      getDatabase(),
      createGoal({ text: 'Kiezen', competency: 'loopbaansturing' }, NOW),
    );
    await eventually(() => expect(card(wrapper, 'Loopbaansturing').text()).toContain('1 item'));
    expect(card(wrapper, 'Loopbaansturing').find('.competency-card__gap').exists()).toBe(false);
  });
});
