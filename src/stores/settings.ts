import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getDatabase, getSetting, setSetting } from '@/db';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/locales/schema';
import { applyDocumentLanguage, type AppI18n } from '@/plugins/i18n';

const LOCALE_KEY = 'locale';

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE);
  let i18n: AppI18n | undefined;

  /** Reads the saved language once at start-up and applies it to the UI. */
  async function init(appI18n: AppI18n) {
    i18n = appI18n;
    const saved = await getSetting(getDatabase(), LOCALE_KEY);
    apply(isLocale(saved) ? saved : DEFAULT_LOCALE);
  }

  function apply(next: Locale) {
    locale.value = next;
    if (i18n) i18n.global.locale.value = next;
    applyDocumentLanguage(next);
  }

  async function setLocale(next: Locale) {
    apply(next);
    await setSetting(getDatabase(), LOCALE_KEY, next);
  }

  return { locale, init, setLocale };
});
