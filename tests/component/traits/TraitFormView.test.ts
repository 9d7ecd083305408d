// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import TraitFormView from '@/views/TraitFormView.vue';
import { experiences, getDatabase, loadDraft, reflections, saveProfile, traits } from '@/db';
import {
  createExperience,
  createProfile,
  createReflection,
  createTrait,
  traitSchema,
  type Experience,
} from '@/domain';
import { useToastStore } from '@/stores/toast';
import { mountView, resetDatabase } from '../support';
import { button, checkbox, eventually, field, valueOf } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function addExperience(title: string, date: string): Promise<Experience> {
  return experiences.put(
    getDatabase(),
    createExperience({ kind: 'snuffelstage', title, date }, new Date()),
  );
}

async function openForm(path = '/kwaliteiten/nieuw', props: object = {}) {
  const mounted = await mountView(TraitFormView, { path, props });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('TraitFormView', { timeout: 20_000 }, () => {
  it('saves a new motief with the experiences that show it', async () => {
    const bakery = await addExperience('Snuffelstage bij de bakker', '2026-10-02');
    await addExperience('Open dag Deltion', '2026-11-12');
    const look = await reflections.put(
      getDatabase(),
      createReflection({ title: 'Terugblik op mijn bijbaan', date: '2026-09-01' }, new Date()),
    );
    const { wrapper, router } = await openForm('/kwaliteiten/nieuw?soort=motief');

    expect(wrapper.find('h1').text()).toBe('Nieuw motief');
    expect(wrapper.text()).toContain('Wat vind je belangrijk in werk?');
    await field(wrapper, 'Wat vind je belangrijk?').setValue('  Mensen helpen ');
    await field(wrapper, 'Waarom vind je dit belangrijk?').setValue(
      'Bij de bakker hielp ik klanten.',
    );
    await eventually(() => expect(wrapper.text()).toContain('Snuffelstage bij de bakker'));
    await checkbox(wrapper, 'Snuffelstage bij de bakker').setValue(true);
    await checkbox(wrapper, 'Terugblik op mijn bijbaan').setValue(true);
    expect(wrapper.text()).toContain('2 aangevinkt');
    await wrapper.find('form').trigger('submit');

    const [saved] = await eventually(async () => {
      const live = await traits.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(traitSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      kind: 'motief',
      name: 'Mensen helpen',
      description: 'Bij de bakker hielp ik klanten.',
      evidenceIds: [bakery.id, look.id],
    });
    await eventually(() => expect(router.currentRoute.value.name).toBe('traits'));
    expect(await loadDraft(getDatabase(), 'trait:new:motief')).toBeUndefined();
  });

  it('refuses a kwaliteit without a name, says why and saves nothing', async () => {
    const { wrapper } = await openForm();
    expect(wrapper.find('h1').text()).toBe('Nieuwe kwaliteit');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const name = field(wrapper, 'Waar ben je goed in?');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Vul dit in.');
    expect(document.activeElement).toBe(name.element);
    expect(await traits.countLive(getDatabase())).toBe(0);
  });

  it('brings back the typed name and the ticked experiences after a reload', async () => {
    const bakery = await addExperience('Snuffelstage bij de bakker', '2026-10-02');
    const first = await openForm();
    await field(first.wrapper, 'Waar ben je goed in?').setValue('Goed luisteren');
    await eventually(() => expect(first.wrapper.text()).toContain('Snuffelstage bij de bakker'));
    await checkbox(first.wrapper, 'Snuffelstage bij de bakker').setValue(true);
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'trait:new:kwaliteit')).toMatchObject({
        name: 'Goed luisteren',
        evidenceIds: [bakery.id],
      }),
    );
    first.wrapper.unmount();

    const second = await openForm();
    expect(valueOf(field(second.wrapper, 'Waar ben je goed in?'))).toBe('Goed luisteren');
    await eventually(() =>
      expect(checkbox(second.wrapper, 'Snuffelstage bij de bakker').element.checked).toBe(true),
    );
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');

    await button(second.wrapper, 'Opnieuw beginnen').trigger('click');
    await flushPromises();
    expect(valueOf(field(second.wrapper, 'Waar ben je goed in?'))).toBe('');
    expect(checkbox(second.wrapper, 'Snuffelstage bij de bakker').element.checked).toBe(false);
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'trait:new:kwaliteit')).toBeUndefined(),
    );
  });

  it('edits a kwaliteit: unticks an experience and keeps its creation time', async () => {
    const bakery = await addExperience('Snuffelstage bij de bakker', '2026-10-02');
    const openDay = await addExperience('Open dag Deltion', '2026-11-12');
    const original = await traits.put(getDatabase(), {
      ...createTrait({ kind: 'kwaliteit', name: 'Plannen' }, new Date('2026-10-01T10:00:00Z')),
      evidenceIds: [bakery.id, openDay.id],
    });
    const { wrapper } = await openForm(`/kwaliteiten/${original.id}`, { id: original.id });
    expect(wrapper.find('h1').text()).toBe('Kwaliteit bewerken');
    await eventually(() =>
      expect(checkbox(wrapper, 'Open dag Deltion').element.checked).toBe(true),
    );
    await checkbox(wrapper, 'Open dag Deltion').setValue(false);
    await field(wrapper, 'Waar ben je goed in?').setValue('Goed plannen');
    await wrapper.find('form').trigger('submit');

    await eventually(async () => {
      const stored = await traits.get(getDatabase(), original.id);
      expect(stored).toMatchObject({ name: 'Goed plannen', evidenceIds: [bakery.id] });
      expect(stored?.createdAt).toBe(original.createdAt);
      expect(stored!.updatedAt > original.updatedAt).toBe(true);
    });
  });

  it('moves the item to the trash and the toast can undo that', async () => {
    const original = await traits.put(
      getDatabase(),
      createTrait({ kind: 'motief', name: 'Buiten werken' }, new Date()),
    );
    const { wrapper, router } = await openForm(`/kwaliteiten/${original.id}`, { id: original.id });
    await button(wrapper, 'Motief verwijderen').trigger('click');

    await eventually(async () =>
      expect((await traits.get(getDatabase(), original.id))?.deletedAt).not.toBeNull(),
    );
    await eventually(() => expect(router.currentRoute.value.name).toBe('traits'));
    const toast = useToastStore();
    expect(toast.current?.message).toBe('Naar de prullenbak verplaatst.');
    expect(toast.current?.action?.label).toBe('Ongedaan maken');

    await toast.runAction();
    expect((await traits.get(getDatabase(), original.id))?.deletedAt).toBeNull();
  });

  it('offers a search over a long list and keeps ticked experiences in view', async () => {
    const now = new Date();
    await experiences.putMany(getDatabase(), [
      ...Array.from({ length: 30 }, (_, i) =>
        createExperience(
          {
            kind: 'bijbaan',
            title: `Bijbaan dag ${i + 1}`,
            date: `2026-09-${String(i + 1).padStart(2, '0')}`,
          },
          now,
        ),
      ),
      createExperience(
        { kind: 'snuffelstage', title: 'Snuffelstage bij Café De Zon', date: '2026-08-01' },
        now,
      ),
    ]);
    const { wrapper } = await openForm();
    const search = await eventually(() => field(wrapper, 'Zoek een ervaring'));

    // Newest first, a page at a time: the old café entry is not shown until searched for.
    expect(wrapper.text()).toContain('Bijbaan dag 30');
    expect(wrapper.text()).not.toContain('Café De Zon');
    expect(wrapper.text()).toContain('20 van 31 getoond');

    await search.setValue('cafe');
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(1);
    await checkbox(wrapper, 'Snuffelstage bij Café De Zon').setValue(true);

    await search.setValue('bakker');
    expect(wrapper.text()).toContain('Geen ervaring gevonden met “bakker”.');

    await search.setValue('');
    expect(checkbox(wrapper, 'Snuffelstage bij Café De Zon').element.checked).toBe(true);
  });

  it('keeps the link to an experience in the trash, so restoring it brings the link back', async () => {
    const db = getDatabase();
    const kept = await addExperience('Bijbaan', '2026-10-02');
    const trashed = await addExperience('Weggegooid', '2026-10-03');
    const original = await traits.put(db, {
      ...createTrait({ kind: 'kwaliteit', name: 'Doorzetten' }, new Date()),
      evidenceIds: [kept.id, trashed.id],
    });
    await experiences.softDelete(db, trashed.id, new Date());
    const { wrapper } = await openForm(`/kwaliteiten/${original.id}`, { id: original.id });
    await eventually(() => expect(wrapper.text()).toContain('1 aangevinkt'));
    expect(wrapper.text()).not.toContain('Weggegooid');
    await field(wrapper, 'Hoe weet je dat?').setValue('Ik gaf niet op.');
    await wrapper.find('form').trigger('submit');
    await eventually(async () =>
      expect(await traits.get(db, original.id)).toMatchObject({
        description: 'Ik gaf niet op.',
        evidenceIds: [kept.id, trashed.id],
      }),
    );
  });

  it('says so when the item does not exist', async () => {
    const id = '4b0c2f5e-0000-4000-8000-000000000000';
    const { wrapper } = await mountView(TraitFormView, {
      path: `/kwaliteiten/${id}`,
      props: { id },
    });
    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
