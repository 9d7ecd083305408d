// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ChoiceFormView from '@/views/ChoiceFormView.vue';
import { choices, getDatabase, loadDraft, saveProfile } from '@/db';
import { choiceSchema, createChoice, createProfile } from '@/domain';
import { useToastStore } from '@/stores/toast';
import { mountView, resetDatabase } from '../support';
import { button, eventually, field, valueOf } from '../forms/helpers';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Sanne', sector: 'vmbo-kb' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

async function openForm(path = '/keuzes/nieuw', props: object = {}) {
  const mounted = await mountView(ChoiceFormView, { path, props });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

/** Adds a line to a list editor and types into it, as a pupil would. */
async function addLine(wrapper: Wrapper, addLabel: string, itemLabel: string, text: string) {
  await button(wrapper, addLabel).trigger('click');
  await flushPromises();
  const input = field(wrapper, itemLabel);
  expect(document.activeElement).toBe(input.element);
  await input.setValue(text);
}

// Generous: the machine is shared, and a first navigation compiles a lazily loaded screen.
describe('ChoiceFormView', { timeout: 20_000 }, () => {
  it('saves an option with its pros and cons, leaving out empty lines', async () => {
    const { wrapper, router } = await openForm();
    await field(wrapper, 'Welke opleiding of welk beroep?').setValue(' Verzorgende IG ');
    await field(wrapper, 'Wat is het?').setValue('opleiding');
    await field(wrapper, 'Hoe ver ben je?').setValue('gekozen');
    await field(wrapper, 'Datum').setValue('2026-11-20');
    await addLine(wrapper, 'Voordeel toevoegen', 'Voordeel 1', 'Mensen helpen');
    await addLine(wrapper, 'Voordeel toevoegen', 'Voordeel 2', '   ');
    await addLine(wrapper, 'Voordeel toevoegen', 'Voordeel 3', 'Veel banen ');
    await addLine(wrapper, 'Nadeel toevoegen', 'Nadeel 1', 'Onregelmatige diensten');
    await field(wrapper, 'Wat wil je er nog over kwijt?').setValue('Eerst meelopen.');
    await wrapper.find('form').trigger('submit');

    const [saved] = await eventually(async () => {
      const live = await choices.listLive(getDatabase());
      expect(live).toHaveLength(1);
      return live;
    });
    expect(choiceSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      option: 'Verzorgende IG',
      kind: 'opleiding',
      status: 'gekozen',
      date: '2026-11-20',
      pros: ['Mensen helpen', 'Veel banen'],
      cons: ['Onregelmatige diensten'],
      note: 'Eerst meelopen.',
    });
    await eventually(() => expect(router.currentRoute.value.name).toBe('choices'));
    expect(await loadDraft(getDatabase(), 'choice:new')).toBeUndefined();
  });

  it('refuses a choice without an option and saves nothing', async () => {
    const { wrapper } = await openForm();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vul dit in.');
    expect(document.activeElement).toBe(field(wrapper, 'Welke opleiding').element);
    expect(await choices.countLive(getDatabase())).toBe(0);
  });

  it('brings back the lists as they were typed after a reload', async () => {
    const first = await openForm();
    await field(first.wrapper, 'Welke opleiding of welk beroep?').setValue('Kok');
    await addLine(first.wrapper, 'Voordeel toevoegen', 'Voordeel 1', 'Creatief');
    await addLine(first.wrapper, 'Voordeel toevoegen', 'Voordeel 2', 'Snel aan het werk');
    await addLine(first.wrapper, 'Nadeel toevoegen', 'Nadeel 1', 'Avonden werken');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'choice:new')).toMatchObject({
        option: 'Kok',
        pros: ['Creatief', 'Snel aan het werk'],
        cons: ['Avonden werken'],
      }),
    );
    first.wrapper.unmount();

    const second = await openForm();
    expect(second.wrapper.text()).toContain('We hebben teruggezet wat je had getypt.');
    expect(valueOf(field(second.wrapper, 'Welke opleiding'))).toBe('Kok');
    expect(valueOf(field(second.wrapper, 'Voordeel 1'))).toBe('Creatief');
    expect(valueOf(field(second.wrapper, 'Voordeel 2'))).toBe('Snel aan het werk');
    expect(valueOf(field(second.wrapper, 'Nadeel 1'))).toBe('Avonden werken');
  });

  it('ignores list lines of a draft that are not text', async () => {
    const { saveDraft } = await import('@/db');
    await saveDraft(
      getDatabase(),
      'choice:new',
      { option: 'Kapper', pros: ['Mooi vak', 42, null], cons: 'geen lijst', status: 'misschien' },
      new Date(),
    );
    const { wrapper } = await openForm();
    expect(valueOf(field(wrapper, 'Welke opleiding'))).toBe('Kapper');
    expect(valueOf(field(wrapper, 'Voordeel 1'))).toBe('Mooi vak');
    expect(() => field(wrapper, 'Voordeel 2')).toThrow();
    expect(() => field(wrapper, 'Nadeel 1')).toThrow();
    expect(valueOf(field(wrapper, 'Hoe ver ben je?'))).toBe('overwegen');
  });

  it('edits the lists of a stored choice and can move it to the trash with undo', async () => {
    const db = getDatabase();
    const original = await choices.put(db, {
      ...createChoice({ option: 'Automonteur', kind: 'beroep', date: '2026-09-01' }, new Date()),
      pros: ['Sleutelen', 'Goed betaald'],
      cons: ['Vies werk'],
    });
    const { wrapper, router } = await openForm(`/keuzes/${original.id}`, { id: original.id });
    expect(wrapper.find('h1').text()).toBe('Keuze bewerken');
    expect(valueOf(field(wrapper, 'Voordeel 2'))).toBe('Goed betaald');

    await button(wrapper, 'Voordeel 1 verwijderen').trigger('click');
    await flushPromises();
    expect(valueOf(field(wrapper, 'Voordeel 1'))).toBe('Goed betaald');
    await field(wrapper, 'Hoe ver ben je?').setValue('afgevallen');
    await wrapper.find('form').trigger('submit');
    await eventually(async () =>
      expect(await choices.get(db, original.id)).toMatchObject({
        pros: ['Goed betaald'],
        cons: ['Vies werk'],
        status: 'afgevallen',
      }),
    );
    await eventually(() => expect(router.currentRoute.value.name).toBe('choices'));

    const again = await openForm(`/keuzes/${original.id}`, { id: original.id });
    await button(again.wrapper, 'Keuze verwijderen').trigger('click');
    await eventually(async () =>
      expect((await choices.get(db, original.id))?.deletedAt).not.toBeNull(),
    );
    const toast = useToastStore();
    expect(toast.current?.message).toBe('Naar de prullenbak verplaatst.');
    await toast.runAction();
    expect((await choices.get(db, original.id))?.deletedAt).toBeNull();
  });
});
