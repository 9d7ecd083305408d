// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import HomeView from '@/views/HomeView.vue';
import {
  choices,
  conversations,
  experiences,
  getDatabase,
  goals,
  leermeter,
  reflections,
  saveProfile,
  traits,
} from '@/db';
import {
  createChoice,
  createConversation,
  createExperience,
  createGoal,
  createLeermeterScore,
  createProfile,
  createReflection,
  createTrait,
  withChanges,
} from '@/domain';
import { TIMELINE_PAGE_SIZE } from '@/stores/timeline';
import { eventually, mountView, resetDatabase } from '../support';

const NOW = new Date('2026-03-20T12:00:00.000Z');

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, NOW));
});
afterEach(() => {
  document.body.innerHTML = '';
});

/** One entry of every kind, each on its own day (goals and traits sit on their creation day). */
async function seedEveryKind() {
  const db = getDatabase();
  const experience = withChanges(
    createExperience(
      {
        kind: 'snuffelstage',
        title: 'Snuffelstage bij Café Noord',
        date: '2026-03-01',
        place: 'Zwolle',
      },
      NOW,
    ),
    { competencies: ['netwerken'] },
    NOW,
  );
  const reflection = withChanges(
    createReflection({ title: 'Refléctie op mijn stage', date: '2026-02-15' }, NOW),
    { competencies: ['kwaliteitenreflectie'] },
    NOW,
  );
  const goal = createGoal(
    { text: 'Open dag van het ROC bezoeken', competency: 'werkexploratie' },
    new Date('2026-01-20T12:00:00.000Z'),
  );
  const conversation = withChanges(
    createConversation({ kind: 'trialoog', date: '2026-01-10' }, NOW),
    { participants: [{ name: 'Mevr. Jansen', role: 'mentor' }], held: true },
    NOW,
  );
  const choice = createChoice(
    { option: 'Kok (mbo 2)', kind: 'opleiding', date: '2025-12-05' },
    NOW,
  );
  const trait = createTrait(
    { kind: 'motief', name: 'Mensen helpen' },
    new Date('2025-11-02T12:00:00.000Z'),
  );
  const score = createLeermeterScore({ competency: 'netwerken', step: 2, date: '2025-10-01' }, NOW);
  await experiences.put(db, experience);
  await reflections.put(db, reflection);
  await goals.put(db, goal);
  await conversations.put(db, conversation);
  await choices.put(db, choice);
  await traits.put(db, trait);
  await leermeter.put(db, score);
  return { experience, reflection, goal, conversation, choice, trait, score };
}

function titles(wrapper: VueWrapper) {
  return wrapper.findAll('article h3').map((heading) => heading.text());
}

function control(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('label').find((element) => element.text().startsWith(label));
  if (!found) throw new Error(`No control labelled ${label}`);
  return wrapper.find(`#${CSS.escape(found.attributes('for') ?? '')}`);
}

describe('the timeline of everything', () => {
  it('shows every kind of entry newest first, each linking to its own screen', async () => {
    const seeded = await seedEveryKind();
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    expect(titles(wrapper)).toEqual([
      'Snuffelstage bij Café Noord',
      'Refléctie op mijn stage',
      'Open dag van het ROC bezoeken',
      'Gesprek met Mevr. Jansen',
      'Kok (mbo 2)',
      'Mensen helpen',
      'Leermeter-meting',
    ]);
    expect(wrapper.findAll('article h3 a').map((link) => link.attributes('href'))).toEqual([
      `/ervaring/${seeded.experience.id}`,
      `/reflectie/${seeded.reflection.id}`,
      `/doelen/${seeded.goal.id}`,
      `/gesprekken/${seeded.conversation.id}`,
      `/keuzes/${seeded.choice.id}`,
      `/kwaliteiten/${seeded.trait.id}`,
      '/leermeter',
    ]);
    const kinds = wrapper.findAll('.timeline-item__kind').map((kind) => kind.text());
    expect(kinds).toEqual([
      'Ervaring',
      'Reflectie',
      'Doel',
      'Loopbaangesprek',
      'Keuze',
      'Motief',
      'Leermeter',
    ]);
    const first = wrapper.find('article');
    expect(first.text()).toMatch(/Snuffelstage\s*·\s*1 mrt\. 2026\s*·\s*Zwolle/);
    expect(first.text()).toContain('Netwerken');
    expect(wrapper.text()).toContain('7 items');
    expect(wrapper.text()).toContain('Je bent bij het begin van je dossier.');
  });

  it('searches titles and text without minding case or accents', async () => {
    await seedEveryKind();
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    const search = wrapper.find('input[type="search"]');

    await search.setValue('reflectie');
    await eventually(() => expect(titles(wrapper)).toEqual(['Refléctie op mijn stage']));
    expect(wrapper.find('[role="status"]').text()).toBe('1 resultaat');

    await search.setValue('CAFE');
    await eventually(() => expect(titles(wrapper)).toEqual(['Snuffelstage bij Café Noord']));

    // Several words must all match; a conversation's people are searchable too.
    await search.setValue('jansen trialoog');
    await eventually(() => expect(titles(wrapper)).toEqual(['Gesprek met Mevr. Jansen']));

    await search.setValue('garage');
    await eventually(() =>
      expect(wrapper.text()).toContain('Niets gevonden. Probeer een ander woord'),
    );
    expect(wrapper.findAll('article')).toHaveLength(0);

    const clear = wrapper.findAll('button').find((b) => b.text() === 'Zoeken en filters wissen');
    await clear!.trigger('click');
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    expect((search.element as HTMLInputElement).value).toBe('');
  });

  it('asks for two letters before searching', async () => {
    await seedEveryKind();
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    await wrapper.find('input[type="search"]').setValue('k');
    await eventually(() =>
      expect(wrapper.text()).toContain('Typ minstens 2 letters om te zoeken.'),
    );
    expect(wrapper.findAll('article')).toHaveLength(7);
  });

  it('filters by kind, kind of experience, competency and period', async () => {
    await seedEveryKind();
    const db = getDatabase();
    await experiences.put(
      db,
      createExperience({ kind: 'bijbaan', title: 'Bijbaan bij de Jumbo', date: '2026-02-01' }, NOW),
    );
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(8));

    await control(wrapper, 'Wat').setValue('experience');
    await eventually(() =>
      expect(titles(wrapper)).toEqual(['Snuffelstage bij Café Noord', 'Bijbaan bij de Jumbo']),
    );
    await control(wrapper, 'Soort ervaring').setValue('bijbaan');
    await eventually(() => expect(titles(wrapper)).toEqual(['Bijbaan bij de Jumbo']));
    expect(wrapper.find('summary').text()).toBe('Filters (1 aan)');

    await control(wrapper, 'Wat').setValue('goal');
    await eventually(() => expect(titles(wrapper)).toEqual(['Open dag van het ROC bezoeken']));

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Zoeken en filters wissen')!
      .trigger('click');
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(8));

    await control(wrapper, 'Competentie').setValue('netwerken');
    // The experience and the leermeter round both touch netwerken.
    await eventually(() =>
      expect(titles(wrapper)).toEqual(['Snuffelstage bij Café Noord', 'Leermeter-meting']),
    );
    await control(wrapper, 'Competentie').setValue('kwaliteitenreflectie');
    await eventually(() => expect(titles(wrapper)).toEqual(['Refléctie op mijn stage']));

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Zoeken en filters wissen')!
      .trigger('click');
    await control(wrapper, 'Periode').setValue('custom');
    await control(wrapper, 'Vanaf').setValue('2026-01-01');
    await control(wrapper, 'Tot en met').setValue('2026-02-15');
    await eventually(() =>
      expect(titles(wrapper)).toEqual([
        'Refléctie op mijn stage',
        'Bijbaan bij de Jumbo',
        'Open dag van het ROC bezoeken',
        'Gesprek met Mevr. Jansen',
      ]),
    );
    expect(wrapper.find('[role="status"]').text()).toBe('4 resultaten');
  });

  it('leaves entries in the trash out and follows the database live', async () => {
    const { experience } = await seedEveryKind();
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    await experiences.softDelete(getDatabase(), experience.id, new Date());
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(6));
    expect(titles(wrapper)).not.toContain('Snuffelstage bij Café Noord');
    expect(wrapper.text()).toContain('6 items');
  });

  it('moves focus to the first new entry after "Meer laden"', async () => {
    const db = getDatabase();
    await goals.putMany(
      db,
      Array.from({ length: TIMELINE_PAGE_SIZE + 3 }, (_, i) =>
        createGoal({ text: `Doel ${i}` }, new Date(Date.UTC(2026, 0, 1, 0, i))),
      ),
    );
    const { wrapper } = await mountView(HomeView);
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(TIMELINE_PAGE_SIZE));
    expect(wrapper.text()).toContain(`${TIMELINE_PAGE_SIZE + 3} items`);
    const more = wrapper.findAll('button').find((b) => b.text() === 'Meer laden');
    await more!.trigger('click');
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(TIMELINE_PAGE_SIZE + 3));
    await eventually(() =>
      expect(document.activeElement?.textContent).toBe(titles(wrapper)[TIMELINE_PAGE_SIZE]),
    );
    // Same-day goals keep the order they were set in: newest first.
    expect(titles(wrapper).at(-1)).toBe('Doel 0');
  });

  it('speaks English when the pupil chose it', async () => {
    await seedEveryKind();
    const { wrapper } = await mountView(HomeView, { locale: 'en' });
    await eventually(() => expect(wrapper.findAll('article')).toHaveLength(7));
    expect(wrapper.text()).toContain('7 items');
    expect(titles(wrapper)).toContain('Conversation with Mevr. Jansen');
    expect(wrapper.find('label[for]').text()).toBe('Search your dossier');
  });
});
