// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import FirstRunView from '@/views/FirstRunView.vue';
import { getDatabase, getProfile } from '@/db';
import { profileSchema } from '@/domain';
import { eventually, mountView, resetDatabase } from './support';

beforeEach(resetDatabase);
afterEach(() => {
  document.body.innerHTML = '';
});

function field(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], label: string) {
  const labelEl = wrapper.findAll('label').find((l) => l.text().startsWith(label));
  if (!labelEl) throw new Error(`No field labelled ${label}`);
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for') ?? '')}`);
}

describe('FirstRunView', () => {
  it('refuses to create a dossier without a name and writes nothing', async () => {
    const { wrapper } = await mountView(FirstRunView, { path: '/welkom' });
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.text()).toContain('Vul dit in.');
    expect(field(wrapper, 'Je naam').attributes('aria-invalid')).toBe('true');
    expect(await getProfile(getDatabase())).toBeUndefined();
  });

  it('creates the profile from what the pupil filled in and opens the dossier', async () => {
    const { wrapper, router } = await mountView(FirstRunView, { path: '/welkom' });
    await field(wrapper, 'Je naam').setValue('  Sanne de Vries ');
    await field(wrapper, 'School').setValue('Het Baken');
    await field(wrapper, 'Opleiding of niveau').setValue('vmbo-tl');
    await field(wrapper, 'Naam van je mentor').setValue('Meneer Jansen');
    await wrapper.find('form').trigger('submit');

    const profile = await eventually(async () => {
      const stored = await getProfile(getDatabase());
      expect(stored).toBeDefined();
      return stored!;
    });
    expect(profileSchema.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({
      name: 'Sanne de Vries',
      school: 'Het Baken',
      sector: 'vmbo-tl',
      year: null,
      mentor: 'Meneer Jansen',
    });
    await eventually(() => expect(router.currentRoute.value.name).toBe('home'));
  });

  it('shows every label in English when the pupil chose English', async () => {
    const { wrapper } = await mountView(FirstRunView, { path: '/welkom', locale: 'en' });
    expect(wrapper.find('h1').text()).toBe('Welcome to your career dossier');
    expect(wrapper.text()).toContain('Your name');
    expect(wrapper.text()).not.toContain('Je naam');
  });
});
