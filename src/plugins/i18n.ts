/**
 * vue-i18n setup, and which messages load when. Issue 7 keeps the JavaScript that loads with the
 * app's entry within a budget (`npm run size`) however many screens the app grows, so messages
 * load like the screens' code does:
 * - The Dutch messages of the app shell itself (src/locales/bundles/nl-shell.ts) come with the
 *   entry: the header, navigation and skip link paint at once.
 * - The screens' messages, every other area and every new one, come in one chunk per language
 *   (…-screens.ts). Its fetch starts as the app starts; a screen shows once it is in (the router
 *   waits, see main.ts), while the screen's own code chunk loads at the same time.
 * - English is fetched only by a pupil who chose it.
 * The service worker precaches every chunk, so all of this works offline too.
 */
import { createI18n } from 'vue-i18n';
import nlShell from '@/locales/bundles/nl-shell';
import { DEFAULT_LOCALE, type Locale, type MessageTree } from '@/locales/schema';

export type LocaleMessages = Partial<Record<Locale, MessageTree>>;

const BUNDLES: Record<
  Locale,
  { shell: () => Promise<MessageTree>; screens: () => Promise<MessageTree> }
> = {
  nl: {
    shell: async () => nlShell,
    screens: async () => (await import('@/locales/bundles/nl-screens')).default,
  },
  en: {
    shell: async () => (await import('@/locales/bundles/en-shell')).default,
    screens: async () => (await import('@/locales/bundles/en-screens')).default,
  },
};

/**
 * @param locale the language to start in.
 * @param complete whole message trees to start with (tests); the app passes none: it starts with
 *   the Dutch shell messages and loads the rest with the two functions below.
 */
export function createAppI18n(locale: Locale = DEFAULT_LOCALE, complete: LocaleMessages = {}) {
  const messages: LocaleMessages = { [DEFAULT_LOCALE]: nlShell, ...complete };
  if (!messages[locale]) {
    throw new Error(`The "${locale}" messages are not loaded yet: use loadShellMessages first.`);
  }
  const i18n = createI18n<[MessageTree], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: messages as Record<Locale, MessageTree>,
    // Dutch pluralisation matches vue-i18n's default (zero | one | many) choice order.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: import.meta.env.DEV,
  });
  completeLoads.set(
    i18n.global,
    new Map((Object.keys(complete) as Locale[]).map((given) => [given, Promise.resolve()])),
  );
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;
/** The global composer: what `useI18n()` returns in a component, and `i18n.global`. */
export type AppComposer = AppI18n['global'];

/** Per i18n instance and language: settles once every message of the language is in. */
const completeLoads = new WeakMap<AppComposer, Map<Locale, Promise<void>>>();

/** Makes the shell messages of `locale` available, fetching them the first time only. */
export async function loadShellMessages(composer: AppComposer, locale: Locale): Promise<void> {
  if (composer.availableLocales.includes(locale)) return;
  composer.mergeLocaleMessage(locale, await BUNDLES[locale].shell());
}

/**
 * Makes every message of `locale` available. Fetches once per language; after a failed fetch
 * (the app's files unreachable) the next call tries again.
 */
export function allMessagesLoaded(composer: AppComposer, locale: Locale): Promise<void> {
  const loads = completeLoads.get(composer) ?? new Map<Locale, Promise<void>>();
  completeLoads.set(composer, loads);
  let load = loads.get(locale);
  if (!load) {
    const loading = Promise.all([BUNDLES[locale].shell(), BUNDLES[locale].screens()]).then(
      ([shell, screens]) => {
        composer.mergeLocaleMessage(locale, shell);
        composer.mergeLocaleMessage(locale, screens);
      },
    );
    loading.catch(() => loads.delete(locale));
    loads.set(locale, (load = loading));
  }
  return load;
}

/** Keeps `<html lang>` in step with the UI language, for screen readers and hyphenation. */
export function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
