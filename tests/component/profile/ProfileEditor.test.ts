// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import SettingsView from '@/views/SettingsView.vue';
import { getDatabase, getProfile, loadDraft, saveProfile } from '@/db';
import { createProfile, type Profile } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';

let original: Profile;

beforeEach(async () => {
  await resetDatabase();
  original = await saveProfile(
    getDatabase(),
    createProfile(
      { name: 'Sanne', school: 'Het Baken', sector: 'vmbo-kb', year: 3, mentor: 'Dhr. Bakker' },
      new Date('2026-09-01T08:00:00Z'),
    ),
  );
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

function value(wrapper: Wrapper, label: string) {
  return (field(wrapper, label).element as HTMLInputElement | HTMLSelectElement).value;
}

async function openSettings(locale: 'nl' | 'en' = 'nl') {
  const mounted = await mountView(SettingsView, { path: '/instellingen', locale });
  await eventually(() => expect(mounted.wrapper.find('form').exists()).toBe(true));
  return mounted;
}

function saveButton(wrapper: Wrapper) {
  return wrapper.find('button[type="submit"]');
}

describe('editing the profile in the settings', () => {
  it('shows the stored profile in the fields', async () => {
    const { wrapper } = await openSettings();
    expect(value(wrapper, 'Je naam')).toBe('Sanne');
    expect(value(wrapper, 'School')).toBe('Het Baken');
    expect(value(wrapper, 'Opleiding of niveau')).toBe('vmbo-kb');
    expect(value(wrapper, 'Naam van je mentor of coach')).toBe('Dhr. Bakker');
    const year = field(wrapper, 'Leerjaar').element as HTMLSelectElement;
    expect(year.options[year.selectedIndex]?.text).toBe('3');
  });

  it('saves every field and keeps the dossier’s identity', async () => {
    const { wrapper } = await openSettings();
    await field(wrapper, 'Je naam').setValue('  Sanne de Vries ');
    await field(wrapper, 'School').setValue('Deltion College');
    await field(wrapper, 'Opleiding of niveau').setValue('mbo-2');
    const year = field(wrapper, 'Leerjaar');
    (year.element as HTMLSelectElement).selectedIndex = 1;
    await year.trigger('change');
    await field(wrapper, 'Naam van je mentor of coach').setValue('Mevr. Yilmaz');
    await saveButton(wrapper).trigger('submit');

    await eventually(() => expect(wrapper.text()).toContain('Je profiel is opgeslagen.'));
    const stored = await getProfile(getDatabase());
    expect(stored).toMatchObject({
      name: 'Sanne de Vries',
      school: 'Deltion College',
      sector: 'mbo-2',
      year: 1,
      mentor: 'Mevr. Yilmaz',
      id: original.id,
      dossierId: original.dossierId,
      createdAt: original.createdAt,
    });
    expect(stored!.updatedAt > original.updatedAt).toBe(true);
    expect(await loadDraft(getDatabase(), 'profile')).toBeUndefined();
    expect(value(wrapper, 'Je naam')).toBe('Sanne de Vries');
  });

  it('leaves the year open when the pupil chooses so', async () => {
    const { wrapper } = await openSettings();
    const year = field(wrapper, 'Leerjaar');
    (year.element as HTMLSelectElement).selectedIndex = 0;
    await year.trigger('change');
    await wrapper.find('form').trigger('submit');
    await eventually(async () => expect((await getProfile(getDatabase()))?.year).toBeNull());
  });

  it('refuses an empty name and changes nothing', async () => {
    const { wrapper } = await openSettings();
    await field(wrapper, 'Je naam').setValue('   ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vul dit in.');
    expect(field(wrapper, 'Je naam').attributes('aria-invalid')).toBe('true');
    expect(await getProfile(getDatabase())).toEqual(original);
  });

  it('keeps what was typed over a reload, and can throw it away', async () => {
    const first = await openSettings();
    await field(first.wrapper, 'School').setValue('Nieuwe sch');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'profile')).toMatchObject({ school: 'Nieuwe sch' }),
    );
    first.wrapper.unmount();

    const second = await openSettings();
    expect(value(second.wrapper, 'School')).toBe('Nieuwe sch');
    expect(second.wrapper.text()).toContain('Je was je profiel aan het aanpassen.');
    // Not saved yet: the profile itself is unchanged until the pupil presses save.
    expect(await getProfile(getDatabase())).toEqual(original);

    const discard = second.wrapper
      .findAll('button')
      .find((b) => b.text() === 'Wijzigingen weggooien');
    await discard!.trigger('click');
    await flushPromises();
    expect(value(second.wrapper, 'School')).toBe('Het Baken');
    await eventually(async () => expect(await loadDraft(getDatabase(), 'profile')).toBeUndefined());
  });

  it('explains a full disk, keeps the old profile and the typed draft', async () => {
    const { wrapper } = await openSettings();
    await field(wrapper, 'Je naam').setValue('Sanne V.');
    await eventually(async () =>
      expect(await loadDraft(getDatabase(), 'profile')).toMatchObject({ name: 'Sanne V.' }),
    );
    vi.spyOn(getDatabase().profile, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await wrapper.find('form').trigger('submit');

    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toContain(
        'Je telefoon heeft geen ruimte meer om dit op te slaan.',
      ),
    );
    // It says what to do next: a backup first, then room.
    expect(wrapper.find('[role="alert"]').text()).toContain('Exporteer eerst je dossier');
    expect(wrapper.text()).not.toContain('Je profiel is opgeslagen.');
    expect(await getProfile(getDatabase())).toEqual(original);
    expect(await loadDraft(getDatabase(), 'profile')).toMatchObject({ name: 'Sanne V.' });
  });

  it('speaks English when the app does', async () => {
    const { wrapper } = await openSettings('en');
    expect(wrapper.text()).toContain('Save profile');
    expect(value(wrapper, 'Your name')).toBe('Sanne');
  });
});
