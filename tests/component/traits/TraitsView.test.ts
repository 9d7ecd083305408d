// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TraitsView from '@/views/TraitsView.vue';
import { experiences, getDatabase, reflections, saveProfile, traits } from '@/db';
import {
  createExperience,
  createProfile,
  createReflection,
  createTrait,
  markDeleted,
} from '@/domain';
import { mountView, resetDatabase } from '../support';
import { eventually } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function section(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], heading: string) {
  const found = wrapper.findAll('section').find((s) => s.find('h2').text() === heading);
  if (!found) throw new Error(`No section ${heading}`);
  return found;
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('TraitsView', { timeout: 20_000 }, () => {
  it('shows both lists with their prompts and an invitation when they are empty', async () => {
    const { wrapper } = await mountView(TraitsView, { path: '/kwaliteiten' });
    await eventually(() => expect(wrapper.findAll('section')).toHaveLength(2));
    const qualities = section(wrapper, 'Mijn kwaliteiten');
    expect(qualities.text()).toContain('Waar ben je goed in? Wat zeggen anderen over jou?');
    expect(qualities.text()).toContain('Je hebt nog geen kwaliteiten opgeschreven.');
    expect(qualities.find('a').attributes('href')).toBe('/kwaliteiten/nieuw?soort=kwaliteit');
    const motives = section(wrapper, 'Mijn motieven');
    expect(motives.text()).toContain('Wat vind je belangrijk in werk?');
    expect(motives.find('a').attributes('href')).toBe('/kwaliteiten/nieuw?soort=motief');
  });

  it('lists each item under its kind, with links to the entries that show it', async () => {
    const db = getDatabase();
    const bakery = await experiences.put(
      db,
      createExperience({ kind: 'snuffelstage', title: 'Bakkerij', date: '2026-10-02' }, new Date()),
    );
    const trashed = await experiences.put(
      db,
      markDeleted(
        createExperience({ kind: 'bijbaan', title: 'Weggegooid', date: '2026-10-03' }, new Date()),
        new Date(),
      ),
    );
    const look = await reflections.put(
      db,
      createReflection({ title: 'Terugblik', date: '2026-11-01' }, new Date()),
    );
    const listening = await traits.put(db, {
      ...createTrait({ kind: 'kwaliteit', name: 'Goed luisteren' }, new Date()),
      evidenceIds: [bakery.id, trashed.id, look.id],
    });
    await traits.put(db, createTrait({ kind: 'motief', name: 'Mensen helpen' }, new Date()));

    const { wrapper } = await mountView(TraitsView, { path: '/kwaliteiten' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(2));

    const qualities = section(wrapper, 'Mijn kwaliteiten');
    const card = qualities.find('article');
    expect(card.find('h3 a').text()).toBe('Goed luisteren');
    expect(card.find('h3 a').attributes('href')).toBe(`/kwaliteiten/${listening.id}`);
    const links = card
      .findAll('li a')
      .map((a) => [a.text().replace(/\s+/g, ' '), a.attributes('href')]);
    expect(links).toEqual([
      ['Terugblik, 1 nov. 2026', `/reflectie/${look.id}`],
      ['Bakkerij, 2 okt. 2026', `/ervaring/${bakery.id}`],
    ]);
    expect(card.text()).not.toContain('Weggegooid');

    const motives = section(wrapper, 'Mijn motieven');
    expect(motives.find('article').text()).toContain('Mensen helpen');
    expect(motives.find('article').text()).toContain('Nog niet gekoppeld aan een ervaring.');
  });

  it('follows the database live', async () => {
    const { wrapper } = await mountView(TraitsView, { path: '/kwaliteiten' });
    await eventually(() => expect(wrapper.findAll('section')).toHaveLength(2));
    await traits.put(getDatabase(), createTrait({ kind: 'motief', name: 'Vrijheid' }, new Date()));
    await eventually(() =>
      expect(section(wrapper, 'Mijn motieven').find('article').text()).toContain('Vrijheid'),
    );
  });
});
