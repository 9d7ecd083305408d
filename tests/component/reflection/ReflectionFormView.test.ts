// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ReflectionFormView from '@/views/ReflectionFormView.vue';
import { getDatabase, goals, loadDraft, reflections, saveProfile } from '@/db';
import { createProfile, createReflection, reflectionSchema } from '@/domain';
import { useToastStore } from '@/stores/toast';
import { eventually, mountView, resetDatabase } from '../support';
import { button, checkbox, field, valueOf } from './helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Daan', sector: 'mbo-2' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function openNew() {
  const mounted = await mountView(ReflectionFormView, { path: '/reflectie/nieuw' });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

async function openExisting(id: string) {
  const mounted = await mountView(ReflectionFormView, { path: `/reflectie/${id}`, props: { id } });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

describe('ReflectionFormView', () => {
  it('saves a standalone reflection with its content and private flag', async () => {
    const { wrapper, router } = await openNew();
    await field(wrapper, 'Titel').setValue('Terugblik op leerjaar 3');
    await field(wrapper, 'Datum').setValue('2026-07-10');
    await checkbox(wrapper, 'Loopbaansturing').setValue(true);
    await field(wrapper, 'Welke keuze maak ik, en wat is mijn volgende stap?').setValue(
      'Ik kies de kaderberoepsgerichte leerweg.',
    );
    await field(wrapper, 'Wat vond je ervan?').setValue('Een druk jaar.');
    await checkbox(wrapper, 'Privé: alleen voor mij').setValue(true);
    await wrapper.find('form').trigger('submit');

    await eventually(() => expect(router.currentRoute.value.name).toBe('reflections'));
    const [saved] = await reflections.listLive(getDatabase());
    expect(reflectionSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      title: 'Terugblik op leerjaar 3',
      date: '2026-07-10',
      competencies: ['loopbaansturing'],
      competencyReflections: { loopbaansturing: 'Ik kies de kaderberoepsgerichte leerweg.' },
      slo: { doel: '', resultaat: '', vondIkErvan: 'Een druk jaar.', gevolg: '' },
      starr: null,
      private: true,
    });
    expect(await loadDraft(getDatabase(), 'reflection:new')).toBeUndefined();
  });

  it('refuses a reflection without a title and saves nothing', async () => {
    const { wrapper } = await openNew();
    await field(wrapper, 'Wat vond je ervan?').setValue('Iets');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vul dit in.');
    expect(field(wrapper, 'Titel').attributes('aria-invalid')).toBe('true');
    expect(await reflections.countLive(getDatabase())).toBe(0);
  });

  it('brings back a half-typed new reflection, and starting over clears it', async () => {
    const first = await openNew();
    await field(first.wrapper, 'Titel').setValue('Mijn keuze');
    await checkbox(first.wrapper, 'Netwerken').setValue(true);
    await field(first.wrapper, 'Gevolg:').setValue('Mijn oom bell');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'reflection:new')).toMatchObject({
        title: 'Mijn keuze',
        reflection: { competencies: ['netwerken'], slo: { gevolg: 'Mijn oom bell' } },
      }),
    );
    first.wrapper.unmount();

    const second = await openNew();
    expect(valueOf(field(second.wrapper, 'Titel'))).toBe('Mijn keuze');
    expect(checkbox(second.wrapper, 'Netwerken').element.checked).toBe(true);
    expect(valueOf(field(second.wrapper, 'Gevolg:'))).toBe('Mijn oom bell');

    await button(second.wrapper, 'Opnieuw beginnen').trigger('click');
    await flushPromises();
    expect(valueOf(field(second.wrapper, 'Titel'))).toBe('');
    expect(checkbox(second.wrapper, 'Netwerken').element.checked).toBe(false);
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'reflection:new')).toBeUndefined(),
    );
  });

  it('edits an existing reflection and keeps when it was made', async () => {
    const original = await reflections.put(getDatabase(), {
      ...createReflection({ title: 'Oud', date: '2026-01-05' }, new Date('2026-01-05T10:00:00Z')),
      competencies: ['motievenreflectie'],
      competencyReflections: { motievenreflectie: 'Ik wil met mensen werken.' },
    });
    const { wrapper } = await openExisting(original.id);
    expect(valueOf(field(wrapper, 'Titel'))).toBe('Oud');
    expect(valueOf(field(wrapper, 'Wat wil ik, wat vind ik belangrijk, en waarom?'))).toBe(
      'Ik wil met mensen werken.',
    );
    await field(wrapper, 'Titel').setValue('Nieuw');
    await wrapper.find('form').trigger('submit');
    await eventually(async () => {
      const stored = await reflections.get(getDatabase(), original.id);
      expect(stored?.title).toBe('Nieuw');
      expect(stored?.competencyReflections).toEqual(original.competencyReflections);
      expect(stored?.createdAt).toBe(original.createdAt);
    });
  });

  it('makes a goal from the gevolg of an unsaved reflection by saving it first', async () => {
    const { wrapper, router } = await openNew();
    await field(wrapper, 'Gevolg:').setValue('Mentor vragen naar stageplekken');
    await button(wrapper, 'Maak hier een doel van').trigger('click');
    await flushPromises();
    // Without a title the reflection cannot be saved, so no goal either; the pupil is told why.
    expect(wrapper.text()).toContain('Geef je reflectie eerst een titel');
    expect(await goals.countLive(getDatabase())).toBe(0);
    expect(await reflections.countLive(getDatabase())).toBe(0);

    await field(wrapper, 'Titel').setValue('Stage zoeken');
    await button(wrapper, 'Maak hier een doel van').trigger('click');
    const [reflection] = await eventually(async () => {
      const live = await reflections.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    const [goal] = await eventually(async () => {
      const live = await goals.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(goal).toMatchObject({
      text: 'Mentor vragen naar stageplekken',
      sourceId: reflection!.id,
      status: 'open',
    });
    expect(reflection!.slo.gevolg).toBe('Mentor vragen naar stageplekken');
    await eventually(() => expect(router.currentRoute.value.name).toBe('reflection-edit'));
    expect(router.currentRoute.value.params.id).toBe(reflection!.id);
    expect(await loadDraft(getDatabase(), 'reflection:new')).toBeUndefined();
  });

  it('moves a reflection to the trash with undo', async () => {
    const original = await reflections.put(
      getDatabase(),
      createReflection({ title: 'Weg ermee', date: '2026-02-01' }, new Date()),
    );
    const { wrapper, router } = await openExisting(original.id);
    await button(wrapper, 'Verwijderen').trigger('click');
    await eventually(() => expect(router.currentRoute.value.name).toBe('reflections'));
    expect((await reflections.get(getDatabase(), original.id))?.deletedAt).not.toBeNull();

    const toast = useToastStore();
    expect(toast.current?.message).toBe('Naar de prullenbak verplaatst.');
    await toast.runAction();
    expect((await reflections.get(getDatabase(), original.id))?.deletedAt).toBeNull();
  });

  it('says so when the reflection does not exist', async () => {
    const id = '4b0c2f5e-0000-4000-8000-000000000000';
    const { wrapper } = await mountView(ReflectionFormView, {
      path: `/reflectie/${id}`,
      props: { id },
    });
    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
