/**
 * Calendar days. Kept apart from factories.ts, which needs the record schemas (zod): the timeline
 * index loads with the first screen and needs only this (issue 7's size budget).
 */

/** The local calendar day of a moment, as `YYYY-MM-DD` (not UTC: a pupil's "today"). */
export function localDay(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
