// @vitest-environment happy-dom
/**
 * Which messages load when (src/plugins/i18n.ts): the shell's Dutch messages with the app, the
 * screens' messages and English on demand, and the language switch that waits for them.
 */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase, getSetting, setSetting } from '@/db';
import nl from '@/locales/nl';
import en from '@/locales/en';
import nlShell from '@/locales/bundles/nl-shell';
import nlScreens from '@/locales/bundles/nl-screens';
import enShell from '@/locales/bundles/en-shell';
import enScreens from '@/locales/bundles/en-screens';
import { allMessagesLoaded, createAppI18n } from '@/plugins/i18n';
import { useSettingsStore } from '@/stores/settings';

beforeEach(async () => {
  await getDatabase().settings.clear();
  setActivePinia(createPinia());
});

describe('message bundles', () => {
  it.each([
    ['nl', nlShell, nlScreens, nl],
    ['en', enShell, enScreens, en],
  ])(
    'split the %s messages into shell and screens, with nothing lost or doubled',
    (_, shell, screens, all) => {
      const shellKeys = Object.keys(shell);
      expect(shellKeys).toContain('app');
      expect(Object.keys(screens).filter((key) => shellKeys.includes(key))).toEqual([]);
      expect({ ...shell, ...screens }).toEqual(all);
    },
  );
});

describe('createAppI18n', () => {
  it('starts with the Dutch shell messages only; the screens come on demand', async () => {
    const i18n = createAppI18n();
    const { t, te } = i18n.global;
    expect(t('app.skipToContent')).toBe('Naar de inhoud');
    expect(te('settings.title')).toBe(false);

    await allMessagesLoaded(i18n.global, 'nl');
    expect(t('settings.title')).toBe('Instellingen');
  });

  it('refuses to start in a language whose messages are not loaded', () => {
    expect(() => createAppI18n('en')).toThrow(/not loaded yet/);
  });
});

describe('settings store', () => {
  it('starts in the saved language, fetching English first', async () => {
    await setSetting(getDatabase(), 'locale', 'en');
    const i18n = createAppI18n();
    await useSettingsStore().init(i18n);

    expect(i18n.global.locale.value).toBe('en');
    expect(i18n.global.t('app.skipToContent')).toBe('Skip to content');
    expect(document.documentElement.lang).toBe('en');
    await allMessagesLoaded(i18n.global, 'en');
    expect(i18n.global.t('settings.title')).toBe('Settings');
  });

  it('switches only once the language is complete, and the last choice wins', async () => {
    const i18n = createAppI18n();
    const settings = useSettingsStore();
    await settings.init(i18n);

    const english = settings.setLocale('en');
    const dutch = settings.setLocale('nl');
    await Promise.all([english, dutch]);

    expect(i18n.global.locale.value).toBe('nl');
    expect(await getSetting(getDatabase(), 'locale')).toBe('nl');

    await settings.setLocale('en');
    expect(i18n.global.locale.value).toBe('en');
    expect(i18n.global.t('settings.title')).toBe('Settings');
    expect(await getSetting(getDatabase(), 'locale')).toBe('en');
  });
});
