import { createI18n } from 'vue-i18n';
import nl from '@/locales/nl';
import en from '@/locales/en';
import { DEFAULT_LOCALE, type Locale, type MessageTree } from '@/locales/schema';

export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n<[MessageTree], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { nl, en },
    // Dutch pluralisation matches vue-i18n's default (zero | one | many) choice order.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: import.meta.env.DEV,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Keeps `<html lang>` in step with the UI language, for screen readers and hyphenation. */
export function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
