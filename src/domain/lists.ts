/**
 * Lists the pupil edits line by line (voor- en nadelen, vragen, afspraken, ...). Forms keep empty
 * lines while the pupil types, so a new line can be added before it is filled in; these
 * functions turn what was typed into what is stored.
 */

/** The lines with their spaces trimmed; empty lines are dropped. */
export function cleanTextList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Lowercase, without accents and with single spaces, so "Café" is found by "cafe" and
 * "Open  dag" by "open dag".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query occurs in the text, ignoring case and accents. */
export function matchesSearch(text: string, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(text);
  return words.every((word) => haystack.includes(word));
}

/**
 * The strings among a list's items. A saved draft can come from an older version of a form, so
 * lists read back from it are checked item by item.
 */
export function onlyStrings(items: readonly unknown[]): string[] {
  return items.filter((item): item is string => typeof item === 'string');
}

/** The value when it is one of the allowed ones, otherwise the fallback. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
