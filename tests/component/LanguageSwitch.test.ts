// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SettingsView from '@/views/SettingsView.vue';
import { getDatabase, getSetting, saveProfile } from '@/db';
import { createProfile } from '@/domain';
import { useSettingsStore } from '@/stores/settings';
import { eventually, mountView, resetDatabase } from './support';

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Noor', sector: 'havo' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('language switch', () => {
  it('switches the UI to English, remembers it, and sets the document language', async () => {
    const { wrapper, i18n } = await mountView(SettingsView, { path: '/instellingen' });
    await useSettingsStore().init(i18n);
    expect(wrapper.find('h1').text()).toBe('Instellingen');

    const english = wrapper.find('button[lang="en"]');
    expect(english.attributes('aria-pressed')).toBe('false');
    await english.trigger('click');

    await eventually(() => expect(wrapper.find('h1').text()).toBe('Settings'));
    expect(english.attributes('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    await eventually(async () => expect(await getSetting(getDatabase(), 'locale')).toBe('en'));
  });
});
