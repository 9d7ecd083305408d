import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getDatabase, getSetting, setSetting } from '@/db';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/locales/schema';
import {
  allMessagesLoaded,
  applyDocumentLanguage,
  loadShellMessages,
  type AppI18n,
} from '@/plugins/i18n';

const LOCALE_KEY = 'locale';

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE);
  let i18n: AppI18n | undefined;
  /** Counts language choices, so a slow earlier choice never overrides a quicker later one. */
  let latestChoice = 0;

  /**
   * Reads the saved language once at start-up and applies it before the app renders, with the
   * shell's messages; the screens' messages of that language start loading meanwhile.
   */
  async function init(appI18n: AppI18n) {
    i18n = appI18n;
    const saved = await getSetting(getDatabase(), LOCALE_KEY);
    let start = isLocale(saved) ? saved : DEFAULT_LOCALE;
    try {
      await loadShellMessages(appI18n.global, start);
    } catch (error) {
      // The app's own files could not be fetched (offline before the service worker cached
      // them): the app still starts, in Dutch, rather than not at all.
      console.warn('The saved language could not be loaded; starting in Dutch', error);
      start = DEFAULT_LOCALE;
    }
    show(start);
    allMessagesLoaded(appI18n.global, start).catch((error: unknown) => {
      console.warn('Messages could not be loaded', error);
    });
  }

  function show(next: Locale) {
    locale.value = next;
    if (i18n) i18n.global.locale.value = next;
    applyDocumentLanguage(next);
  }

  /** Switches the UI once all of the language's messages are in, then remembers the choice. */
  async function setLocale(next: Locale) {
    const choice = ++latestChoice;
    if (i18n) await allMessagesLoaded(i18n.global, next);
    if (choice !== latestChoice) return;
    show(next);
    await setSetting(getDatabase(), LOCALE_KEY, next);
  }

  return { locale, init, setLocale };
});
