/** The name an exported file gets: `loopbaandossier-<name>-<yyyy-mm-dd>.zip` (`.enc` when encrypted). */
import { localDay } from '../domain/factories';

/** The pupil's name as plain lowercase ASCII, safe in a file name on every system. */
export function nameSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'dossier';
}

export function exportFileName(name: string, day: Date, encrypted: boolean): string {
  return `loopbaandossier-${nameSlug(name)}-${localDay(day)}.${encrypted ? 'enc' : 'zip'}`;
}
