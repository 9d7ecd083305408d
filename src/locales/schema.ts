/** The shape of a message tree: the same keys as the Dutch source, every leaf a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type MessageTree = { [key: string]: string | MessageTree };

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Joins the message files of one language, one file per area of the app (`nl/goals.ts`, …), so
 * areas can grow without touching each other. Two areas claiming the same top-level key is a
 * mistake that would silently drop messages, so it throws.
 */
export function mergeAreas(modules: Record<string, { default: MessageTree }>): MessageTree {
  const merged: MessageTree = {};
  for (const [path, module] of Object.entries(modules)) {
    for (const [key, value] of Object.entries(module.default)) {
      if (key in merged)
        throw new Error(`Message key "${key}" is defined twice (again in ${path})`);
      merged[key] = value;
    }
  }
  return merged;
}
