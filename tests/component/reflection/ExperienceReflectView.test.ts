// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ExperienceReflectView from '@/views/ExperienceReflectView.vue';
import { experiences, getDatabase, goals, loadDraft, saveProfile } from '@/db';
import { createExperience, createProfile, experienceSchema, type Experience } from '@/domain';
import { useToastStore } from '@/stores/toast';
import { eventually, mountView, resetDatabase } from '../support';
import { button, checkbox, field, valueOf } from './helpers';

let experience: Experience;

beforeEach(async () => {
  await resetDatabase();
  const db = getDatabase();
  await saveProfile(db, createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
  experience = await experiences.put(db, {
    ...createExperience(
      {
        kind: 'snuffelstage',
        title: 'Snuffelstage bakkerij',
        date: '2026-11-20',
        description: 'Brood gebakken.',
      },
      new Date('2026-11-20T15:00:00Z'),
    ),
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function openReflect(id = experience.id) {
  const mounted = await mountView(ExperienceReflectView, {
    path: `/ervaring/${id}/reflectie`,
    props: { id },
  });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

describe('ExperienceReflectView', () => {
  it('stores two competencies, the SLO answers and STARR on the experience', async () => {
    const { wrapper, router } = await openReflect();
    expect(wrapper.text()).toContain('Over: Snuffelstage bakkerij');

    // Tapped in reverse catalogue order; each shows its question and prompts.
    await checkbox(wrapper, 'Netwerken').setValue(true);
    await checkbox(wrapper, 'Kwaliteitenreflectie').setValue(true);
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'Kwaliteitenreflectie',
      'Netwerken',
    ]);
    expect(wrapper.text()).toContain('Kreeg je een compliment? Van wie, en waarvoor?');
    expect(wrapper.text()).toContain('Wie kan je verder helpen, en hoe neem je contact op?');
    expect(wrapper.text()).not.toContain('Welke opleiding heb je nodig voor dit werk?');

    await field(wrapper, 'Wat kan ik goed, en hoe weet ik dat?').setValue('Klanten helpen.');
    await field(wrapper, 'Wie kan mij daarbij helpen?').setValue('De bakker zelf.');
    await field(wrapper, 'Doel:').setValue('Is bakken iets voor mij?');
    await field(wrapper, 'Resultaat: wat heb je gedaan').setValue('Broodjes gevormd.');
    await field(wrapper, 'Wat vond je ervan?').setValue('Vroeg op, maar leuk.');
    await field(wrapper, 'Gevolg:').setValue('Open dag bakkersopleiding bezoeken.');
    await checkbox(wrapper, 'Ik wil ook reflecteren met STARR').setValue(true);
    await field(wrapper, 'Situatie:').setValue('Drukke zaterdag.');
    await field(wrapper, 'Taak:').setValue('Kassa doen.');
    await field(wrapper, 'Actie:').setValue('Rustig gebleven.');
    await field(wrapper, 'Resultaat: hoe liep het af?').setValue('Geen fouten.');
    await field(wrapper, 'Reflectie:').setValue('Volgende keer sneller.');
    await checkbox(wrapper, 'Privé: alleen voor mij').setValue(true);
    await wrapper.find('form').trigger('submit');

    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
    const stored = await experiences.get(getDatabase(), experience.id);
    expect(experienceSchema.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({
      title: 'Snuffelstage bakkerij',
      description: 'Brood gebakken.',
      competencies: ['kwaliteitenreflectie', 'netwerken'],
      competencyReflections: {
        kwaliteitenreflectie: 'Klanten helpen.',
        netwerken: 'De bakker zelf.',
      },
      slo: {
        doel: 'Is bakken iets voor mij?',
        resultaat: 'Broodjes gevormd.',
        vondIkErvan: 'Vroeg op, maar leuk.',
        gevolg: 'Open dag bakkersopleiding bezoeken.',
      },
      starr: {
        situatie: 'Drukke zaterdag.',
        taak: 'Kassa doen.',
        actie: 'Rustig gebleven.',
        resultaat: 'Geen fouten.',
        reflectie: 'Volgende keer sneller.',
      },
      private: true,
    });
    expect(stored!.createdAt).toBe(experience.createdAt);
    expect(stored!.updatedAt > experience.updatedAt).toBe(true);
    expect(
      await loadDraft(getDatabase(), `experience-reflection:${experience.id}`),
    ).toBeUndefined();
    expect(useToastStore().current?.message).toBe('Je reflectie is opgeslagen.');
  });

  it('brings back a half-written reflection after a reload', async () => {
    const first = await openReflect();
    await checkbox(first.wrapper, 'Werkexploratie').setValue(true);
    await field(first.wrapper, 'Welk werk en welke opleiding passen bij mij?').setValue(
      'Bakker worden kan via het mbo.',
    );
    await checkbox(first.wrapper, 'Ik wil ook reflecteren met STARR').setValue(true);
    await field(first.wrapper, 'Situatie:').setValue('Halverwege mijn zin');
    await eventually(async () =>
      expect(
        await loadDraft(getDatabase(), `experience-reflection:${experience.id}`),
      ).toMatchObject({
        reflection: {
          competencies: ['werkexploratie'],
          starr: { situatie: 'Halverwege mijn zin' },
        },
      }),
    );
    first.wrapper.unmount();

    const second = await openReflect();
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');
    expect(checkbox(second.wrapper, 'Werkexploratie').element.checked).toBe(true);
    expect(valueOf(field(second.wrapper, 'Welk werk en welke opleiding passen bij mij?'))).toBe(
      'Bakker worden kan via het mbo.',
    );
    expect(valueOf(field(second.wrapper, 'Situatie:'))).toBe('Halverwege mijn zin');
    // The experience itself is untouched until the pupil saves.
    expect((await experiences.get(getDatabase(), experience.id))?.competencies).toEqual([]);
  });

  it('keeps the text of a competency switched off and on again, but stores only chosen ones', async () => {
    const { wrapper } = await openReflect();
    await checkbox(wrapper, 'Motievenreflectie').setValue(true);
    await field(wrapper, 'Wat wil ik, wat vind ik belangrijk, en waarom?').setValue('Samenwerken.');
    await checkbox(wrapper, 'Motievenreflectie').setValue(false);
    expect(wrapper.findAll('h3')).toHaveLength(0);
    expect(wrapper.findAll('textarea')).toHaveLength(4);
    await checkbox(wrapper, 'Motievenreflectie').setValue(true);
    expect(valueOf(field(wrapper, 'Wat wil ik, wat vind ik belangrijk, en waarom?'))).toBe(
      'Samenwerken.',
    );
    await checkbox(wrapper, 'Motievenreflectie').setValue(false);
    await checkbox(wrapper, 'Loopbaansturing').setValue(true);
    await wrapper.find('form').trigger('submit');

    await eventually(async () => {
      const stored = await experiences.get(getDatabase(), experience.id);
      expect(stored?.competencies).toEqual(['loopbaansturing']);
      expect(stored?.competencyReflections).toEqual({ loopbaansturing: '' });
      expect(stored?.starr).toBeNull();
    });
  });

  it('turns the gevolg into a goal in one tap, and undo takes it back', async () => {
    const { wrapper } = await openReflect();
    await button(wrapper, 'Maak hier een doel van').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Schrijf eerst bij “Gevolg” wat je volgende stap is.');
    expect(await goals.countLive(getDatabase())).toBe(0);

    await field(wrapper, 'Gevolg:').setValue('Open dag   bezoeken\nin maart');
    await button(wrapper, 'Maak hier een doel van').trigger('click');
    const [goal] = await eventually(async () => {
      const live = await goals.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(goal).toMatchObject({
      text: 'Open dag bezoeken in maart',
      status: 'open',
      sourceId: experience.id,
      competency: 'loopbaansturing',
    });
    await eventually(() => expect(wrapper.text()).toContain('Dit gevolg staat in je doelen:'));
    const link = wrapper.find(`a[data-goal-id="${goal!.id}"]`);
    expect(link.attributes('href')).toBe(`/doelen/${goal!.id}`);
    // The button is gone, so a second tap cannot make the same goal twice.
    expect(wrapper.findAll('button').some((b) => b.text() === 'Maak hier een doel van')).toBe(
      false,
    );

    const toast = useToastStore();
    expect(toast.current?.message).toBe('Doel gemaakt.');
    await toast.runAction();
    await eventually(async () => expect(await goals.get(getDatabase(), goal!.id)).toBeUndefined());
    await eventually(() => expect(button(wrapper, 'Maak hier een doel van').exists()).toBe(true));
  });

  it('says so when the experience does not exist', async () => {
    const id = '4b0c2f5e-0000-4000-8000-000000000000';
    const { wrapper } = await mountView(ExperienceReflectView, {
      path: `/ervaring/${id}/reflectie`,
      props: { id },
    });
    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.text()).toContain('Deze ervaring bestaat niet (meer).');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
