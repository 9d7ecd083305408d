import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Locale } from './schema';

const DATE_FNS_LOCALES = { nl, en: enGB } as const;

export const DATE_PATTERNS = {
  /** 25 november 2026 */
  long: 'd MMMM yyyy',
  /** 25 nov. 2026 */
  medium: 'd MMM yyyy',
  /** november 2026 */
  monthYear: 'MMMM yyyy',
  /** woensdag 25 november */
  weekday: 'EEEE d MMMM',
} as const;
export type DatePattern = keyof typeof DATE_PATTERNS;

/**
 * Formats a stored date (`YYYY-MM-DD`, read as a local calendar day) or an ISO timestamp in the
 * UI language.
 */
export function formatDate(value: string, locale: Locale, pattern: DatePattern = 'long'): string {
  return format(parseISO(value), DATE_PATTERNS[pattern], { locale: DATE_FNS_LOCALES[locale] });
}
