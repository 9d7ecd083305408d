// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ExperienceFormView from '@/views/ExperienceFormView.vue';
import { experiences, getDatabase, loadDraft, saveProfile } from '@/db';
import { createExperience, createProfile, experienceSchema } from '@/domain';
import { eventually, mountView, resetDatabase } from './support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

function field(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find((l) => l.text().startsWith(label));
  if (!labelEl) throw new Error(`No field labelled ${label}`);
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for') ?? '')}`);
}

async function openNewForm() {
  const mounted = await mountView(ExperienceFormView, { path: '/ervaring/nieuw' });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

describe('ExperienceFormView', () => {
  it('saves a new experience with every field and returns to the dossier', async () => {
    const { wrapper, router } = await openNewForm();
    await field(wrapper, 'Soort ervaring').setValue('open-dag');
    await field(wrapper, 'Titel').setValue('Open dag Deltion');
    await field(wrapper, 'Datum').setValue('2026-11-20');
    await field(wrapper, 'Plaats of organisatie').setValue('Zwolle');
    await field(wrapper, 'Contactpersoon').setValue('Fatima');
    await field(wrapper, 'Rol van de contactpersoon').setValue('docent zorg');
    await field(wrapper, 'Wat heb je gedaan?').setValue('Rondleiding bij zorg en welzijn.');
    await wrapper.find('form').trigger('submit');

    const [saved] = await eventually(async () => {
      const live = await experiences.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(experienceSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      kind: 'open-dag',
      title: 'Open dag Deltion',
      date: '2026-11-20',
      place: 'Zwolle',
      contact: { name: 'Fatima', role: 'docent zorg' },
      description: 'Rondleiding bij zorg en welzijn.',
    });
    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
    expect(await loadDraft(getDatabase(), 'experience:new')).toBeUndefined();
  });

  it('refuses an experience without a title and saves nothing', async () => {
    const { wrapper } = await openNewForm();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vul dit in.');
    expect(await experiences.countLive(getDatabase())).toBe(0);
  });

  it('keeps a draft while typing and brings it back in a new session', async () => {
    const first = await openNewForm();
    await field(first.wrapper, 'Titel').setValue('Bijbaan bij de Jumbo');
    await field(first.wrapper, 'Wat heb je gedaan?').setValue('Vakken vullen en kassa');

    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'experience:new')).toMatchObject({
        title: 'Bijbaan bij de Jumbo',
        description: 'Vakken vullen en kassa',
      }),
    );
    first.wrapper.unmount();

    const second = await openNewForm();
    expect((field(second.wrapper, 'Titel').element as HTMLInputElement).value).toBe(
      'Bijbaan bij de Jumbo',
    );
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');
  });

  it('throws the draft away when the pupil starts over', async () => {
    const first = await openNewForm();
    await field(first.wrapper, 'Titel').setValue('Half getypt');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'experience:new')).toBeDefined(),
    );
    first.wrapper.unmount();

    const second = await openNewForm();
    const startOver = second.wrapper.findAll('button').find((b) => b.text() === 'Opnieuw beginnen');
    await startOver!.trigger('click');
    await flushPromises();
    expect((field(second.wrapper, 'Titel').element as HTMLInputElement).value).toBe('');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'experience:new')).toBeUndefined(),
    );
    expect(second.wrapper.text()).not.toContain('We hebben teruggezet');
  });

  it('edits an existing experience without touching its other fields', async () => {
    const db = getDatabase();
    const original = await experiences.put(db, {
      ...createExperience(
        { kind: 'bijbaan', title: 'Bijbaan', date: '2026-10-01' },
        new Date('2026-10-01T10:00:00Z'),
      ),
      competencies: ['netwerken'],
      competencyReflections: { netwerken: 'Ik heb mijn baas om advies gevraagd.' },
    });
    const { wrapper } = await mountView(ExperienceFormView, {
      path: `/ervaring/${original.id}`,
      props: { id: original.id },
    });
    await eventually(() => expect(wrapper.find('form').exists()).toBe(true));
    expect((field(wrapper, 'Titel').element as HTMLInputElement).value).toBe('Bijbaan');
    await field(wrapper, 'Titel').setValue('Bijbaan bij de bakker');
    await wrapper.find('form').trigger('submit');

    await eventually(async () => {
      const stored = await experiences.get(db, original.id);
      expect(stored?.title).toBe('Bijbaan bij de bakker');
      expect(stored?.competencyReflections).toEqual(original.competencyReflections);
      expect(stored?.createdAt).toBe(original.createdAt);
      expect(stored!.updatedAt > original.updatedAt).toBe(true);
    });
  });

  it('says so when the experience does not exist', async () => {
    const { wrapper } = await mountView(ExperienceFormView, {
      path: '/ervaring/4b0c2f5e-0000-4000-8000-000000000000',
      props: { id: '4b0c2f5e-0000-4000-8000-000000000000' },
    });
    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
