import { useI18n } from 'vue-i18n';
import { formatDate, type DatePattern } from '@/locales/dates';
import { isLocale, DEFAULT_LOCALE } from '@/locales/schema';

/** `formatDate` bound to the current UI language. */
export function useDateFormat() {
  const { locale } = useI18n();
  return (value: string, pattern: DatePattern = 'long') =>
    formatDate(value, isLocale(locale.value) ? locale.value : DEFAULT_LOCALE, pattern);
}
